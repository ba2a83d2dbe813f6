/**
 * From an address written in a built page to the file in `build/` a static
 * host would answer it with. The site is built with `trailingSlash: false`:
 * the page `/a/b` is the file `a/b.html` (or `a/b/index.html`, as the client
 * redirects plugin writes them), a locale's home `/en/` is `en/index.html`,
 * and every other file is served as it is.
 */

/** Where the built site is published. */
export type Site = {
  /** Scheme, host and port, without a trailing slash: `https://verktoykassa.example.no`. */
  origin: string;
  /** The path the site lives under, starting and ending with `/`. */
  baseUrl: string;
};

/** What an address points at. */
export type Target =
  /** A file of the site: `path` is decoded and relative to the build folder, without query. */
  | { kind: 'internal'; path: string; fragment: string | undefined }
  /** Another host. */
  | { kind: 'external'; url: URL }
  /** An address that is never checked: mail, phone, inline data. */
  | { kind: 'unchecked' }
  | { kind: 'invalid'; reason: string };

/** Schemes that name no file and no host to check. */
const uncheckedSchemes = new Set(['mailto:', 'tel:', 'data:', 'blob:']);

/**
 * The address a built file is served at: `retningslinjer/arkivering.html` →
 * `/retningslinjer/arkivering`, `en/index.html` → `/en/`, `sw.js` → `/sw.js`.
 *
 * @param file the file's path inside the build folder, with `/` between folders
 */
export function addressOfFile(file: string, site: Site): string {
  const address = /(^|\/)index\.html$/.test(file)
    ? file.replace(/index\.html$/, '')
    : file.replace(/\.html$/, '');
  return `${site.baseUrl}${address}`;
}

/**
 * What `address`, written in the file served at `pageAddress`, points at.
 * Relative addresses are read against the page's own address, as a browser
 * reads them; an absolute address on the site's own host is a file of the site.
 */
export function targetOf(address: string, pageAddress: string, site: Site): Target {
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(address)?.[1]?.toLowerCase();
  if (scheme && uncheckedSchemes.has(scheme)) return { kind: 'unchecked' };
  if (scheme === 'javascript:') {
    return {
      kind: 'invalid',
      reason: 'a javascript: address, which does nothing without JavaScript',
    };
  }
  if (scheme && scheme !== 'http:' && scheme !== 'https:') {
    return { kind: 'invalid', reason: `the scheme ${scheme} is not one the site uses` };
  }
  let url: URL;
  try {
    url = new URL(address, `${site.origin}${pageAddress}`);
  } catch {
    return { kind: 'invalid', reason: 'not an address a browser can read' };
  }
  if (url.host !== new URL(site.origin).host) return { kind: 'external', url };
  let pathname: string;
  let fragment: string | undefined;
  try {
    pathname = decodeURIComponent(url.pathname);
    fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  } catch {
    return { kind: 'invalid', reason: 'a broken %-escape' };
  }
  if (!pathname.startsWith(site.baseUrl)) {
    return { kind: 'invalid', reason: `outside the site, which lives under ${site.baseUrl}` };
  }
  return { kind: 'internal', path: pathname.slice(site.baseUrl.length), fragment };
}

/**
 * The files that may answer a path, in the order a static host tries them:
 * the file itself, then the page `<path>.html`, then `<path>/index.html`. A
 * path ending in `/` names a folder's `index.html` only: with trailingSlash
 * false, `/a/` is not the page `/a`.
 */
export function candidateFiles(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}.html`, `${path}/index.html`];
}
