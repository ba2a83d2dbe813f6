import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporarySite } from '../../test/plugins/fakeDocusaurus';
import { fileForPath, serveBuild } from './serveBuild';

const build = temporarySite({
  'index.html': '<h1>Hjem</h1>',
  'utgaver/2026/utskrift.html': '<h1>Utgave 2026</h1>',
  'nytt/index.html': '<h1>Nytt</h1>',
  'assets/css/styles.css': 'body{}',
  'pagefind/wasm.nb.pagefind': 'x',
  'pagefind/x.wasm': 'x',
  'en/index.html': '<h1>Home</h1>',
  '404.html': '<h1>Finnes ikke</h1>',
});

describe('the built site on a loopback port', () => {
  it('answers a page as <path>.html or <path>/index.html, and files as they are', () => {
    expect(fileForPath(build, '/', '/')).toBe(path.join(build, 'index.html'));
    expect(fileForPath(build, '/', '/utgaver/2026/utskrift?x=1#side')).toBe(
      path.join(build, 'utgaver/2026/utskrift.html'),
    );
    expect(fileForPath(build, '/', '/nytt')).toBe(path.join(build, 'nytt/index.html'));
    expect(fileForPath(build, '/', '/en/')).toBe(path.join(build, 'en/index.html'));
    // trailingSlash is false: /a/ is a folder's index page, never the page /a.
    expect(fileForPath(build, '/', '/utgaver/2026/utskrift/')).toBeNull();
    expect(fileForPath(build, '/', '/assets/css/styles.css')).toBe(
      path.join(build, 'assets/css/styles.css'),
    );
  });

  it('serves under the site’s baseUrl, and never outside the build', () => {
    expect(fileForPath(build, '/kassa/', '/kassa/nytt')).toBe(path.join(build, 'nytt/index.html'));
    expect(fileForPath(build, '/kassa/', '/nytt')).toBeNull();
    expect(fileForPath(build, '/', '/../../etc/passwd')).toBeNull();
    expect(fileForPath(build, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileForPath(build, '/', '/%E0%A4%A')).toBeNull();
  });

  it('serves with content types, and the site’s 404 page for what is not there', async () => {
    const served = await serveBuild(build, '/');
    try {
      const page = await fetch(`${served.origin}/utgaver/2026/utskrift`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<h1>Utgave 2026</h1>');
      const missing = await fetch(`${served.origin}/finnes-ikke`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<h1>Finnes ikke</h1>');
    } finally {
      await served.close();
    }
  });

  it('sends the headers it is given with every answer, and HEAD without a body', async () => {
    const headers = { 'Content-Security-Policy': "default-src 'self'" };
    const served = await serveBuild(build, '/', { headers });
    try {
      for (const address of ['/', '/en', '/en/', '/assets/css/styles.css', '/finnes-ikke']) {
        const answer = await fetch(`${served.origin}${address}`);
        expect(answer.headers.get('content-security-policy'), address).toBe("default-src 'self'");
      }
      expect(await (await fetch(`${served.origin}/en/`)).text()).toBe('<h1>Home</h1>');
      const wasm = await fetch(`${served.origin}/pagefind/x.wasm`);
      expect(wasm.headers.get('content-type')).toBe('application/wasm');
      const index = await fetch(`${served.origin}/pagefind/wasm.nb.pagefind`);
      expect(index.headers.get('content-type')).toBe('application/octet-stream');
      const head = await fetch(`${served.origin}/`, { method: 'HEAD' });
      expect([head.status, await head.text()]).toEqual([200, '']);
      const post = await fetch(`${served.origin}/`, { method: 'POST' });
      expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    } finally {
      await served.close();
    }
  });
});
