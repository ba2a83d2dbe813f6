import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AllContent, LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { DocFrontMatter } from '../../src/domain/content/schemas';
import { isDocFrontMatter } from '../../src/domain/content/validated';
import { catalogueExport } from '../../src/domain/tools/export';
import { toolSummaries } from '../../src/domain/tools/summary';
import { catalogueProblems, type Tool } from '../../src/domain/tools/tool';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import { loadedPagePaths, loadedPageTitles } from '../shared/sitePaths';
import remarkToolCatalogue, { type CatalogueModules } from './remark';

/** The file name of the JSON export, at the root of each locale's site: /verktoy.json, /en/verktoy.json. */
export const exportFileName = 'verktoy.json';

type LoadedDoc = { source: string; frontMatter: Record<string, unknown> | DocFrontMatter };
type DocsContent = { loadedVersions: { versionName: string; docs: LoadedDoc[] }[] };

export type ToolCatalogueOptions = {
  /** The docs plugin instance that holds the tool evaluations. */
  docsPluginId?: string;
  checks?: ContentChecks;
};

/** `@site/docs/verktoy/facebook.mdx` → folder `@site/docs/verktoy`, id `facebook`. */
function splitSource(source: string): { folder: string; id: string } {
  return {
    folder: path.posix.dirname(source),
    id: path.posix.basename(source).replace(/\.mdx?$/, ''),
  };
}

/** The tool evaluations among the docs Docusaurus loaded, with the frontmatter the content model produced. */
export function toolsFromDocs(docs: readonly LoadedDoc[]): {
  tools: { tool: Tool; file: string }[];
  brokenToolIds: Set<string>;
} {
  const tools: { tool: Tool; file: string }[] = [];
  for (const doc of docs) {
    const frontMatter = doc.frontMatter;
    if (isDocFrontMatter(frontMatter) && frontMatter.kind === 'verktoy') {
      tools.push({
        tool: { ...frontMatter, id: splitSource(doc.source).id },
        file: doc.source.replace(/^@site\//, ''),
      });
    }
  }
  const toolFolders = new Set(tools.map(({ file }) => path.posix.dirname(`@site/${file}`)));
  const brokenToolIds = new Set(
    docs
      .filter((doc) => !isDocFrontMatter(doc.frontMatter))
      .map((doc) => splitSource(doc.source))
      .filter(({ folder }) => toolFolders.has(folder))
      .map(({ id }) => id),
  );
  return { tools, brokenToolIds };
}

function docsOf(allContent: AllContent, pluginId: string): LoadedDoc[] {
  const content = allContent['docusaurus-plugin-content-docs']?.[pluginId] as
    DocsContent | undefined;
  return content?.loadedVersions.find((version) => version.versionName === 'current')?.docs ?? [];
}

/**
 * The tool catalogue. Tool evaluations are docs; the catalogue is built from
 * the frontmatter the content model already validated when Docusaurus loaded
 * them (no second read of docs/verktoy). It writes the catalogue as JSON
 * modules that `<ToolCatalogue />`, `<ToolRadar />`, `<ToolCompare />` and
 * every tool page import (see ./remark.ts), and the public export
 * /verktoy.json after a build.
 */
export default function toolCatalogue({
  docsPluginId = 'default',
  checks = siteContentChecks,
}: ToolCatalogueOptions = {}) {
  const modules: CatalogueModules = {
    summaries: undefined,
    tools: undefined,
    panels: new Map(),
    assessed: new Set(),
  };
  let catalogue: Tool[] = [];

  function toolCataloguePlugin(context: LoadContext): Plugin<undefined> {
    // Registered when Docusaurus creates the plugin, so only plugins in the config are awaited.
    const source = checks.source('tool-catalogue');
    const locale = context.i18n.currentLocale;
    return {
      name: 'verktoykassa-tool-catalogue',

      async allContentLoaded({ allContent, actions }) {
        const { tools, brokenToolIds } = toolsFromDocs(docsOf(allContent, docsPluginId));
        source.submit(
          catalogueProblems(tools, {
            brokenToolIds,
            pagePaths: loadedPagePaths(allContent, context.baseUrl),
          }),
        );
        catalogue = tools.map(({ tool }) => tool);
        const write = (name: string, data: unknown) =>
          actions.createData(`${locale}/${name}`, JSON.stringify(data));
        modules.summaries = await write('summaries.json', toolSummaries(catalogue));
        modules.tools = await write('tools.json', catalogue);
        modules.panels.clear();
        modules.assessed = new Set(
          catalogue.filter((tool) => tool.assessment).map((tool) => tool.id),
        );
        const titleOf = new Map(catalogue.map((tool) => [tool.id, tool.title]));
        // Guidelines live in another docs instance; their titles are looked up here, not in the page.
        const pageTitles = loadedPageTitles(allContent, context.baseUrl);
        for (const tool of catalogue) {
          const alternatives = tool.alternatives.map((id) => ({
            id,
            title: titleOf.get(id) ?? id,
          }));
          const guidelines = tool.guidelines.map((guideline) => ({
            path: guideline,
            title: pageTitles.get(guideline.replace(/#.*$/, '')) ?? guideline,
          }));
          modules.panels.set(
            tool.id,
            await write(`tool-${tool.id}.json`, { tool, alternatives, guidelines }),
          );
        }
      },

      async postBuild({ outDir, siteConfig }) {
        const siteUrl = `${siteConfig.url}${context.baseUrl}`.replace(/\/$/, '');
        mkdirSync(outDir, { recursive: true });
        writeFileSync(
          path.join(outDir, exportFileName),
          `${JSON.stringify(catalogueExport(catalogue, siteUrl, new Date()), null, 2)}\n`,
        );
      },
    };
  }

  return {
    plugin: toolCataloguePlugin as PluginModule,
    remarkPlugin: [remarkToolCatalogue, { modules }] as [
      typeof remarkToolCatalogue,
      { modules: CatalogueModules },
    ],
  };
}
