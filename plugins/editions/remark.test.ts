import { describe, expect, it } from 'vitest';
import { runRemark, summary } from '../../test/plugins/remark';
import remarkEditions from './remark';

const modules = { overviews: new Map([['2025', '/generated/overview-2025.json']]) };
const run = (mdx: string, path = '/site/retningslinjer_versioned_docs/version-2025/index.mdx') =>
  summary(runRemark(remarkEditions, { modules }, mdx, { path }));

describe('remarkEditions', () => {
  it('gives <EditionOverview /> the overview of the page’s edition', () => {
    expect(run('# Utgave 2025\n\n<EditionOverview />\n')).toEqual({
      imports: [
        'import EditionOverview from "@site/src/components/Editions/EditionOverview";',
        'import editionOverview from "/generated/overview-2025.json";',
      ],
      elements: ['<EditionOverview overview={editionOverview} />'],
    });
  });

  it('imports <PostulateList /> into the page that uses it', () => {
    expect(run('# Postulater\n\n<PostulateList />\n').imports).toEqual([
      'import PostulateList from "@site/src/components/PostulateList/OfThisPage";',
    ]);
  });

  it('imports nothing into a page without them', () => {
    expect(run('# Arkivering\n\nTekst.\n').imports).toEqual([]);
  });
});
