import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporarySite } from '../../test/plugins/fakeDocusaurus';
import { fileForPath, serveBuild } from './serveBuild';

const build = temporarySite({
  'index.html': '<h1>Hjem</h1>',
  'utgaver/2026/utskrift.html': '<h1>Utgave 2026</h1>',
  'nytt/index.html': '<h1>Nytt</h1>',
  'assets/css/styles.css': 'body{}',
  '404.html': '<h1>Finnes ikke</h1>',
});

describe('the built site on a loopback port', () => {
  it('answers a page as <path>.html or <path>/index.html, and files as they are', () => {
    expect(fileForPath(build, '/', '/')).toBe(path.join(build, 'index.html'));
    expect(fileForPath(build, '/', '/utgaver/2026/utskrift?x=1#side')).toBe(
      path.join(build, 'utgaver/2026/utskrift.html'),
    );
    expect(fileForPath(build, '/', '/nytt')).toBe(path.join(build, 'nytt/index.html'));
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
});
