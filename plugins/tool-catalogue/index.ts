import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { catalogueExport } from '../../src/domain/tools/export';
import type { Tool } from '../../src/domain/tools/tool';
import { loadTools, toolFolder } from './load';

/** The file name of the JSON export, at the root of each locale's site: /verktoy.json, /en/verktoy.json. */
export const exportFileName = 'verktoy.json';

/**
 * The tool catalogue: checks every evaluation when the site loads and writes
 * the catalogue as JSON for other systems. The pages themselves are docs;
 * ./remark.ts gives them their panels and the catalogue components their data.
 */
function toolCataloguePlugin(context: LoadContext): Plugin<Tool[]> {
  return {
    name: 'verktoykassa-tool-catalogue',

    getPathsToWatch() {
      return [path.join(context.siteDir, toolFolder, '*.mdx')];
    },

    async loadContent() {
      return loadTools(context.siteDir);
    },

    async postBuild({ content, outDir, siteConfig }) {
      const siteUrl = `${siteConfig.url}${context.baseUrl}`.replace(/\/$/, '');
      mkdirSync(outDir, { recursive: true });
      writeFileSync(
        path.join(outDir, exportFileName),
        `${JSON.stringify(catalogueExport(content, siteUrl, new Date()), null, 2)}\n`,
      );
    },
  };
}

// The site config lists plugins as PluginModule<unknown>; our content type is ours to know.
export default toolCataloguePlugin as PluginModule;
