import { describe, expect, it } from 'vitest';
import {
  anchorsOf,
  manifestReferences,
  referencesOf,
  refreshAddress,
  srcsetAddresses,
  stylesheetReferences,
  type PageElement,
} from './references';

const element = (name: string, attributes: Record<string, string>): PageElement => ({
  name,
  attributes,
});

describe('referencesOf', () => {
  it('finds links, images, downloads, stylesheets, scripts, the manifest and the icon', () => {
    const references = referencesOf([
      element('link', { rel: 'stylesheet', href: '/assets/css/styles.css' }),
      element('link', { rel: 'manifest', href: '/manifest.json' }),
      element('link', { rel: 'icon', href: '/img/favicon.svg' }),
      element('script', { src: '/assets/js/main.js', defer: '' }),
      element('a', { href: '/retningslinjer/arkivering#journalforing' }),
      element('a', { href: '/verktoy.json', download: '' }),
      element('img', { src: '/img/logo.svg', alt: '' }),
      element('form', { action: '/sok' }),
    ]);
    expect(references).toEqual([
      {
        attribute: 'link[rel=stylesheet][href]',
        target: '/assets/css/styles.css',
        kind: 'resource',
      },
      { attribute: 'link[rel=manifest][href]', target: '/manifest.json', kind: 'resource' },
      { attribute: 'link[rel=icon][href]', target: '/img/favicon.svg', kind: 'resource' },
      { attribute: 'script[src]', target: '/assets/js/main.js', kind: 'resource' },
      { attribute: 'a[href]', target: '/retningslinjer/arkivering#journalforing', kind: 'link' },
      { attribute: 'a[href]', target: '/verktoy.json', kind: 'link' },
      { attribute: 'img[src]', target: '/img/logo.svg', kind: 'resource' },
      { attribute: 'form[action]', target: '/sok', kind: 'resource' },
    ]);
  });

  it('reads every image in a srcset, and the sources of a picture', () => {
    const references = referencesOf([
      element('source', { srcset: '/img/a.webp 1x, /img/a@2x.webp 2x', type: 'image/webp' }),
      element('img', { src: '/img/a.png', srcset: '/img/a-640.png 640w,/img/a-1280.png 1280w' }),
    ]);
    expect(references.map(({ attribute, target }) => `${attribute} ${target}`)).toEqual([
      'source[srcset] /img/a.webp',
      'source[srcset] /img/a@2x.webp',
      'img[src] /img/a.png',
      'img[srcset] /img/a-640.png',
      'img[srcset] /img/a-1280.png',
    ]);
  });

  it('reads addresses the browser fetches without a src: pings, a refresh, a link preview image, an SVG sprite', () => {
    const references = referencesOf([
      element('a', { href: 'https://example.org', ping: 'https://tracker.example/p /count' }),
      element('meta', { 'http-equiv': 'refresh', content: '0; url=/retningslinjer/postulater' }),
      element('meta', { property: 'og:image', content: 'https://cdn.example/card.png' }),
      element('meta', { name: 'description', content: 'Not an address' }),
      element('use', { href: '#theme-svg-external-link' }),
    ]);
    expect(references).toEqual([
      { attribute: 'a[href]', target: 'https://example.org', kind: 'link' },
      { attribute: 'a[ping]', target: 'https://tracker.example/p', kind: 'resource' },
      { attribute: 'a[ping]', target: '/count', kind: 'resource' },
      { attribute: 'meta[content]', target: '/retningslinjer/postulater', kind: 'resource' },
      { attribute: 'meta[content]', target: 'https://cdn.example/card.png', kind: 'resource' },
      { attribute: 'use[href]', target: '#theme-svg-external-link', kind: 'resource' },
    ]);
  });

  it('skips elements and attributes that hold no address', () => {
    expect(
      referencesOf([
        element('a', { id: 'x' }),
        element('div', { 'data-href': '/x', class: 'src' }),
        element('img', { alt: 'no src' }),
      ]),
    ).toEqual([]);
  });
});

describe('srcsetAddresses', () => {
  it.each([
    ['a.png', ['a.png']],
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['a.png 640w,b.png 1280w', ['a.png', 'b.png']],
    // A comma inside an address belongs to it; a trailing comma ends a candidate with no size.
    ['/img/a,b.png 1x, /img/c.png 2x', ['/img/a,b.png', '/img/c.png']],
    ['a.png, b.png', ['a.png', 'b.png']],
    ['  ', []],
  ])('%j holds %j', (srcset, addresses) => {
    expect(srcsetAddresses(srcset)).toEqual(addresses);
  });
});

describe('refreshAddress', () => {
  it.each([
    ['0; url=/retningslinjer/postulater', '/retningslinjer/postulater'],
    ['0;URL="/a b"', '/a b'],
    ['5', undefined],
  ])('%j goes to %j', (content, address) => {
    expect(refreshAddress(content)).toBe(address);
  });
});

describe('anchorsOf', () => {
  it('collects every id, and the name of an <a>', () => {
    const anchors = anchorsOf([
      element('h2', { id: 'journalføring' }),
      element('a', { name: 'gammel-lenke' }),
      element('input', { name: 'q' }),
      element('main', { id: '__docusaurus_skipToContent_fallback' }),
    ]);
    expect([...anchors].sort()).toEqual([
      '__docusaurus_skipToContent_fallback',
      'gammel-lenke',
      'journalføring',
    ]);
  });
});

describe('stylesheetReferences', () => {
  it('finds fonts, images and imports, and ignores what is in a comment', () => {
    const css = `
      @import "theme.css";
      @font-face { src: url('/fonts/inter.woff2') format('woff2'), url(/fonts/inter.woff); }
      .hero { background: url("data:image/svg+xml;utf8,<svg/>"); }
      /* url(/old/background.png) */`;
    expect(
      stylesheetReferences(css).map(({ attribute, target }) => `${attribute} ${target}`),
    ).toEqual([
      '@import theme.css',
      'url() /fonts/inter.woff2',
      'url() /fonts/inter.woff',
      'url() data:image/svg+xml;utf8,<svg/>',
    ]);
  });
});

describe('manifestReferences', () => {
  it('finds the start address, the icons and the screenshots', () => {
    expect(
      manifestReferences({
        start_url: '/',
        icons: [{ src: 'img/logo.svg' }, { sizes: 'any' }],
        screenshots: [{ src: 'img/screen.png' }],
      }).map(({ attribute, target }) => `${attribute} ${target}`),
    ).toEqual(['start_url /', 'icons[0].src img/logo.svg', 'screenshots[0].src img/screen.png']);
  });

  it('finds nothing in something that is not a manifest', () => {
    expect(manifestReferences(null)).toEqual([]);
    expect(manifestReferences(['icons'])).toEqual([]);
  });
});
