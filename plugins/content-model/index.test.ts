import path from 'node:path';
import type { DefaultParseFrontMatter, LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/domain/content/problems';
import { createContentChecks } from '../shared/contentChecks';
import { fakeContext, temporarySite } from '../../test/plugins/fakeDocusaurus';
import createContentModel, { ContentProblemsError } from '.';

const howTo = `---
kind: veiledning
title: '  Slik skriver du sammen  '
description: Hvordan to eller flere skriver i samme dokument uten å sende vedlegg.
owner: Kompetansesenteret
last_reviewed: 2026-03-01
review_interval_months: 12
status: vedtatt
---

Tekst.

<!-- truncate -->

Mer tekst.
`;

const unused: DefaultParseFrontMatter = async () => {
  throw new Error('the content model parses frontmatter itself');
};

function setUp(files: Record<string, string> = {}) {
  const siteDir = temporarySite({ 'blog/tags.yml': 'kurs: { label: Kurs }\n', ...files });
  const checks = createContentChecks();
  const model = createContentModel({
    siteDir,
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    docs: [
      { pluginId: 'default', path: 'docs' },
      { pluginId: 'retningslinjer', path: 'retningslinjer', translated: true },
    ],
    blogPath: 'blog',
    checks,
  });
  const parse = (file: string, fileContent: string) =>
    model.parseFrontMatter({
      filePath: path.join(siteDir, file),
      fileContent,
      defaultParseFrontMatter: unused,
    });
  const plugin = (model.plugin as (context: LoadContext) => Plugin<ContentProblem[]>)(
    fakeContext(siteDir),
  );
  const finishLoading = async (ownContent: ContentProblem[]) =>
    plugin.allContentLoaded!({
      allContent: { 'verktoykassa-content-model': { default: ownContent } },
      actions: undefined as never,
    });
  return { siteDir, model, parse, plugin, checks, finishLoading };
}

describe('parseFrontMatter', () => {
  it('hands on what the schema produced, and the Markdown without the frontmatter', async () => {
    const { parse } = setUp();
    const { frontMatter, content } = await parse('docs/a.mdx', howTo);
    expect(frontMatter).toMatchObject({ kind: 'veiledning', title: 'Slik skriver du sammen' });
    expect(content.startsWith('Tekst.')).toBe(true);
  });

  it('validates a file once, however often Docusaurus asks, and again only when the frontmatter changes', async () => {
    const { parse, model } = setUp();
    await parse('docs/a.mdx', howTo);
    await parse('docs/a.mdx', howTo);
    // A blog list page compiles the post cut at the truncate marker: same frontmatter.
    await parse('docs/a.mdx', howTo.split('<!-- truncate -->')[0]!);
    expect(model.validationCounts().get('docs/a.mdx')).toBe(1);
    await parse(
      'docs/a.mdx',
      howTo.replace('review_interval_months: 12', 'review_interval_months: 6'),
    );
    expect(model.validationCounts().get('docs/a.mdx')).toBe(2);
  });

  it('gives a file with problems empty frontmatter instead of stopping, so loading goes on', async () => {
    const { parse } = setUp();
    const { frontMatter } = await parse(
      'docs/a.mdx',
      howTo.replace('status: vedtatt', 'status: ja'),
    );
    expect(frontMatter).toEqual({});
  });
});

describe('the content model plugin', () => {
  it('finds Markdown in folders Docusaurus would skip without a word', async () => {
    const { plugin } = setUp({
      'i18n/fr/docusaurus-plugin-content-docs/current/a.mdx': howTo,
      'versioned_docs/version-2020/a.mdx': howTo,
      'i18n/en/docusaurus-plugin-content-docs/current/a.mdx': howTo,
    });
    const problems = await plugin.loadContent!();
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'i18n/fr/docusaurus-plugin-content-docs/current/a.mdx',
      'versioned_docs/version-2020/a.mdx',
    ]);
  });

  it('reports every problem of every file and plugin in one list, once each', async () => {
    const { parse, checks, finishLoading } = setUp({ 'docs/a.mdx': '', 'docs/b.mdx': '' });
    await parse('docs/a.mdx', howTo.replace('owner: Kompetansesenteret\n', ''));
    await parse('docs/b.mdx', howTo.replace('owner: Kompetansesenteret\n', ''));
    const trees = checks.source('decision-tools');
    const tools = checks.source('tool-catalogue');
    const loading = finishLoading([
      { file: 'i18n/fr/x.mdx', field: '', message: 'is in i18n/fr/' },
    ]);
    trees.submit([{ file: 'data/beslutningstraer/t.yml', field: 'start', message: 'is required' }]);
    tools.submit([{ file: 'docs/verktoy/x.mdx', field: 'cost', message: 'is required' }]);
    tools.submit([{ file: 'docs/verktoy/x.mdx', field: 'cost', message: 'is required' }]);
    const error = await loading.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContentProblemsError);
    expect((error as Error).message).toBe(
      [
        'The content has 5 problems:',
        '  - data/beslutningstraer/t.yml: start: is required',
        '  - docs/a.mdx: owner: is required',
        '  - docs/b.mdx: owner: is required',
        '  - docs/verktoy/x.mdx: cost: is required',
        '  - i18n/fr/x.mdx: is in i18n/fr/',
        'What each message means and how to fix it: README.md, "When you make a mistake".',
      ].join('\n'),
    );
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });

  it('forgets the problems of a file that was deleted (npm start)', async () => {
    const { parse, finishLoading } = setUp();
    await parse('docs/slettet.mdx', howTo.replace('owner: Kompetansesenteret\n', ''));
    await expect(finishLoading([])).resolves.toBeUndefined();
  });

  it('lets the build go on when nothing is wrong, waiting for every plugin that checks content', async () => {
    const { checks, finishLoading } = setUp();
    const trees = checks.source('decision-tools');
    let finished = false;
    const loading = finishLoading([]).then(() => {
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(false);
    trees.submit([]);
    await loading;
    expect(finished).toBe(true);
  });
});

describe('translations', () => {
  const guideline = (status: string, lastReviewed = '2026-03-01') => `---
kind: retningslinje
title: Arkivering
description: Hva som skal arkiveres og journalføres når kommunen bruker sosiale medier.
owner: Kompetansesenteret
last_reviewed: ${lastReviewed}
review_interval_months: 12
status: ${status}
legal_basis:
  - title: Arkivlova
adoption:
  adopted_by: Kommunedirektøren
  date: 2026-01-10
  case_ref: 26/1234
---

Tekst.
`;
  const translationPath =
    'i18n/en/docusaurus-plugin-content-docs-retningslinjer/current/arkivering.mdx';

  it('holds a translation to the facts of its source, in the default language build', async () => {
    const { parse, plugin, finishLoading } = setUp({
      'retningslinjer/arkivering.mdx': guideline('vedtatt'),
      [translationPath]: guideline('vedtatt', '2026-02-01'),
    });
    const own = await plugin.loadContent!();
    await parse('retningslinjer/arkivering.mdx', guideline('vedtatt'));
    await expect(finishLoading(own)).rejects.toThrow(
      `${translationPath}: last_reviewed: "2026-02-01" differs from retningslinjer/arkivering.mdx ("2026-03-01"); a translation keeps the facts of its source`,
    );
  });

  it('requires an adopted guideline to be translated, but not a draft', async () => {
    const adopted = setUp({ 'retningslinjer/arkivering.mdx': guideline('vedtatt') });
    await adopted.parse('retningslinjer/arkivering.mdx', guideline('vedtatt'));
    await expect(adopted.finishLoading([])).rejects.toThrow(
      `retningslinjer/arkivering.mdx: is adopted but has no en translation; add ${translationPath}`,
    );
    const draft = setUp({ 'retningslinjer/arkivering.mdx': guideline('utkast') });
    await draft.parse(
      'retningslinjer/arkivering.mdx',
      guideline('utkast').replace(/adoption:[\s\S]*?---/, '---'),
    );
    await expect(draft.finishLoading([])).resolves.toBeUndefined();
  });
});
