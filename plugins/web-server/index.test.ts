import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it, vi } from 'vitest';
import { sha256Source } from '../../src/domain/security/contentSecurityPolicy';
import { fakeContext, temporarySite } from '../../test/plugins/fakeDocusaurus';
import webServer, { headersDirOf, siteRootOf, writeSecurityHeaders } from './index';

const i18n = {
  defaultLocale: 'nb',
  currentLocale: 'nb',
  locales: ['nb', 'en'],
  localeConfigs: { nb: { baseUrl: '/' }, en: { baseUrl: '/en/' } },
} as unknown as LoadContext['i18n'];

const page = (script: string) =>
  `<!doctype html><html><head><script type=application/ld+json>{}</script></head><body><svg style="display: none;"></svg><script>${script}</script></body></html>`;

describe('where the site and its server files are', () => {
  it('finds the site root from any locale’s output folder', () => {
    expect(siteRootOf({ outDir: '/s/build', baseUrl: '/', i18n })).toBe('/s/build');
    expect(siteRootOf({ outDir: '/s/build/en', baseUrl: '/en/', i18n })).toBe('/s/build');
    const underBase = {
      ...i18n,
      localeConfigs: { nb: { baseUrl: '/kassa/' }, en: { baseUrl: '/kassa/en/' } },
    } as unknown as LoadContext['i18n'];
    expect(siteRootOf({ outDir: '/s/build/en', baseUrl: '/kassa/en/', i18n: underBase })).toBe(
      '/s/build',
    );
  });

  it('writes them beside the build, where the web server does not serve them', () => {
    expect(headersDirOf('/s/build')).toBe('/s/build-headers');
  });
});

describe('the security headers of a built site', () => {
  it('hash the inline scripts of every locale, and are written for nginx, Apache and as text', async () => {
    const siteDir = temporarySite({
      'build/index.html': page('nb()'),
      'build/sok.html': page('nb()'),
      'build/en/index.html': page('en()'),
      'build/assets/js/main.js': 'not a page',
    });
    const written = await writeSecurityHeaders(path.join(siteDir, 'build'), {});
    expect(written.pages).toBe(3);
    const text = readFileSync(
      path.join(siteDir, 'build-headers/content-security-policy.txt'),
      'utf8',
    );
    expect(text).toBe(`${written.policy}\n`);
    const hashes = [await sha256Source('en()'), await sha256Source('nb()')].sort();
    expect(written.policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')};`);
    expect(written.policy).toContain(
      `style-src 'self' 'unsafe-hashes' ${await sha256Source('display: none;')};`,
    );
    expect(readFileSync(path.join(siteDir, 'build-headers/nginx.conf'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${written.policy}" always;`,
    );
    expect(existsSync(path.join(siteDir, 'build-headers/apache.conf'))).toBe(true);
  });

  it('stop the build on script in an attribute, naming each page', async () => {
    const siteDir = temporarySite({
      'build/index.html': '<button onclick="go()">Gå</button>',
      'build/en/index.html': '<a href="javascript:go()">Go</a>',
    });
    await expect(writeSecurityHeaders(path.join(siteDir, 'build'), {})).rejects.toThrow(
      /^build\/en\/index\.html: <a href="javascript:go\(\)">.*\nbuild\/index\.html: <button onclick="go\(\)">/,
    );
    expect(existsSync(path.join(siteDir, 'build-headers'))).toBe(false);
  });
});

describe('the plugin', () => {
  it('writes the redirect pages first, so their scripts are in the policy', async () => {
    const siteDir = temporarySite({ 'build/retningslinjer/postulater.html': page('nb()') });
    const outDir = path.join(siteDir, 'build');
    const siteConfig = { trailingSlash: false, future: { experimental_router: 'browser' } };
    const context = { ...fakeContext(siteDir), outDir, i18n, siteConfig } as unknown as LoadContext;
    const plugin = webServer().plugin(context, {
      id: 'default',
      fromExtensions: [],
      toExtensions: [],
      redirects: [{ from: '/postulater', to: '/retningslinjer/postulater' }],
    }) as Plugin<void>;
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await plugin.postBuild?.({
      outDir,
      baseUrl: '/',
      siteConfig,
      routesPaths: ['/retningslinjer/postulater'],
    } as unknown as Parameters<NonNullable<Plugin<void>['postBuild']>>[0]);
    const redirectPage = readFileSync(path.join(outDir, 'postulater/index.html'), 'utf8');
    const redirectScript = /<script>([\s\S]*?)<\/script>/.exec(redirectPage)?.[1] ?? '';
    expect(redirectScript).toContain("window.location.href = '/retningslinjer/postulater'");
    const policy = readFileSync(
      path.join(siteDir, 'build-headers/content-security-policy.txt'),
      'utf8',
    );
    expect(policy).toContain(await sha256Source(redirectScript));
  });
});
