import { describe, expect, it } from 'vitest';
import { builtHtml } from '../../../test/fixtures/pageWeight';
import { readPageHtml } from './pageHtml';
import { pageKindOf } from './pageKind';

const kindOf = (
  path: string,
  options: Parameters<typeof builtHtml>[0],
  baseUrl = path.startsWith('/en') ? '/en/' : '/',
) => pageKindOf(path, baseUrl, readPageHtml(builtHtml(options)));

const decisionTools = 'plugin-verktoykassa-decision-tools plugin-id-default';

describe('pageKindOf', () => {
  it.each([
    ['/veiledninger/a', 'doc', { body: '<div data-content-kind=veiledning>' }],
    ['/ordliste', 'doc', { body: '<div data-content-kind=side>' }],
    ['/retningslinjer/a', 'guideline', { body: '<div data-content-kind=retningslinje>' }],
    ['/retningslinjer/postulater', 'guideline', { body: '<div data-content-kind=postulater>' }],
    ['/verktoy/canva', 'tool', { body: '<div data-content-kind=verktoy>' }],
    [
      '/verktoy',
      'catalogue',
      { body: '<div data-content-kind=side><table data-tool-catalogue></table>' },
    ],
    ['/verktoy/radar', 'catalogue', { body: '<div data-content-kind=side><svg data-tool-radar>' }],
    [
      '/beslutningstre/a',
      'tree',
      { htmlClass: decisionTools, body: '<section data-decision-tree>' },
    ],
    ['/sjekkliste/a', 'checklist', { htmlClass: decisionTools, body: '<section data-checklist>' }],
    [
      '/utgaver/2026/utskrift',
      'print',
      { htmlClass: 'plugin-verktoykassa-editions', body: '<main data-edition-print=2026>' },
    ],
    ['/', 'home', { htmlClass: 'plugin-pages plugin-id-default' }],
    ['/en/', 'home', { htmlClass: 'plugin-pages plugin-id-default' }],
    ['/sok', 'search', { htmlClass: 'plugin-verktoykassa-search plugin-id-default' }],
    ['/nytt/a', 'other', { htmlClass: 'blog-wrapper blog-post-page plugin-blog' }],
    ['/404.html', 'other', { body: '<main>' }],
  ] as const)('%s is a %s page', (path, kind, options) => {
    expect(kindOf(path, options)).toBe(kind);
  });

  it('counts a guideline that embeds a tree as a guideline, not a tree page', () => {
    expect(
      kindOf('/retningslinjer/arkivering', {
        body: '<div data-content-kind=retningslinje><section data-decision-tree>',
      }),
    ).toBe('guideline');
  });

  it('counts a content kind it does not know as other', () => {
    expect(kindOf('/x', { body: '<div data-content-kind=ukjent>' })).toBe('other');
  });
});
