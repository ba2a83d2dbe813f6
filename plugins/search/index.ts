import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AllContent, LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import type { ContentProblem } from '../../src/domain/content/problems';
import { decodedTextProblems, parseYamlMapping } from '../../src/domain/content/yaml';
import type { SearchGlobalData } from '../../src/domain/search/engine';
import { readSynonyms } from '../../src/domain/search/synonymFile';
import type { SynonymsByLocale } from '../../src/domain/search/synonyms';
import { siteContentChecks, type ContentChecks } from '../shared/contentChecks';
import { builtDocuments } from './documents';
import { writeSearchFiles } from './pagefindIndex';

/** Where contributors keep the synonyms, relative to the site folder. */
export const synonymsFile = 'data/synonymer.yml';

/** The path of the full results page, under each locale's base URL. */
export const searchPagePath = 'sok';

export type LoadedSearch = { synonyms: SynonymsByLocale; problems: ContentProblem[] };

/** Reads and checks the synonym file; a missing file means no synonyms, not an error. */
export function loadSynonyms(siteDir: string, locales: readonly string[]): LoadedSearch {
  const file = path.join(siteDir, synonymsFile);
  if (!existsSync(file)) return { synonyms: {}, problems: [] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseYamlMapping(synonymsFile, text, { what: 'the file', firstLine: 1 });
  const problems = [...decodedTextProblems(synonymsFile, text), ...parsed.problems];
  if (parsed.problems.length > 0) return { synonyms: {}, problems };
  const read = readSynonyms(synonymsFile, parsed.data, locales);
  return { synonyms: read.synonyms, problems: [...problems, ...read.problems] };
}

type DocsVersion = { path: string; isLast: boolean; versionName: string; label: string };

/** The guideline editions other than the one in force: their path segment and label. */
function otherEditions(allContent: AllContent, guidelinesPluginId: string): Map<string, string> {
  const content = allContent['docusaurus-plugin-content-docs']?.[guidelinesPluginId] as
    { loadedVersions: DocsVersion[] } | undefined;
  const editions = new Map<string, string>();
  for (const version of content?.loadedVersions ?? []) {
    if (version.isLast) continue;
    const segment = version.path.split('/').filter(Boolean).pop();
    if (segment !== undefined) editions.set(segment, version.label);
  }
  return editions;
}

export type SiteSearchOptions = {
  /** The docs plugin id of the guidelines, whose older editions the default search leaves out. */
  guidelinesPluginId: string;
  checks?: ContentChecks;
};

/**
 * The embedded search: after each locale's build it indexes the built pages
 * with Pagefind, so the index holds exactly what readers see; the SearchBar it
 * provides loads that index only when a reader starts to search. Synonyms come
 * from data/synonymer.yml, checked with the rest of the content.
 */
export default function siteSearch({
  guidelinesPluginId,
  checks = siteContentChecks,
}: SiteSearchOptions) {
  function siteSearchPlugin(context: LoadContext): Plugin<LoadedSearch> {
    const source = checks.source('search');
    const locale = context.i18n.currentLocale;
    let editions = new Map<string, string>();
    return {
      name: 'verktoykassa-search',

      getThemePath() {
        return path.join(context.siteDir, 'plugins/search/theme');
      },

      getPathsToWatch() {
        return [path.join(context.siteDir, synonymsFile)];
      },

      async loadContent() {
        return loadSynonyms(context.siteDir, context.i18n.locales);
      },

      async contentLoaded({ content, actions }) {
        actions.setGlobalData({
          synonyms: content.synonyms[locale] ?? [],
          searchPagePath,
        } satisfies SearchGlobalData);
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, searchPagePath]),
          component: '@site/src/components/SiteSearch/SearchPage',
          exact: true,
        });
      },

      async allContentLoaded({ allContent }) {
        editions = otherEditions(allContent, guidelinesPluginId);
        const content = allContent['verktoykassa-search']?.default as LoadedSearch | undefined;
        source.submit(content?.problems ?? []);
      },

      async postBuild({ outDir, routesPaths }) {
        const started = Date.now();
        const documents = builtDocuments(
          {
            outDir,
            baseUrl: context.baseUrl,
            editionSegments: [...editions.keys()],
            siteTitle: context.siteConfig.title,
          },
          routesPaths,
        );
        const counts = await writeSearchFiles(context.siteDir, outDir, documents, editions);
        console.log(
          `[search] ${locale}: indexed ${counts.current} pages, and ${counts.editions} in other editions, in ${Date.now() - started} ms`,
        );
      },
    };
  }

  return { plugin: siteSearchPlugin as PluginModule };
}
