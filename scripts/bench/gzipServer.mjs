/**
 * A small static server for benchmarks: serves a built site as a web server
 * with gzip on would, and counts what it sends. Files that are already gzip
 * (Pagefind's index chunks) go as they are; everything else is gzipped when
 * the browser accepts it. ETag and `Cache-Control: no-cache` make a browser
 * revalidate on every full page load, and a revalidated file costs no body.
 * Like nginx's `brotli_static`, a file with a Brotli copy beside it (`x.br`, which
 * the search plugin writes for Pagefind's first files) is sent as that copy when the
 * browser accepts Brotli, unless `{ precompressed: false }`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const isGzip = (bytes) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The bytes a gzipping server sends for a file's content: already-gzipped files as they are. */
export function servedSize(bytes) {
  return isGzip(bytes) ? bytes.length : Math.min(bytes.length, gzipSync(bytes).length);
}

/** Docusaurus's URL-to-file rule with `trailingSlash: false`: /a/b is a/b.html or a/b/index.html. */
function fileFor(root, pathname) {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = [
    path.join(root, relative),
    path.join(root, `${relative}.html`),
    path.join(root, relative, 'index.html'),
  ];
  return candidates.find(
    (file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile(),
  );
}

/**
 * Starts the server on a free loopback port. Every response is logged as
 * `{ path, status, bytes, encoding, time }` in `log`, where bytes is the body sent
 * and time is when it was handed to the socket (ms since the epoch).
 */
export async function startGzipServer(root, { precompressed = true } = {}) {
  const log = [];
  const cache = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = fileFor(root, url.pathname) ?? path.join(root, '404.html');
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      const gzipped = isGzip(raw) ? null : gzipSync(raw);
      const brotliCopy = `${file}.br`;
      entry = {
        raw,
        brotli: precompressed && existsSync(brotliCopy) ? readFileSync(brotliCopy) : null,
        gzipped: gzipped && gzipped.length < raw.length ? gzipped : null,
        etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`,
      };
      cache.set(file, entry);
    }
    const status = existsSync(file) && !file.endsWith('404.html') ? 200 : 404;
    response.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('ETag', entry.etag);
    response.setHeader('Vary', 'Accept-Encoding');
    if (status === 200 && request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304);
      response.end();
      log.push({ path: url.pathname, status: 304, bytes: 0, encoding: '', time: Date.now() });
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    const brotli = entry.brotli && /\bbr\b/.test(accepted);
    const gzip = !brotli && entry.gzipped && /\bgzip\b/.test(accepted);
    const body = brotli ? entry.brotli : gzip ? entry.gzipped : entry.raw;
    if (brotli || gzip) response.setHeader('Content-Encoding', brotli ? 'br' : 'gzip');
    response.setHeader('Content-Length', body.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : body);
    log.push({
      path: url.pathname,
      status,
      bytes: body.length,
      encoding: brotli ? 'br' : gzip ? 'gzip' : '',
      time: Date.now(),
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
