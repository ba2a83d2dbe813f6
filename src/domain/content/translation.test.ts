import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import type { DocFrontMatter } from './schemas';
import { sourceOfTranslation, translationProblems } from './translation';

const layout = {
  locales: ['nb', 'en'],
  defaultLocale: 'nb',
  docs: [
    { pluginId: 'default', path: 'docs', versions: [] },
    { pluginId: 'retningslinjer', path: 'retningslinjer', versions: ['2025'] },
  ],
  blogPath: 'blog',
};

describe('sourceOfTranslation', () => {
  it.each([
    ['i18n/en/docusaurus-plugin-content-docs/current/ordliste.mdx', 'docs/ordliste.mdx'],
    [
      'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/arkivering.mdx',
      'retningslinjer/arkivering.mdx',
    ],
    [
      'i18n/en/docusaurus-plugin-content-docs-retningslinjer/version-2025/arkivering.mdx',
      'retningslinjer_versioned_docs/version-2025/arkivering.mdx',
    ],
    ['i18n/en/docusaurus-plugin-content-blog/2026-01-01-x.mdx', undefined],
  ])('%s translates %s', (translation, source) => {
    expect(sourceOfTranslation(translation, layout)).toBe(source);
  });
});

describe('translationProblems', () => {
  const source = {
    kind: 'postulater',
    title: 'Postulater',
    description: 'Korte tommelfingerregler for hvordan vi er til stede i sosiale medier.',
    owner: 'Kompetansesenteret',
    last_reviewed: '2026-10-05',
    review_interval_months: 12,
    status: 'vedtatt',
    postulates: [
      { id: 'del', title: 'Del', statement: 'Del.', explanation: 'Del mer.' },
      { id: 'lytt', title: 'Lytt', statement: 'Lytt.', explanation: 'Lytt mer.' },
    ],
  } as DocFrontMatter;

  it('accepts a translation that changes only the words', () => {
    const translation = {
      ...source,
      title: 'Postulates',
      owner: 'Competence centre',
    } as DocFrontMatter;
    expect(translationProblems('en.mdx', translation, 'nb.mdx', source)).toEqual([]);
  });

  it('names every fact that drifted from the source', () => {
    const translation = {
      ...source,
      status: 'utkast',
      last_reviewed: '2026-01-01',
      postulates: [...(source as { postulates: object[] }).postulates].reverse(),
    } as DocFrontMatter;
    expect(translationProblems('en.mdx', translation, 'nb.mdx', source).map(formatProblem)).toEqual(
      [
        'en.mdx: status: "utkast" differs from nb.mdx ("vedtatt"); a translation keeps the facts of its source',
        'en.mdx: last_reviewed: "2026-01-01" differs from nb.mdx ("2026-10-05"); a translation keeps the facts of its source',
        'en.mdx: postulates (ids): ["lytt","del"] differs from nb.mdx (["del","lytt"]); a translation keeps the facts of its source',
      ],
    );
  });
});
