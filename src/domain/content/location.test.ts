import { describe, expect, it } from 'vitest';
import { contentPlace, type ContentLayout } from './location';

const layout: ContentLayout = {
  locales: ['nb', 'en'],
  defaultLocale: 'nb',
  docs: [
    { pluginId: 'default', path: 'docs', versions: ['2026', '2025'] },
    { pluginId: 'levende', path: 'levende', versions: [] },
  ],
  blogPath: 'blog',
};

describe('contentPlace', () => {
  it.each([
    [
      'docs/retningslinjer/kontoer.mdx',
      { role: 'doc', pluginId: 'default', version: 'current', locale: 'nb' },
    ],
    [
      'versioned_docs/version-2025/postulater.mdx',
      { role: 'doc', pluginId: 'default', version: '2025', locale: 'nb' },
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs/current/postulater.mdx',
      { role: 'doc', pluginId: 'default', version: 'current', locale: 'en' },
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs/version-2026/postulater.mdx',
      { role: 'doc', pluginId: 'default', version: '2026', locale: 'en' },
    ],
    [
      'levende/verktoy/facebook.mdx',
      { role: 'doc', pluginId: 'levende', version: 'current', locale: 'nb' },
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs-levende/current/verktoy/facebook.mdx',
      { role: 'doc', pluginId: 'levende', version: 'current', locale: 'en' },
    ],
    ['blog/2026-03-01-kurs.mdx', { role: 'blog-post', locale: 'nb' }],
    [
      'i18n/en/docusaurus-plugin-content-blog/2026-03-01-kurs.mdx',
      { role: 'blog-post', locale: 'en' },
    ],
    ['docs/retningslinjer/_felles-tekst.mdx', { role: 'partial' }],
    ['docs/_deler/tekst.mdx', { role: 'partial' }],
  ])('%s is read as %o', (file, place) => {
    expect(contentPlace(file, layout)).toEqual(place);
  });

  it.each([
    [
      'versioned_docs/version-2024/postulater.mdx',
      'is in versioned_docs/version-2024/, which is not an edition in versions.json; editions are 2026, 2025',
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs/version-2019/postulater.mdx',
      'is in i18n/en/docusaurus-plugin-content-docs/version-2019/, which is neither current/ nor an edition in versions.json (editions are 2026, 2025)',
    ],
    [
      'i18n/fr/docusaurus-plugin-content-docs/current/postulater.mdx',
      'is in i18n/fr/, but "fr" is not a language of the site; translations go in i18n/en/',
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs-gammel/current/x.mdx',
      'is in i18n/en/docusaurus-plugin-content-docs-gammel/, which no part of the site reads; translations go in i18n/en/docusaurus-plugin-content-docs/, i18n/en/docusaurus-plugin-content-docs-levende/, i18n/en/docusaurus-plugin-content-blog/',
    ],
    [
      'src/pages/om.md',
      'is not in a content folder; pages go in docs/ or levende/, news in blog/, translations in i18n/<language>/',
    ],
  ])('refuses %s, saying where content goes', (file, reason) => {
    expect(contentPlace(file, layout)).toEqual({ role: 'unknown', reason });
  });
});
