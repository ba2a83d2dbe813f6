// @ts-check
/* global caches */
// JavaScript, not TypeScript: the plugin bundles this file for the service worker
// without a TypeScript loader.

/**
 * Added to the service worker of @docusaurus/plugin-pwa (its `swCustom`), which
 * precaches what docusaurus.config.ts selects: the core pages with their code and
 * the code every page needs always, other pages only within a budget, so a big
 * site does not fill a phone on the first visit. What this adds:
 *
 * - Pages are `x.html` files at `/x` (trailingSlash: false); the plugin only
 *   looks for `/x` and `/x/index.html`. Offline, a page is served from `/x.html`.
 * - What a reader opens is kept as it loads: a page that is not precached, and
 *   the code and styles under `assets/` it loads, so a how-to the reader has read
 *   opens offline with its code however many pages the site has.
 * - The search index is not precached (every locale and edition would be a lot
 *   of files nobody may use); the files a reader's searches load are kept as
 *   they load, so the locales and editions they never searched stay out.
 *
 * This listener is added before the plugin's. Whichever answers a request first
 * (`respondWith`) is the only one that does: the event goes no further.
 */
/** @typedef {{ offlineMode: boolean; debug: boolean }} Params */
/**
 * @typedef {{
 *   request: Request;
 *   respondWith: (response: Promise<Response>) => void;
 *   waitUntil: (work: Promise<unknown>) => void;
 * }} FetchEventLike
 */

/**
 * The parts of the service worker's scope used here (the DOM types the site compiles with lack them).
 * @type {{ location: Location; addEventListener: (type: 'fetch', listener: (event: FetchEventLike) => void) => void }}
 */
const worker = /** @type {any} */ (globalThis);

/** Where the search's files are, under any locale's base URL. */
const searchFiles = /\/(pagefind|pagefind-utgaver|sokeord)\//;
const searchCache = 'verktoykassa-search';

/**
 * Files Docusaurus writes under a locale's `assets/`: code, styles, images. Their
 * names carry a hash of their content, so a name is always the same file: once
 * kept, one never needs the network again.
 */
const hashedFiles = /\/assets\//;

/**
 * Pages and code kept as read, beside the precache. Each is bounded by a number of
 * entries, the oldest dropped first (a cache lists entries in the order they were
 * put, and a page read again is put again): a page is 30 to 60 KB and a chunk mostly
 * under 20 KB, so together some 10 MB at most, the last hundred pages a reader
 * opened and the code of about as many. Entries are counted, not weighed, because
 * a response's size is not known without reading it.
 *
 * Code stays across deployments: with hashed names it is never wrong, and a page
 * kept from an earlier deployment still finds the chunks it names. Such a page
 * that finds its code gone shows its text, without what needs the code.
 */
const pagesCache = 'verktoykassa-pages';
const keptPages = 100;
const codeCache = 'verktoykassa-code';
const keptCode = 300;

/** Paths the plugin itself answers: the site's root and each locale's (`/`, `/en`, `/en/`). */
/** @param {string} pathname */
function isLocaleRoot(pathname) {
  return /^\/([a-z]{2}(-[a-z]{2})?\/?)?$/i.test(pathname);
}

/**
 * A whole answer from this site, fit to keep: not an error, a redirect or part of a file.
 * @param {Response} response
 */
function isWhole(response) {
  return response.status === 200 && response.type === 'basic' && !response.redirected;
}

/**
 * Puts a response in a cache and drops the oldest entries beyond the limit.
 * @param {Cache} cache
 * @param {string} key
 * @param {Response} response
 * @param {number} limit
 */
export async function keepWithin(cache, key, response, limit) {
  await cache.put(key, response);
  const keys = await cache.keys();
  const over = Math.max(0, keys.length - limit);
  await Promise.all(keys.slice(0, over).map((old) => cache.delete(old)));
}

/**
 * Keeps a page read online, unless the precache has it (as deployed, with its code).
 * @param {string} key
 * @param {Response} response
 */
async function keepPage(key, response) {
  const pages = await caches.open(pagesCache);
  const keptAsRead = await pages.match(key);
  if (!keptAsRead && (await caches.match(key, { ignoreSearch: true }))) return;
  await keepWithin(pages, key, response, keptPages);
}

/**
 * @param {FetchEventLike} event
 * @param {URL} url
 * @returns {Promise<Response>}
 */
async function pageFromNetworkOrCache(event, url) {
  const key = `${url.origin}${url.pathname.replace(/\/$/, '')}.html`;
  try {
    const response = await fetch(event.request);
    if (isWhole(response)) event.waitUntil(keepPage(key, response.clone()));
    return response;
  } catch (error) {
    // The precache's keys carry a revision (`?__WB_REVISION__=…`).
    const cached = await caches.match(key, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/**
 * @param {FetchEventLike} event
 * @param {URL} url
 * @returns {Promise<Response>}
 */
async function hashedFileFromCacheOrNetwork(event, url) {
  const key = `${url.origin}${url.pathname}`;
  const cached = await caches.match(key, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  // Only what a page uses. A prefetch (Docusaurus fetches the code of links in view, which
  // the reader may never follow) has no destination, and would push out what was read.
  if (event.request.destination !== '' && isWhole(response)) {
    const copy = response.clone();
    event.waitUntil(caches.open(codeCache).then((cache) => keepWithin(cache, key, copy, keptCode)));
  }
  return response;
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
    } else if (hashedFiles.test(url.pathname)) {
      // From the precache or the code kept as read, else from the network, and kept.
      event.respondWith(hashedFileFromCacheOrNetwork(event, url));
    } else if (
      request.mode === 'navigate' &&
      !isLocaleRoot(url.pathname) &&
      !/\.[a-z0-9]+$/i.test(url.pathname)
    ) {
      // The network first, so a reader online always gets the page as deployed now.
      event.respondWith(pageFromNetworkOrCache(event, url));
    }
  });
}
