import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import type { DecisionTools } from '../../src/domain/decisionTools/read';
import { decisionToolPath } from '../../src/domain/decisionTools/overview';
import { checklistFolder, loadDecisionTools, treeFolder } from './load';

/**
 * Decision trees and checklists: checks the data in data/ when the site loads,
 * and gives every tree and checklist a page of its own (/beslutningstre/<id>,
 * /sjekkliste/<id>) that outcomes and overviews can link to.
 * Embedding in MDX pages is done by ./remark.ts.
 */
function decisionToolsPlugin(context: LoadContext): Plugin<DecisionTools> {
  return {
    name: 'verktoykassa-decision-tools',

    getPathsToWatch() {
      return [treeFolder, checklistFolder].map((folder) =>
        path.join(context.siteDir, folder, '*.{yml,yaml}'),
      );
    },

    async loadContent() {
      return loadDecisionTools(context.siteDir);
    },

    async contentLoaded({ content, actions }) {
      const pages = [
        ...content.trees.map((tree) => ({
          kind: 'tree' as const,
          data: tree,
          component: '@site/src/components/DecisionTree/DecisionTreePage',
        })),
        ...content.checklists.map((checklist) => ({
          kind: 'checklist' as const,
          data: checklist,
          component: '@site/src/components/Checklist/ChecklistPage',
        })),
      ];
      for (const page of pages) {
        const dataPath = await actions.createData(
          `${page.kind}-${page.data.id}.json`,
          JSON.stringify(page.data),
        );
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, decisionToolPath(page.kind, page.data.id)]),
          component: page.component,
          modules: { data: dataPath },
          exact: true,
        });
      }
    },
  };
}

// The site config lists plugins as PluginModule<unknown>; our content type is ours to know.
export default decisionToolsPlugin as PluginModule;

/**
 * The trees and checklists for the remark plugin, read again only when a data
 * file has changed, so `npm start` picks up edits without reading the folder
 * for every MDX page it compiles.
 */
export function cachedDecisionTools(siteDir: string): () => DecisionTools {
  let cached: { signature: string; tools: DecisionTools } | undefined;
  const signature = () =>
    [treeFolder, checklistFolder]
      .flatMap((folder) => {
        const directory = path.join(siteDir, folder);
        try {
          return readdirSync(directory).map(
            (name) => `${name}:${statSync(path.join(directory, name)).mtimeMs}`,
          );
        } catch {
          return [`${folder}:none`];
        }
      })
      .join('|');
  return () => {
    const current = signature();
    if (cached?.signature !== current)
      cached = { signature: current, tools: loadDecisionTools(siteDir) };
    return cached.tools;
  };
}
