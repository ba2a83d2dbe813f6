import { describe, expect, it } from 'vitest';
import type { Site } from './address';
import { checkReferences, externalSummary, problemLine, trackingIn, type BuiltSite } from './check';
import type { Reference } from './references';

const site: Site = { origin: 'https://verktoykassa.example.no', baseUrl: '/' };

/** A small build: two locales' pages, a redirect page, a download, an image and their anchors. */
const pages: Record<string, string[]> = {
  'index.html': ['__docusaurus_skipToContent_fallback'],
  'en/index.html': [],
  'retningslinjer/arkivering.html': ['journalføring', 'theme-svg-external-link'],
  'en/retningslinjer/arkivering.html': ['filing-and-records'],
  'postulater/index.html': [],
  'sok.html': [],
};
const otherFiles = ['verktoy.json', 'img/logo.svg', 'img/blå bok.png', 'assets/css/styles.css'];
const built: BuiltSite = {
  hasFile: (file) => file in pages || otherFiles.includes(file),
  anchorsOf: (file) => (file in pages ? new Set(pages[file]) : undefined),
};

const link = (target: string): Reference => ({ attribute: 'a[href]', target, kind: 'link' });
const resource = (attribute: string, target: string): Reference => ({
  attribute,
  target,
  kind: 'resource',
});

function check(references: Reference[], page = '/retningslinjer/arkivering') {
  const file = page === '/' ? 'index.html' : `${page.slice(1)}.html`;
  return checkReferences(page, file, references, built, site);
}

describe('checkReferences', () => {
  it('passes a page whose every reference resolves', () => {
    const result = check([
      link('/'),
      link('/en/'),
      link('/retningslinjer/arkivering#journalføring'),
      link('#journalf%C3%B8ring'),
      link('/en/retningslinjer/arkivering#filing-and-records'),
      link('/postulater'),
      link('/verktoy.json'),
      link('/verktoy.json#/tools/0'),
      link(''),
      link('#'),
      link('#top'),
      link('mailto:kompetansesenteret@eksempel.kommune.no'),
      link('https://verktoykassa.example.no/sok?q=arkiv'),
      resource('img[src]', '/img/bl%C3%A5%20bok.png'),
      resource('img[srcset]', '/img/logo.svg'),
      resource('link[rel=stylesheet][href]', '/assets/css/styles.css'),
      resource(
        'link[rel=canonical][href]',
        'https://verktoykassa.example.no/retningslinjer/arkivering',
      ),
      resource('use[href]', '#theme-svg-external-link'),
      resource('form[action]', '/sok'),
      resource('img[src]', 'data:image/png;base64,iVBORw0KGgo='),
    ]);
    expect(result).toEqual({ problems: [], external: [] });
  });

  it('reports a missing page, image, download and stylesheet, naming the files it looked for', () => {
    const { problems } = check([
      link('/retningslinjer/finnes-ikke'),
      resource('img[src]', '/img/mangler.png'),
      link('/verktoy.csv'),
      resource('link[rel=stylesheet][href]', '/assets/css/old.css'),
    ]);
    expect(problems.map(problemLine)).toEqual([
      '/retningslinjer/arkivering  a[href]="/retningslinjer/finnes-ikke"  not in the build (looked for retningslinjer/finnes-ikke, retningslinjer/finnes-ikke.html, retningslinjer/finnes-ikke/index.html)',
      '/retningslinjer/arkivering  img[src]="/img/mangler.png"  not in the build (looked for img/mangler.png, img/mangler.png.html, img/mangler.png/index.html)',
      '/retningslinjer/arkivering  a[href]="/verktoy.csv"  not in the build (looked for verktoy.csv, verktoy.csv.html, verktoy.csv/index.html)',
      '/retningslinjer/arkivering  link[rel=stylesheet][href]="/assets/css/old.css"  not in the build (looked for assets/css/old.css, assets/css/old.css.html, assets/css/old.css/index.html)',
    ]);
  });

  it('reports an anchor that is not on its page, on another page or on the same one', () => {
    const { problems } = check([
      link('/en/retningslinjer/arkivering#journalføring'),
      link('#filing-and-records'),
      resource('use[href]', '#theme-svg-missing'),
    ]);
    expect(problems.map(({ target, reason }) => `${target}: ${reason}`)).toEqual([
      '/en/retningslinjer/arkivering#journalføring: no id="journalføring" on en/retningslinjer/arkivering.html',
      '#filing-and-records: no id="filing-and-records" on retningslinjer/arkivering.html',
      '#theme-svg-missing: no id="theme-svg-missing" on retningslinjer/arkivering.html',
    ]);
  });

  it('reports a trailing slash on a page that is a file, as trailingSlash: false builds it', () => {
    expect(check([link('/retningslinjer/arkivering/')]).problems).toHaveLength(1);
  });

  it('lists links to other sites without fetching them', () => {
    const result = check([
      link('https://www.datatilsynet.no/personvern'),
      link('https://github.com/eksempel-kommune/verktoykassa'),
    ]);
    expect(result).toEqual({
      problems: [],
      external: [
        { page: '/retningslinjer/arkivering', url: 'https://www.datatilsynet.no/personvern' },
        {
          page: '/retningslinjer/arkivering',
          url: 'https://github.com/eksempel-kommune/verktoykassa',
        },
      ],
    });
  });

  it('reports anything else the browser would fetch from another host', () => {
    const { problems } = check([
      resource('link[rel=stylesheet][href]', 'https://fonts.googleapis.com/css2?family=Inter'),
      resource('link[rel=preconnect][href]', 'https://fonts.gstatic.com'),
      resource('script[src]', '//cdn.example.org/lib.js'),
      resource('img[srcset]', 'https://images.example.org/a.png'),
      resource('form[action]', 'https://forms.example.org/submit'),
      resource('a[ping]', 'https://stats.example.org/ping'),
    ]);
    expect(problems.map(({ attribute, reason }) => `${attribute}: ${reason}`)).toEqual([
      'link[rel=stylesheet][href]: fetched from another host (fonts.googleapis.com); the site serves its own files',
      'link[rel=preconnect][href]: fetched from another host (fonts.gstatic.com); the site serves its own files',
      'script[src]: fetched from another host (cdn.example.org); the site serves its own files',
      'img[srcset]: fetched from another host (images.example.org); the site serves its own files',
      'form[action]: fetched from another host (forms.example.org); the site serves its own files',
      'a[ping]: fetched from another host (stats.example.org); the site serves its own files',
    ]);
  });

  it('reports links to trackers and tracking parameters, on other sites and its own', () => {
    const result = check([
      link('https://bit.ly/3abcdef'),
      link('https://www.datatilsynet.no/?utm_source=verktoykassa&utm_medium=web'),
      link('/sok?fbclid=abc'),
      resource('script[src]', 'https://www.googletagmanager.com/gtag/js?id=G-1'),
    ]);
    expect(result.problems.map(({ target, reason }) => `${target}: ${reason}`)).toEqual([
      'https://bit.ly/3abcdef: bit.ly tracks readers',
      'https://www.datatilsynet.no/?utm_source=verktoykassa&utm_medium=web: tracking parameters in the address (utm_source, utm_medium)',
      '/sok?fbclid=abc: tracking parameters in the address (fbclid)',
      'https://www.googletagmanager.com/gtag/js?id=G-1: googletagmanager.com tracks readers',
      'https://www.googletagmanager.com/gtag/js?id=G-1: fetched from another host (www.googletagmanager.com); the site serves its own files',
    ]);
    expect(result.external).toEqual([]);
  });

  it('reports addresses no reader can follow', () => {
    const { problems } = check([
      link('javascript:void(0)'),
      link('/img/%E0%A4%A.png'),
      resource('img[src]', ''),
    ]);
    expect(problems.map(({ reason }) => reason)).toEqual([
      'a javascript: address, which does nothing without JavaScript',
      'a broken %-escape',
      'an empty address',
    ]);
  });

  it('reads relative addresses against the page, in the English locale too', () => {
    expect(
      check([link('arkivering#filing-and-records')], '/en/retningslinjer/arkivering').problems,
    ).toEqual([]);
    expect(check([link('ordliste')], '/en/').problems.map(({ reason }) => reason)).toEqual([
      'not in the build (looked for en/ordliste, en/ordliste.html, en/ordliste/index.html)',
    ]);
  });
});

describe('trackingIn', () => {
  it.each([
    ['https://www.google-analytics.com/collect', 'google-analytics.com tracks readers'],
    ['https://region1.google-analytics.com/g/collect', 'google-analytics.com tracks readers'],
    ['https://t.co/abc', 't.co tracks readers'],
    ['https://example.org/?gclid=1', 'tracking parameters in the address (gclid)'],
  ])('%s: %s', (url, reason) => {
    expect(trackingIn(new URL(url))).toBe(reason);
  });

  it.each([
    'https://www.regjeringen.no/no/dokumenter/',
    'https://lovdata.no/dokument/NL/lov/2018-06-15-38?utmost=1',
    'https://notbit.ly/',
    'https://www.facebook.com/eksempelkommune',
  ])('%s is no tracker', (url) => {
    expect(trackingIn(new URL(url))).toBeUndefined();
  });
});

describe('externalSummary', () => {
  it('counts links, addresses and pages per host, most linked first', () => {
    expect(
      externalSummary([
        { page: '/a', url: 'https://github.com/x/edit/a.mdx' },
        { page: '/b', url: 'https://github.com/x/edit/b.mdx' },
        { page: '/a', url: 'https://lovdata.no/lov' },
        { page: '/b', url: 'https://github.com/x/edit/b.mdx' },
      ]),
    ).toEqual([
      'github.com  3 links to 2 addresses on 2 pages',
      'lovdata.no  1 link to 1 address on 1 page',
    ]);
  });
});
