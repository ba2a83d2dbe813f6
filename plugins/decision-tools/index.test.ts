import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, type ContentProblem } from '../../src/domain/content/problems';
import { createContentChecks } from '../shared/contentChecks';
import { exampleChecklist, exampleTree } from '../../test/fixtures/decisionTools';
import {
  fakeActions,
  fakeAllContent,
  fakeContext,
  temporarySite,
} from '../../test/plugins/fakeDocusaurus';
import decisionTools, { type LoadedDecisionTools } from '.';

function setUp(files: Record<string, string>) {
  const siteDir = temporarySite(files);
  const checks = createContentChecks();
  const feature = decisionTools({ checks });
  const context = fakeContext(siteDir);
  const plugin = (feature.plugin as (context: LoadContext) => Plugin<LoadedDecisionTools>)(context);
  const dataDir = path.join(context.generatedFilesDir, 'verktoykassa-decision-tools', 'default');
  return { siteDir, checks, feature, plugin, dataDir };
}

const sound = {
  'data/beslutningstraer/eksempel-tre.yml': stringify(exampleTree),
  'data/sjekklister/eksempel-liste.yml': stringify(exampleChecklist),
};

const pages = fakeAllContent([
  { source: '@site/docs/postulater.mdx', permalink: '/postulater', frontMatter: {} },
  {
    source: '@site/docs/retningslinjer/personvern-og-bilder.mdx',
    permalink: '/retningslinjer/personvern-og-bilder',
    frontMatter: {},
  },
]);

async function runLifecycle(files: Record<string, string>, allContent = pages) {
  const setup = setUp(files);
  const content = await setup.plugin.loadContent!();
  const recorded = fakeActions(setup.dataDir);
  await setup.plugin.contentLoaded!({ content, actions: recorded.actions });
  const submitted = setup.checks.collect();
  await setup.plugin.allContentLoaded!({
    allContent: { ...allContent, 'verktoykassa-decision-tools': { default: content } },
    actions: recorded.actions,
  });
  const problems: ContentProblem[] = await submitted;
  return { ...setup, ...recorded, content, problems: problems.map(formatProblem) };
}

describe('the decision tools plugin', () => {
  it('gives every tree and checklist a page with its data, and nothing to report', async () => {
    const { routes, data, problems } = await runLifecycle(sound);
    expect(routes.map((route) => [route.path, route.component])).toEqual([
      ['/beslutningstre/eksempel-tre', '@site/src/components/DecisionTree/DecisionTreePage'],
      ['/sjekkliste/eksempel-liste', '@site/src/components/Checklist/ChecklistPage'],
    ]);
    expect(JSON.parse(data.get('nb/tree-eksempel-tre.json')!)).toEqual(exampleTree);
    expect(JSON.parse(data.get('nb/overview.json')!)).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('hands the remark side the same data modules the pages use', async () => {
    const { feature, routes } = await runLifecycle(sound);
    const { modules } = feature.remarkPlugin[1];
    expect(modules.trees.get('eksempel-tre')).toBe(
      (routes[0]!.modules as Record<string, string>).data,
    );
    expect(modules.checklists.get('eksempel-liste')).toBe(
      (routes[1]!.modules as Record<string, string>).data,
    );
  });

  it('reports the problems of the files, and outcome links to pages the site does not have', async () => {
    const broken = structuredClone(exampleTree);
    broken.outcomes.vent!.links = [{ label: 'Borte', to: '/retningslinjer/borte#avsnitt' }];
    const { problems } = await runLifecycle({
      'data/beslutningstraer/eksempel-tre.yml': stringify(broken),
      'data/beslutningstraer/annet-tre.yml': stringify({
        ...exampleTree,
        id: 'annet-tre',
        title: '',
      }),
      'data/sjekklister/eksempel-liste.yml': stringify(exampleChecklist),
    });
    expect(problems).toEqual([
      'data/beslutningstraer/annet-tre.yml: title: must not be empty',
      'data/beslutningstraer/eksempel-tre.yml: outcomes.vent.links[0].to: "/retningslinjer/borte#avsnitt" is not a page of the site; write the path of a guideline, how-to or tool, for example /retningslinjer/arkivering',
    ]);
  });

  it('deletes the data module of a tree that was removed, so no page can embed stale data', async () => {
    const first = await runLifecycle(sound);
    const treeModule = first.feature.remarkPlugin[1].modules.trees.get('eksempel-tre')!;
    expect(existsSync(treeModule)).toBe(true);
    // The same site again, without the tree.
    const content = await first.plugin.loadContent!();
    const withoutTree = { ...content, tools: { ...content.tools, trees: [] } };
    await first.plugin.contentLoaded!({
      content: withoutTree,
      actions: fakeActions(first.dataDir).actions,
    });
    expect(existsSync(treeModule)).toBe(false);
    expect(first.feature.remarkPlugin[1].modules.trees.size).toBe(0);
    expect(readFileSync(first.feature.remarkPlugin[1].modules.overview!, 'utf8')).not.toContain(
      'eksempel-tre',
    );
  });

  it('watches the data folders and their translations', () => {
    const { plugin, siteDir } = setUp(sound);
    expect(plugin.getPathsToWatch!()).toEqual([
      path.join(siteDir, 'data/beslutningstraer/*.{yml,yaml}'),
      path.join(siteDir, 'data/sjekklister/*.{yml,yaml}'),
      path.join(siteDir, 'i18n/en/verktoykassa-decision-tools/beslutningstraer/*.{yml,yaml}'),
      path.join(siteDir, 'i18n/en/verktoykassa-decision-tools/sjekklister/*.{yml,yaml}'),
    ]);
  });

  it('uses the translation in its language, and checks every language’s translations in every build', async () => {
    const english = { ...exampleTree, title: 'May I publish the picture?' };
    const broken = structuredClone(exampleTree);
    broken.outcomes.vent!.kind = 'nei';
    const files = {
      ...sound,
      'i18n/en/verktoykassa-decision-tools/beslutningstraer/eksempel-tre.yml': stringify(english),
    };
    const siteDir = temporarySite(files);
    const inEnglish = decisionTools({ checks: createContentChecks() });
    const englishPlugin = (
      inEnglish.plugin as (context: LoadContext) => Plugin<LoadedDecisionTools>
    )(fakeContext(siteDir, 'en'));
    expect((await englishPlugin.loadContent!()).tools.trees[0]!.title).toBe(
      'May I publish the picture?',
    );

    const brokenSite = temporarySite({
      ...sound,
      'i18n/en/verktoykassa-decision-tools/beslutningstraer/eksempel-tre.yml': stringify(broken),
    });
    const inNorwegian = decisionTools({ checks: createContentChecks() });
    const norwegianPlugin = (
      inNorwegian.plugin as (context: LoadContext) => Plugin<LoadedDecisionTools>
    )(fakeContext(brokenSite, 'nb'));
    const loaded = await norwegianPlugin.loadContent!();
    expect(loaded.tools.trees[0]!.title).toBe(exampleTree.title);
    expect(loaded.problems.map(formatProblem)).toContain(
      'i18n/en/verktoykassa-decision-tools/beslutningstraer/eksempel-tre.yml: outcomes.vent.kind: "nei" differs from the source ("spør"); a translation keeps the ids and structure of its source',
    );
  });

  it('marks what the English build shows in Norwegian for want of a translation', async () => {
    const english = { ...exampleTree, title: 'May I publish the picture?' };
    const siteDir = temporarySite({
      ...sound,
      'i18n/en/verktoykassa-decision-tools/beslutningstraer/eksempel-tre.yml': stringify(english),
    });
    const context = fakeContext(siteDir, 'en');
    const plugin = (
      decisionTools({ checks: createContentChecks() }).plugin as (
        context: LoadContext,
      ) => Plugin<LoadedDecisionTools>
    )(context);
    const content = await plugin.loadContent!();
    const recorded = fakeActions(
      path.join(context.generatedFilesDir, 'verktoykassa-decision-tools', 'default'),
    );
    await plugin.contentLoaded!({ content, actions: recorded.actions });
    expect(JSON.parse(recorded.data.get('en/checklist-eksempel-liste.json')!)).toMatchObject({
      untranslated: true,
    });
    expect(JSON.parse(recorded.data.get('en/tree-eksempel-tre.json')!)).not.toHaveProperty(
      'untranslated',
    );
  });
});
