import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import type { ContentProblem } from '../../src/domain/content/problems';
import { decisionToolPath, decisionToolSummaries } from '../../src/domain/decisionTools/overview';
import { readDecisionTools, type SourceFile } from '../../src/domain/decisionTools/read';
import { translateDecisionTools } from '../../src/domain/decisionTools/translation';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import { linkedPage, similarPages } from '../../src/domain/url';
import { loadedPagePaths } from '../shared/sitePaths';
import remarkDecisionTools, { type DataModules } from './remark';

/** Where contributors keep the data, relative to the site folder. */
export const treeFolder = 'data/beslutningstraer';
export const checklistFolder = 'data/sjekklister';

/** Translations, where Docusaurus keeps a plugin's: i18n/<locale>/<plugin name>/{beslutningstraer,sjekklister}/. */
export function translationFolder(locale: string): string {
  return `i18n/${locale}/verktoykassa-decision-tools`;
}

export type LoadedDecisionTools = ReturnType<typeof readDecisionTools> & {
  /** Shown in the source language in this locale's build, for want of a translation. */
  untranslated: { trees: ReadonlySet<string>; checklists: ReadonlySet<string> };
};

function yamlFiles(siteDir: string, folder: string): SourceFile[] {
  const directory = path.join(siteDir, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(directory, name), 'utf8'),
    }));
}

export type DecisionToolsOptions = { checks?: ContentChecks };

/**
 * Decision trees and checklists. One load per build (and per change under
 * `npm start`) feeds both sides:
 *  - the plugin gives every tree and checklist a page of its own
 *    (/beslutningstre/<id>, /sjekkliste/<id>) and writes each one's checked
 *    data as a JSON module;
 *  - the remark plugin lets MDX pages embed them (`<DecisionTree id="…" />`),
 *    importing that same JSON module, so the bundler rebuilds the page when
 *    the data changes.
 * Problems go to the content model's report with everyone else's.
 */
export default function decisionTools({ checks = siteContentChecks }: DecisionToolsOptions = {}) {
  const modules: DataModules = { trees: new Map(), checklists: new Map(), overview: undefined };

  function decisionToolsPlugin(context: LoadContext): Plugin<LoadedDecisionTools> {
    // Registered when Docusaurus creates the plugin, so only plugins in the config are awaited.
    const source = checks.source('decision-tools');
    const locale = context.i18n.currentLocale;
    return {
      name: 'verktoykassa-decision-tools',

      getPathsToWatch() {
        const translations = context.i18n.locales
          .filter((candidate) => candidate !== context.i18n.defaultLocale)
          .flatMap((candidate) => [
            `${translationFolder(candidate)}/beslutningstraer`,
            `${translationFolder(candidate)}/sjekklister`,
          ]);
        return [treeFolder, checklistFolder, ...translations].map((folder) =>
          path.join(context.siteDir, folder, '*.{yml,yaml}'),
        );
      },

      async loadContent(): Promise<LoadedDecisionTools> {
        const loaded = readDecisionTools(
          yamlFiles(context.siteDir, treeFolder),
          yamlFiles(context.siteDir, checklistFolder),
        );
        // Every language's translations are checked in every build; the current one's are used.
        let tools = loaded.tools;
        let untranslated = { trees: new Set<string>(), checklists: new Set<string>() };
        const problems = [...loaded.problems];
        for (const translationLocale of context.i18n.locales) {
          if (translationLocale === context.i18n.defaultLocale) continue;
          const folder = translationFolder(translationLocale);
          const translated = translateDecisionTools(loaded.tools, {
            trees: yamlFiles(context.siteDir, `${folder}/beslutningstraer`),
            checklists: yamlFiles(context.siteDir, `${folder}/sjekklister`),
          });
          problems.push(...translated.problems);
          if (translationLocale === locale) {
            tools = translated.tools;
            untranslated = translated.untranslated;
          }
        }
        return { ...loaded, tools, problems, untranslated };
      },

      async contentLoaded({ content, actions }) {
        const { trees, checklists } = content.tools;
        const written = new Set<string>();
        const write = async (name: string, data: unknown) => {
          const modulePath = await actions.createData(`${locale}/${name}`, JSON.stringify(data));
          written.add(modulePath);
          return modulePath;
        };
        modules.trees.clear();
        modules.checklists.clear();
        for (const tree of trees) {
          const mark = content.untranslated.trees.has(tree.id) ? { untranslated: true } : {};
          const modulePath = await write(`tree-${tree.id}.json`, { ...tree, ...mark });
          modules.trees.set(tree.id, modulePath);
          actions.addRoute({
            path: normalizeUrl([context.baseUrl, decisionToolPath('tree', tree.id)]),
            component: '@site/src/components/DecisionTree/DecisionTreePage',
            modules: { data: modulePath },
            exact: true,
          });
        }
        for (const checklist of checklists) {
          const mark = content.untranslated.checklists.has(checklist.id)
            ? { untranslated: true }
            : {};
          const modulePath = await write(`checklist-${checklist.id}.json`, {
            ...checklist,
            ...mark,
          });
          modules.checklists.set(checklist.id, modulePath);
          actions.addRoute({
            path: normalizeUrl([context.baseUrl, decisionToolPath('checklist', checklist.id)]),
            component: '@site/src/components/Checklist/ChecklistPage',
            modules: { data: modulePath },
            exact: true,
          });
        }
        modules.overview = await write('overview.json', decisionToolSummaries(content.tools));
        removeStaleModules(written);
      },

      async allContentLoaded({ allContent }) {
        const content = allContent['verktoykassa-decision-tools']?.default as
          LoadedDecisionTools | undefined;
        if (!content) return source.submit([]);
        source.submit([
          ...content.problems,
          ...outcomeLinkProblems(content, loadedPagePaths(allContent, context.baseUrl)),
        ]);
      },
    };
  }

  return {
    plugin: decisionToolsPlugin as PluginModule,
    remarkPlugin: [remarkDecisionTools, { modules }] as [
      typeof remarkDecisionTools,
      { modules: DataModules },
    ],
  };
}

/**
 * Deletes data modules of trees and checklists that no longer exist, so that
 * a page still embedding one fails with a clear message instead of being
 * served from the bundler's cache with the old data.
 */
function removeStaleModules(written: ReadonlySet<string>): void {
  const folders = new Set([...written].map((modulePath) => path.dirname(modulePath)));
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      const modulePath = path.join(folder, name);
      if (!written.has(modulePath)) rmSync(modulePath, { force: true });
    }
  }
}

/** Outcome links must lead to a page of the site; the tree's own file is named, not a rendered page. */
function outcomeLinkProblems(
  { tools: { trees, checklists }, treeFiles }: LoadedDecisionTools,
  pagePaths: ReadonlySet<string>,
): ContentProblem[] {
  const ownPaths = new Set([
    ...trees.map((tree) => decisionToolPath('tree', tree.id)),
    ...checklists.map((checklist) => decisionToolPath('checklist', checklist.id)),
  ]);
  return trees.flatMap((tree) =>
    Object.entries(tree.outcomes).flatMap(([outcomeId, outcome]) =>
      outcome.links.flatMap((link, index): ContentProblem[] => {
        const page = linkedPage(link.to);
        if (pagePaths.has(page) || ownPaths.has(page)) return [];
        return [
          {
            file: treeFiles[tree.id] ?? tree.id,
            field: `outcomes.${outcomeId}.links[${index}].to`,
            message: `"${link.to}" is not a page of the site${similarPages(link.to, pagePaths)}; write the path of a guideline, how-to or tool, for example /retningslinjer/arkivering`,
          },
        ];
      }),
    ),
  );
}
