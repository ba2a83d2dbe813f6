import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFactsFile } from '../../plugins/page-weight';
import { buildFactsVersion, type LocaleBuildFacts } from '../../src/domain/pageWeight/buildFacts';
import {
  initialFiles,
  weigh,
  type BuiltPage,
  type WeighedPage,
} from '../../src/domain/pageWeight/check';
import { readPageHtml } from '../../src/domain/pageWeight/pageHtml';
import { pageKindOf } from '../../src/domain/pageWeight/pageKind';

/** A weighed page with the `data-*` attributes its HTML carries, which say what it shows. */
export type WeighedSitePage = WeighedPage & { markers: ReadonlySet<string> };

export type WeighedSite = {
  pages: WeighedSitePage[];
  /** The modules in each emitted file, by its path from the build folder. */
  chunkModules: Map<string, string[]>;
  /** The files every page of a locale loads (runtime, main, styles), by path from the build folder. */
  entryFiles: Set<string>;
};

/** Every locale's record of the last build (plugins/page-weight), longest base URL first. */
export function readBuildFacts(siteDir: string): LocaleBuildFacts[] {
  const folder = path.dirname(buildFactsFile(path.join(siteDir, '.docusaurus'), 'nb'));
  if (!existsSync(folder)) {
    throw new Error(`No build record in ${folder}: run \`npm run build\` first.`);
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const facts = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as LocaleBuildFacts;
      if (facts.version !== buildFactsVersion) {
        throw new Error(`${name} is a build record of another format: run \`npm run build\`.`);
      }
      return facts;
    })
    .sort((a, b) => b.baseUrl.length - a.baseUrl.length);
}

/** The path a built HTML file is served at (`trailingSlash: false`: a/b.html is /a/b). */
export function pagePathOf(fileInBuild: string): string {
  const withSlashes = `/${fileInBuild.split(path.sep).join('/')}`;
  if (withSlashes.endsWith('/index.html')) return withSlashes.slice(0, -'index.html'.length);
  return withSlashes === '/404.html' || withSlashes.endsWith('/404.html')
    ? withSlashes
    : withSlashes.replace(/\.html$/, '');
}

/** Every HTML file in the build, by its path from the build folder. */
export function htmlFilesIn(buildDir: string): string[] {
  return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** The record of the locale whose site a page belongs to. */
export function factsForPage(facts: readonly LocaleBuildFacts[], pagePath: string) {
  const found = facts.find(
    (locale) => pagePath.startsWith(locale.baseUrl) || `${pagePath}/` === locale.baseUrl,
  );
  if (!found) throw new Error(`${pagePath}: no build record for its locale; run \`npm run build\``);
  return found;
}

/** Reads a built page's HTML; what it loads before it hydrates, by path from the build folder. */
export function initialFilesOfPage(
  siteDir: string,
  facts: readonly LocaleBuildFacts[],
  fileInBuild: string,
  startupImports: readonly string[],
): { page: BuiltPage; files: string[]; locale: LocaleBuildFacts } {
  const pagePath = pagePathOf(fileInBuild);
  const html = readPageHtml(readFileSync(path.join(siteDir, 'build', fileInBuild), 'utf8'));
  const page = { path: pagePath, html };
  const locale = factsForPage(facts, pagePath);
  return { page, files: initialFiles(page, locale, startupImports), locale };
}

/** Weighs every HTML page in `build/`, both locales, every edition. */
export function weighBuiltSite(siteDir: string, startupImports: readonly string[]): WeighedSite {
  const buildDir = path.join(siteDir, 'build');
  const facts = readBuildFacts(siteDir);
  const sizes = new Map<string, number>();
  const gzippedSize = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(buildDir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const pages = htmlFilesIn(buildDir).map((fileInBuild) => {
    const { page, files, locale } = initialFilesOfPage(siteDir, facts, fileInBuild, startupImports);
    const kind = pageKindOf(page.path, locale.baseUrl, page.html);
    return { ...weigh(page, kind, files, gzippedSize), markers: page.html.dataAttributes };
  });
  const inBuild = (locale: LocaleBuildFacts, file: string) =>
    `${locale.baseUrl.replace(/^\//, '')}${file}`;
  const chunkModules = new Map(
    facts.flatMap((locale) =>
      locale.chunks.flatMap((chunk) =>
        chunk.files.map((file) => [inBuild(locale, file), chunk.modules] as const),
      ),
    ),
  );
  const entryFiles = new Set(
    facts.flatMap((locale) => locale.entryFiles.map((file) => inBuild(locale, file))),
  );
  return { pages, chunkModules, entryFiles };
}
