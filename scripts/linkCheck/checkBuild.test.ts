import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporarySite } from '../../test/plugins/fakeDocusaurus';
import { problemLine } from '../../src/domain/linkCheck/check';
import { checkBuild } from './checkBuild';

const site = { origin: 'https://verktoykassa.example.no', baseUrl: '/' };

/** The head every page of the small build shares, minified the way Docusaurus writes it. */
const head = (locale: '' | 'en/') =>
  `<head><link rel=stylesheet href=/${locale}assets/css/styles.css /><link rel=manifest href=/${locale}manifest.json><link rel=icon href=/${locale}img/favicon.svg /><script src=/${locale}assets/js/main.js defer></script></head>`;

/** Two locales, a plugin-made page, a download, a redirect page: every reference sound. */
const soundBuild: Record<string, string> = {
  'index.html': `<!doctype html><html>${head('')}<body><a href=#__docusaurus_skipToContent_fallback>Til innhold</a><main id=__docusaurus_skipToContent_fallback><a href=/retningslinjer/arkivering#journalf%C3%B8ring>Arkiv</a> <a href=/en/>English</a> <a href=/verktoy.json download>JSON</a> <a href=/utgaver#2026>Utgaver</a> <img src=/img/bl%C3%A5.png srcset="/img/blå.png 1x, /img/blå@2x.png 2x" alt=""> <a href=https://lovdata.no/lov>Lov</a></main></body></html>`,
  'en/index.html': `<!doctype html><html>${head('en/')}<body><a href=retningslinjer/arkivering>Filing</a></body></html>`,
  'retningslinjer/arkivering.html': `<!doctype html><html>${head('')}<body><h2 id=journalføring>Journalføring</h2><form action=/sok><input name=q></form></body></html>`,
  'en/retningslinjer/arkivering.html': `<!doctype html><html>${head('en/')}<body><h1>Filing</h1></body></html>`,
  'utgaver.html': `<!doctype html><html>${head('')}<body><h2 id=2026>2026</h2></body></html>`,
  'sok.html': `<!doctype html><html>${head('')}<body></body></html>`,
  'postulater/index.html': `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/retningslinjer/arkivering"><link rel="canonical" href="/retningslinjer/arkivering" /></head></html>`,
  'verktoy.json': '[]',
  'img/blå.png': 'png',
  'img/blå@2x.png': 'png',
  'img/favicon.svg': '<svg/>',
  'en/img/favicon.svg': '<svg/>',
  'img/logo.svg': '<svg/>',
  'en/img/logo.svg': '<svg/>',
  'assets/css/styles.css': `@font-face{src:url(/assets/fonts/inter.woff2)}`,
  'en/assets/css/styles.css': `@font-face{src:url(/en/assets/fonts/inter.woff2)}`,
  'assets/fonts/inter.woff2': 'font',
  'en/assets/fonts/inter.woff2': 'font',
  'assets/js/main.js': '',
  'en/assets/js/main.js': '',
  'manifest.json': '{"start_url":"/","icons":[{"src":"img/logo.svg"}]}',
  'en/manifest.json': '{"start_url":"/en/","icons":[{"src":"img/logo.svg"}]}',
};

describe('checkBuild', () => {
  it('passes a build whose every reference resolves, and lists its outbound links', () => {
    const report = checkBuild(temporarySite(soundBuild), site);
    expect(report.problems.map(problemLine)).toEqual([]);
    expect(report.external).toEqual([{ page: '/', url: 'https://lovdata.no/lov' }]);
    expect(report.counts).toMatchObject({ pages: 7, stylesheets: 2, manifests: 2 });
  });

  it('reports every broken reference in every kind of file, one line each', () => {
    const build = temporarySite({
      ...soundBuild,
      // A page removed, an anchor renamed, a download and an image gone, a foreign font.
      'en/index.html': `<!doctype html><html>${head('en/')}<body><a href=retningslinjer/ansattes-bruk>Staff</a><a href=/utgaver#2025>2025</a><a href=/verktoy.csv>CSV</a><img src=/en/img/mangler.png alt=""></body></html>`,
      'en/assets/css/styles.css': `@import "https://fonts.googleapis.com/css2?family=Inter";@font-face{src:url(../fonts/gone.woff2)}`,
      'en/manifest.json': '{"start_url":"/en/","icons":[{"src":"img/icon-512.png"}]}',
      'postulater/index.html': `<meta http-equiv="refresh" content="0; url=/retningslinjer/postulater">`,
    });
    expect(checkBuild(build, site).problems.map(problemLine)).toEqual([
      '/en/assets/css/styles.css  @import="https://fonts.googleapis.com/css2?family=Inter"  fetched from another host (fonts.googleapis.com); the site serves its own files',
      '/en/assets/css/styles.css  url()="../fonts/gone.woff2"  not in the build (looked for en/assets/fonts/gone.woff2, en/assets/fonts/gone.woff2.html, en/assets/fonts/gone.woff2/index.html)',
      '/en/  a[href]="retningslinjer/ansattes-bruk"  not in the build (looked for en/retningslinjer/ansattes-bruk, en/retningslinjer/ansattes-bruk.html, en/retningslinjer/ansattes-bruk/index.html)',
      '/en/  a[href]="/utgaver#2025"  no id="2025" on utgaver.html',
      '/en/  a[href]="/verktoy.csv"  not in the build (looked for verktoy.csv, verktoy.csv.html, verktoy.csv/index.html)',
      '/en/  img[src]="/en/img/mangler.png"  not in the build (looked for en/img/mangler.png, en/img/mangler.png.html, en/img/mangler.png/index.html)',
      '/en/manifest.json  icons[0].src="img/icon-512.png"  not in the build (looked for en/img/icon-512.png, en/img/icon-512.png.html, en/img/icon-512.png/index.html)',
      '/postulater/  meta[content]="/retningslinjer/postulater"  not in the build (looked for retningslinjer/postulater, retningslinjer/postulater.html, retningslinjer/postulater/index.html)',
    ]);
  });

  it('reports a manifest that is not JSON', () => {
    const build = temporarySite({ ...soundBuild, 'manifest.json': '{"icons": [' });
    expect(checkBuild(build, site).problems).toMatchObject([
      { page: '/manifest.json', attribute: 'manifest', reason: expect.stringMatching(/^not JSON/) },
    ]);
  });

  it('fails, naming the command to run, when there is no build', () => {
    const empty = temporarySite();
    expect(() => checkBuild(path.join(empty, 'build'), site)).toThrow(
      /No built site in .*build: run `npm run build` first/,
    );
  });
});
