import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/content/problems';
import { createContentChecks } from '../shared/contentChecks';
import { exampleTool, exampleTools } from '../../test/fixtures/tools';
import {
  fakeActions,
  fakeAllContent,
  fakeContext,
  temporarySite,
} from '../../test/plugins/fakeDocusaurus';
import toolCatalogue from '.';

/** Docs as Docusaurus loaded them: tool pages with validated frontmatter, and one that failed. */
function toolDoc(tool: (typeof exampleTools)[number]) {
  const { id, ...frontMatter } = tool;
  return { source: `@site/docs/verktoy/${id}.mdx`, permalink: `/verktoy/${id}`, frontMatter };
}
const guidelinePage = {
  source: '@site/docs/retningslinjer/offisielle-kontoer.mdx',
  permalink: '/retningslinjer/offisielle-kontoer',
  title: 'Offisielle kontoer',
  frontMatter: { kind: 'side' },
};

async function runLifecycle(docs: ReturnType<typeof toolDoc>[], locale = 'nb') {
  const siteDir = temporarySite();
  const checks = createContentChecks();
  const feature = toolCatalogue({ checks });
  const context = fakeContext(siteDir, locale);
  const plugin = (feature.plugin as (context: LoadContext) => Plugin<undefined>)(context);
  const recorded = fakeActions(
    path.join(siteDir, '.docusaurus/verktoykassa-tool-catalogue/default'),
  );
  const submitted = checks.collect();
  await plugin.allContentLoaded!({
    allContent: fakeAllContent([guidelinePage, ...docs]),
    actions: recorded.actions,
  });
  return { ...recorded, plugin, feature, siteDir, problems: (await submitted).map(formatProblem) };
}

describe('the tool catalogue plugin', () => {
  it('builds the catalogue from the frontmatter Docusaurus loaded, one data module per use', async () => {
    const { data, problems, feature } = await runLifecycle(exampleTools.map(toolDoc));
    expect(problems).toEqual([]);
    expect(JSON.parse(data.get('nb/summaries.json')!)).toHaveLength(exampleTools.length);
    expect(JSON.parse(data.get('nb/tools.json')!)[0]).toMatchObject({ id: 'bildedeling' });
    expect(feature.remarkPlugin[1].modules.panels.size).toBe(exampleTools.length);
  });

  it('gives each tool page its panel with the titles of its alternatives', async () => {
    const tool = { ...exampleTool, alternatives: ['intranett'] };
    const { data } = await runLifecycle([toolDoc(tool), toolDoc(exampleTools[1]!)]);
    const panel = JSON.parse(data.get('nb/tool-bildedeling.json')!);
    expect(panel.alternatives).toEqual([{ id: 'intranett', title: 'Intranettet' }]);
    expect(panel.guidelines).toEqual([
      { path: '/retningslinjer/offisielle-kontoer', title: 'Offisielle kontoer' },
    ]);
  });

  it('blames a broken tool file only for its own problems, not the tools that name it', async () => {
    const naming = { ...exampleTool, alternatives: ['intranett', 'finnes-ikke'] };
    const broken = {
      source: '@site/docs/verktoy/intranett.mdx',
      permalink: '/verktoy/intranett',
      frontMatter: {},
    };
    const { problems } = await runLifecycle([
      toolDoc(naming),
      broken as ReturnType<typeof toolDoc>,
    ]);
    expect(problems).toEqual([
      'docs/verktoy/bildedeling.mdx: alternatives[1]: "finnes-ikke" is not a tool in the catalogue; tools are bildedeling',
    ]);
  });

  it('refuses a guideline that is not a page, instead of failing later in the page', async () => {
    const tool = { ...exampleTool, guidelines: ['/retningslinjer/borte'] };
    const { problems } = await runLifecycle([toolDoc(tool)]);
    expect(problems).toEqual([
      'docs/verktoy/bildedeling.mdx: guidelines[0]: "/retningslinjer/borte" is not a page of the site; write the path of a guideline, for example /retningslinjer/arkivering',
    ]);
  });

  it('writes /verktoy.json after the build, with absolute links for the locale', async () => {
    const { plugin, siteDir } = await runLifecycle(exampleTools.map(toolDoc), 'en');
    const outDir = path.join(siteDir, 'build/en');
    await plugin.postBuild!({
      outDir,
      siteConfig: { url: 'https://verktoykassa.example.no' },
    } as never);
    const exported = JSON.parse(readFileSync(path.join(outDir, 'verktoy.json'), 'utf8'));
    expect(exported.tools[0].url).toBe('https://verktoykassa.example.no/en/verktoy/bildedeling');
  });
});
