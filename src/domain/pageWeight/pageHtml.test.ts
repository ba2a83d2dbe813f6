import { describe, expect, it } from 'vitest';
import { builtHtml } from '../../../test/fixtures/pageWeight';
import { readPageHtml } from './pageHtml';

describe('readPageHtml', () => {
  it('reads scripts and stylesheets from minified HTML, not inline scripts or preloaded images', () => {
    const html = readPageHtml(builtHtml({ base: '/en/' }));
    expect(html.scripts).toEqual(['/en/assets/js/runtime~main.1.js', '/en/assets/js/main.1.js']);
    expect(html.stylesheets).toEqual(['/en/assets/css/styles.1.css']);
  });

  it('reads quoted attributes and a rel with several values', () => {
    const html = readPageHtml(
      `<html class='a b'><link rel="alternate stylesheet" href="/x.css"><script defer src='/y.js'></script></html>`,
    );
    expect(html.stylesheets).toEqual(['/x.css']);
    expect(html.scripts).toEqual(['/y.js']);
    expect(html.htmlClasses).toEqual(['a', 'b']);
  });

  it('reads the content kind and every data attribute on every element', () => {
    const html = readPageHtml(
      builtHtml({
        body: '<div data-content-kind=retningslinje><section class=x data-decision-tree data-tree-id=a></section><ul data-checklist="ny-konto"></ul></div>',
      }),
    );
    expect(html.contentKind).toBe('retningslinje');
    expect([...html.dataAttributes]).toEqual(
      expect.arrayContaining([
        'data-has-hydrated',
        'data-content-kind',
        'data-decision-tree',
        'data-tree-id',
        'data-checklist',
      ]),
    );
    expect(html.htmlClasses).toContain('plugin-docs');
  });

  it('finds nothing in a page without them', () => {
    const html = readPageHtml('<html><head><meta http-equiv="refresh"></head></html>');
    expect(html).toMatchObject({
      scripts: [],
      stylesheets: [],
      htmlClasses: [],
      contentKind: null,
    });
  });
});
