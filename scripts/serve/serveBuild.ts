import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * The built site on a loopback port of its own, for the PDF script: no
 * dependency, no fixed port to clash with a running `npm run serve`. Only what
 * a static Docusaurus build needs: files, pages as `<path>.html` or
 * `<path>/index.html` (trailingSlash: false), served under the site's baseUrl.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
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
  const relative = pathname.slice(baseUrl.length);
  const root = path.resolve(buildDir);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return null;
  for (const candidate of [target, `${target}.html`, path.join(target, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

export type ServedBuild = { origin: string; close: () => Promise<void> };

export async function serveBuild(buildDir: string, baseUrl: string): Promise<ServedBuild> {
  const server: Server = createServer((request, response) => {
    const file = fileForPath(buildDir, baseUrl, request.url ?? '/');
    if (!file) {
      const notFound = path.join(buildDir, '404.html');
      response.writeHead(404, { 'content-type': contentTypes['.html']! });
      if (isFile(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
