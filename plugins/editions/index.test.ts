import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../src/domain/content/problems';
import type { Edition } from '../../src/domain/editions/schema';
import { createContentChecks } from '../shared/contentChecks';
import { fakeActions, fakeContext, temporarySite } from '../../test/plugins/fakeDocusaurus';
import editions from '.';

const guideline = (body: string) => `---
kind: retningslinje
title: Arkivering
---

${body}
`;
const frontMatter = {
  kind: 'retningslinje',
  title: 'Arkivering',
  description: 'Hva som skal arkiveres og journalføres i sosiale medier.',
  owner: 'Dokumentsenteret',
  last_reviewed: '2026-01-10',
  review_interval_months: 12,
  status: 'vedtatt',
  legal_basis: [{ title: 'Arkivlova' }],
};
const records = `editions:
  - edition: "2026"
    adopted_by: Kommunedirektøren
    date: 2026-09-15
    case_ref: 26/2187
  - edition: "2025"
    adopted_by: Kommunedirektøren
    date: 2025-03-10
    case_ref: 25/1432
`;

function setUp(files: Record<string, string>) {
  const siteDir = temporarySite({ 'retningslinjer_versions.json': '["2026", "2025"]', ...files });
  const checks = createContentChecks();
  const feature = editions({ siteDir, docsPluginId: 'retningslinjer', checks });
  const context = fakeContext(siteDir);
  type Loaded = { records: Edition[]; problems: ContentProblem[] };
  const plugin = (feature.plugin as (context: LoadContext) => Plugin<Loaded>)(context);
  const recorded = fakeActions(path.join(siteDir, '.docusaurus/verktoykassa-editions/default'));
  return { siteDir, feature, plugin, checks, recorded };
}

const doc = (version: string, file: string) => ({
  id: 'arkivering',
  title: 'Arkivering',
  description: frontMatter.description,
  permalink:
    version === '2026' ? '/retningslinjer/arkivering' : `/retningslinjer/${version}/arkivering`,
  source: `@site/${file}`,
  frontMatter,
});

describe('the editions plugin', () => {
  it('gives Docusaurus labels, paths and banners: the draft unreleased, older editions superseded', () => {
    const { feature } = setUp({ 'data/utgaver.yml': records });
    expect(feature.versionOptions()).toEqual({
      lastVersion: '2026',
      onlyIncludeVersions: ['current', '2026', '2025'],
      versions: {
        current: { label: 'Utkast', path: 'utkast', banner: 'unreleased' },
        '2026': { label: 'Utgave 2026', banner: 'none' },
        '2025': { label: 'Utgave 2025', path: '2025', banner: 'unmaintained' },
      },
    });
    expect(feature.versionOptions(['2026']).onlyIncludeVersions).toEqual(['current', '2026']);
  });

  it('adds the list of editions and a what-changed page for each edition with one before it', async () => {
    const { plugin, recorded, checks } = setUp({
      'data/utgaver.yml': records,
      'retningslinjer/arkivering.mdx': guideline(
        'Arkiver samtalen i sak- og arkivsystemet samme dag.',
      ),
      'retningslinjer_versioned_docs/version-2026/arkivering.mdx': guideline(
        'Arkiver samtalen i sak- og arkivsystemet samme dag.',
      ),
      'retningslinjer_versioned_docs/version-2025/arkivering.mdx': guideline(
        'Arkiver samtalen i sak- og arkivsystemet innen tre dager.',
      ),
    });
    const own = await plugin.loadContent!();
    const submitted = checks.collect();
    await plugin.allContentLoaded!({
      allContent: {
        'verktoykassa-editions': { default: own },
        'docusaurus-plugin-content-docs': {
          retningslinjer: {
            loadedVersions: [
              {
                versionName: '2025',
                label: 'Utgave 2025',
                path: '/retningslinjer/2025',
                docs: [doc('2025', 'retningslinjer_versioned_docs/version-2025/arkivering.mdx')],
              },
              {
                versionName: 'current',
                label: 'Utkast',
                path: '/retningslinjer/utkast',
                docs: [doc('current', 'retningslinjer/arkivering.mdx')],
              },
              {
                versionName: '2026',
                label: 'Utgave 2026',
                path: '/retningslinjer',
                docs: [doc('2026', 'retningslinjer_versioned_docs/version-2026/arkivering.mdx')],
              },
            ],
          },
        },
      },
      actions: recorded.actions,
    });
    expect(await submitted).toEqual([]);
    expect(recorded.routes.map((route) => route.path)).toEqual([
      '/utgaver',
      '/utgaver/utkast/utskrift',
      '/utgaver/utkast/hva-er-endret',
      '/utgaver/2026/utskrift',
      '/utgaver/2026/hva-er-endret',
      '/utgaver/2025/utskrift',
    ]);
    // The print page renders each page's own MDX module, as the page's route does.
    expect(
      recorded.routes.find((route) => route.path === '/utgaver/2025/utskrift')?.modules,
    ).toEqual({
      overview: expect.stringMatching(/overview-2025\.json$/),
      docs: [{ content: '@site/retningslinjer_versioned_docs/version-2025/arkivering.mdx' }],
    });
    const changes = JSON.parse(recorded.data.get('nb/changes-2026.json')!);
    expect(changes.edition.previousLabel).toBe('Utgave 2025');
    expect(changes.changes.changed[0].paragraphs).toContainEqual({
      kind: 'changed',
      words: [
        { kind: 'same', text: 'Arkiver samtalen i sak- og arkivsystemet ' },
        { kind: 'removed', text: 'innen tre dager' },
        { kind: 'added', text: 'samme dag' },
        { kind: 'same', text: '.' },
      ],
    });
    const draftChanges = JSON.parse(recorded.data.get('nb/changes-utkast.json')!);
    expect(draftChanges.changes.unchanged).toEqual([{ id: 'arkivering', title: 'Arkivering' }]);
  });

  it('reports an edition without a record, and a record without an edition', async () => {
    const { plugin } = setUp({
      'data/utgaver.yml': records.replace('edition: "2025"', 'edition: "2024"'),
    });
    const { problems } = await plugin.loadContent!();
    expect(problems.map(formatProblem)).toEqual([
      'data/utgaver.yml: editions[1].edition: "2024" is not an edition of the site; editions are 2026, 2025 (make one with npm run edition)',
      'data/utgaver.yml: editions: edition 2025 has no record; add who adopted it (adopted_by), when (date) and the case reference (case_ref)',
    ]);
  });
});
