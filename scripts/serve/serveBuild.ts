import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { candidateFiles } from '../../src/domain/linkCheck/address';

/**
 * The built site over HTTP, as a plain static web server would serve it: for
 * `npm run serve`, the browser tests and the PDF script. No dependency; only
 * what a static Docusaurus build needs: files, pages as `<path>.html` or
 * `<path>/index.html` and `<path>/` as `<path>/index.html` only (trailingSlash:
 * false; src/domain/linkCheck/address.ts), the site's 404 page, served under
 * the site's baseUrl, with the headers the caller gives (the
 * Content-Security-Policy, in `npm run serve` and the browser tests).
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  // Pagefind compiles its wasm file itself after unpacking it, and reads its own index
  // formats (.pf_meta, .pf_index, .pf_fragment, .pf_filter), so those need no type.
  '.wasm': 'application/wasm',
};

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/** The file a request path is answered with, or null; never a file outside the build. */
export function fileForPath(buildDir: string, baseUrl: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  if (!pathname.startsWith(baseUrl)) return null;
  const root = path.resolve(buildDir);
  // The same files, in the same order, as the link check expects a static host to try.
  for (const candidate of candidateFiles(pathname.slice(baseUrl.length))) {
    const target = path.resolve(root, candidate);
    if (!target.startsWith(`${root}${path.sep}`)) return null;
    if (isFile(target)) return target;
  }
  return null;
}

export type ServedBuild = { origin: string; close: () => Promise<void> };

export type ServeOptions = {
  /**
   * Sent with every response, pages, files and the 404 page alike.
   * @default {}
   */
  headers?: Readonly<Record<string, string>>;
  /**
   * 0 for any free port.
   * @default 0
   */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
};

export async function serveBuild(
  buildDir: string,
  baseUrl: string,
  { headers = {}, port = 0, host = '127.0.0.1' }: ServeOptions = {},
): Promise<ServedBuild> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileForPath(buildDir, baseUrl, request.url ?? '/');
    const notFound = path.join(buildDir, '404.html');
    const served = file ?? (isFile(notFound) ? notFound : null);
    response.writeHead(file ? 200 : 404, {
      ...headers,
      'content-type': served
        ? (contentTypes[path.extname(served)] ?? 'application/octet-stream')
        : 'text/plain; charset=utf-8',
    });
    if (request.method === 'HEAD') response.end();
    else if (served) createReadStream(served).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const listening = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${listening.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers and fetch keep idle connections open; closing waits for none of them.
        server.closeAllConnections();
      }),
  };
}
