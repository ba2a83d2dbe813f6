import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import editions from '../../plugins/editions';
import { readBuiltDocuments } from '../../plugins/search/documents';
import type { SearchDocument } from '../../plugins/search/extract';
import { IndexerError } from './errors';

/** The docs instance whose versions are the guideline editions, as docusaurus.config.ts names it. */
const guidelinesPluginId = 'retningslinjer';

/** Folders of a build that hold no pages of their own. */
const notPages = new Set(['assets', 'img', 'pagefind', 'pagefind-utgaver']);

export type SiteFacts = {
  siteUrl: string;
  baseUrl: string;
  siteTitle: string;
  /** Locale codes, the default (served at the base URL) first. */
  locales: readonly string[];
};

export type LocaleBuild = { locale: string; outDir: string; baseUrl: string };

/** Where Docusaurus writes each locale: the default at the root of the build, the others in a folder each. */
export function localeBuildsOf(buildDir: string, site: SiteFacts): LocaleBuild[] {
  return site.locales.map((locale, index) =>
    index === 0
      ? { locale, outDir: buildDir, baseUrl: site.baseUrl }
      : {
          locale,
          outDir: path.join(buildDir, locale),
          baseUrl: `${site.baseUrl}${locale}/`,
        },
  );
}

/**
 * The path segments of the guideline editions that are not in force (older
 * editions and the draft, `2025`, `utkast`), worked out as the site's config
 * does: from retningslinjer_versions.json and `EDITIONS`, through the editions
 * plugin's version options. The edition in force has no segment of its own.
 */
export function editionSegmentsOf(
  siteDir: string,
  includedEditions: readonly string[] | undefined,
): string[] {
  const { versionOptions } = editions({ siteDir, docsPluginId: guidelinesPluginId });
  const versions = versionOptions(includedEditions).versions ?? {};
  return Object.values(versions).flatMap((version) =>
    version.path === undefined ? [] : [version.path],
  );
}

/**
 * The route paths of a locale's build, read from its HTML files: `verktoy/x.html`
 * is `/verktoy/x` (trailingSlash: false), `index.html` the base URL. Other
 * locales' folders inside the default locale's build are left to their own turn.
 */
export async function routePathsOf(
  outDir: string,
  baseUrl: string,
  skipFolders: readonly string[],
): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const routes: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const relative = path
      .relative(outDir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    const top = relative.split('/')[0]!;
    if (relative.includes('/') && (notPages.has(top) || skipFolders.includes(top))) continue;
    const route = relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
    routes.push(`${baseUrl}${route}`);
  }
  return routes.sort();
}

export type LocaleDocuments = { locale: string; documents: SearchDocument[] };

/**
 * Every page of every locale's build as the search sees it, through the same
 * reader as the embedded search. A locale without a build stops the indexer:
 * replacing the index with one language would delete the other's records.
 */
export async function readSiteDocuments(
  buildDir: string,
  site: SiteFacts,
  editionSegments: readonly string[],
): Promise<LocaleDocuments[]> {
  const builds = localeBuildsOf(buildDir, site);
  const otherLocales = site.locales.slice(1);
  const result: LocaleDocuments[] = [];
  for (const build of builds) {
    if (!existsSync(path.join(build.outDir, 'index.html'))) {
      throw new IndexerError(
        `${path.relative(process.cwd(), build.outDir) || '.'} has no built site for locale "${build.locale}"; run npm run build (every locale) before npm run search:algolia`,
      );
    }
    const routes = await routePathsOf(
      build.outDir,
      build.baseUrl,
      build.outDir === buildDir ? otherLocales : [],
    );
    const documents = await readBuiltDocuments(
      { outDir: build.outDir, baseUrl: build.baseUrl, editionSegments, siteTitle: site.siteTitle },
      routes,
    );
    result.push({ locale: build.locale, documents });
  }
  return result;
}
