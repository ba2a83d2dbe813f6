// @ts-check
/* global caches */
// JavaScript, not TypeScript: the plugin bundles this file for the service worker
// without a TypeScript loader.

/**
 * Added to the service worker of @docusaurus/plugin-pwa (its `swCustom`), which
 * precaches the pages in force and the site's code so a reader who has visited
 * can read them with the network cut. Two things it does not do for this site:
 *
 * - Pages are `x.html` files at `/x` (trailingSlash: false); the plugin only
 *   looks for `/x` and `/x/index.html`. Offline, a page is served from `/x.html`.
 * - The search index is not precached (every locale and edition would be a lot
 *   of files nobody may use); the files a reader's searches load are kept as
 *   they load, so the locales and editions they never searched stay out.
 */
/** @typedef {{ offlineMode: boolean; debug: boolean }} Params */
/** @typedef {{ request: Request; respondWith: (response: Promise<Response>) => void }} FetchEventLike */

/**
 * The parts of the service worker's scope used here (the DOM types the site compiles with lack them).
 * @type {{ location: Location; addEventListener: (type: 'fetch', listener: (event: FetchEventLike) => void) => void }}
 */
const worker = /** @type {any} */ (globalThis);

/** Where the search's files are, under any locale's base URL. */
const searchFiles = /\/(pagefind|pagefind-utgaver|sokeord)\//;
const searchCache = 'verktoykassa-search';

/** Paths the plugin itself answers: the site's root and each locale's (`/`, `/en`, `/en/`). */
/** @param {string} pathname */
function isLocaleRoot(pathname) {
  return /^\/([a-z]{2}(-[a-z]{2})?\/?)?$/i.test(pathname);
}

/**
 * @param {Request} request
 * @param {URL} url
 * @returns {Promise<Response>}
 */
async function pageFromNetworkOrCache(request, url) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(`${url.origin}${url.pathname.replace(/\/$/, '')}.html`, {
      ignoreSearch: true,
    });
    if (cached) return cached;
    throw error;
  }
}

/**
 * @param {Request} request
 * @returns {Promise<Response>}
 */
async function searchFileFromNetworkOrCache(request) {
  const cache = await caches.open(searchCache);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/** @param {Params} params */
export default function extendServiceWorker(params) {
  if (!params.offlineMode) return;
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
    if (searchFiles.test(url.pathname)) {
      event.respondWith(searchFileFromNetworkOrCache(request));
    } else if (
      request.mode === 'navigate' &&
      !isLocaleRoot(url.pathname) &&
      !/\.[a-z0-9]+$/i.test(url.pathname)
    ) {
      // The network first, so a reader online always gets the page as deployed now.
      event.respondWith(pageFromNetworkOrCache(request, url));
    }
  });
}
