import { routeFiles, startupFiles, type LocaleBuildFacts } from './buildFacts';
import type { PageHtml } from './pageHtml';
import type { PageKind } from './pageKind';

/**
 * A page's initial weight: the JavaScript and CSS a reader's browser downloads
 * before the page is interactive (its HTML's scripts and stylesheets, and the
 * chunks Docusaurus loads for its route before it hydrates), gzipped. The
 * budgets, and which code only some pages may load, are in pageWeightBudgets.ts.
 */

/** Initial JavaScript and CSS allowed for a kind of page, in KB (1,000 bytes), gzipped. */
export type WeightBudget = { js: number; css: number };
export type PageWeightBudgets = Record<PageKind, WeightBudget>;

/** Code that only pages showing a component may load, found by the attribute the component renders. */
export type FeatureCode = {
  /** For people: `decision tree`. */
  feature: string;
  /** The attribute on the component's root element, e.g. `data-decision-tree`. */
  marker: string;
  /** Modules, or folders ending in `/`, by their path in the repository. */
  modules: readonly string[];
};

/** Code named for a rule: `zod`, `the search engine`, and its modules or folders. */
export type NamedCode = { name: string; modules: readonly string[] };

export type CodeRules = {
  features: readonly FeatureCode[];
  /** Code that loads when the reader first uses it, never before a page is interactive. */
  onDemand: readonly NamedCode[];
  /** Code no page may load at all, e.g. the build's validation libraries. */
  forbidden: readonly NamedCode[];
};

/** A built page: its path on the site and what its HTML says. */
export type BuiltPage = { path: string; html: PageHtml };

/** A page weighed: the files it loads (paths from the build folder) and their gzipped bytes. */
export type WeighedPage = {
  path: string;
  kind: PageKind;
  files: string[];
  js: number;
  css: number;
};

const isSameSite = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * The files a page loads before it hydrates, as paths from the build folder
 * (`en/assets/js/main.1a2b.js`). A page that does not load the locale's entry
 * (a redirect page) loads only what its HTML names. A file the HTML names in
 * the locale's `assets/` that the build record does not know means the record
 * is from another build.
 *
 * @param startupImports what the site's client modules `import()` as soon as any page
 *   starts, by request; the bundler cannot tell these from imports made on demand
 */
export function initialFiles(
  page: BuiltPage,
  facts: LocaleBuildFacts,
  startupImports: readonly string[],
): string[] {
  const siteFolder = facts.baseUrl.replace(/^\//, '');
  const recorded = new Set(
    [...facts.entryFiles, ...facts.chunks.flatMap((chunk) => chunk.files)].map(
      (file) => `${siteFolder}${file}`,
    ),
  );
  const fromHtml = [...page.html.scripts, ...page.html.stylesheets].map((url) => {
    if (!isSameSite(url)) {
      throw new Error(`${page.path} loads ${url} from another site; its weight is unknown`);
    }
    return decodeURI(url.replace(/[?#].*$/, '')).slice(1);
  });
  const unknown = fromHtml.filter(
    (file) => file.startsWith(`${siteFolder}assets/`) && !recorded.has(file),
  );
  if (unknown.length > 0) {
    throw new Error(
      `${page.path} loads ${unknown.join(', ')}, which the ${facts.locale} build record does not know: build again (npm run build)`,
    );
  }
  const entry = facts.entryFiles.map((file) => `${siteFolder}${file}`);
  const loadsApp = fromHtml.some((file) => entry.includes(file) && file.endsWith('.js'));
  if (!loadsApp) return [...new Set(fromHtml)];
  const atStartup = startupFiles(facts, startupImports);
  const fromRoute = [...atStartup, ...routeFiles(facts, page.path)].map(
    (file) => `${siteFolder}${file}`,
  );
  return [...new Set([...fromHtml, ...fromRoute])];
}

/** Sums a page's files' gzipped sizes, JavaScript and CSS apart. */
export function weigh(
  page: BuiltPage,
  kind: PageKind,
  files: readonly string[],
  gzippedSize: (file: string) => number,
): WeighedPage {
  let js = 0;
  let css = 0;
  for (const file of files) {
    if (file.endsWith('.js')) js += gzippedSize(file);
    else if (file.endsWith('.css')) css += gzippedSize(file);
  }
  return { path: page.path, kind, files: [...files], js, css };
}

/** Budgets are in KB of 1,000 bytes, as the issue that set the targets counts them. */
export const kilobyte = 1000;
const kb = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;
const bytesText = (bytes: number) => `${bytes.toLocaleString('en-GB')} bytes`;

/**
 * One line per page over its kind's budget, naming the page, its kind, and
 * for JavaScript and CSS each the bytes over and the budget.
 */
export function budgetProblems(
  pages: readonly WeighedPage[],
  budgets: PageWeightBudgets,
): string[] {
  return pages.flatMap((page) => {
    const budget = budgets[page.kind];
    const overs = (['js', 'css'] as const).flatMap((part) => {
      const allowed = budget[part] * kilobyte;
      const over = page[part] - allowed;
      return over > 0
        ? [
            `${part === 'js' ? 'JS' : 'CSS'} ${bytesText(over)} over budget (${kb(page[part])} of ${budget[part]} KB)`,
          ]
        : [];
    });
    return overs.length > 0 ? [`${page.path} (${page.kind}): ${overs.join('; ')}`] : [];
  });
}

const holds = (modules: readonly string[], wanted: readonly string[]) =>
  modules.filter((module) =>
    wanted.some((prefix) => (prefix.endsWith('/') ? module.startsWith(prefix) : module === prefix)),
  );

const listed = (modules: readonly string[]) =>
  modules.length > 3
    ? `${modules.slice(0, 3).join(', ')} and ${modules.length - 3} more`
    : modules.join(', ');

/**
 * Code in the wrong place: any forbidden code in any file; on-demand code in a
 * file some page loads before it is interactive; feature code in a file every
 * page loads (the entry); and, one line per page, feature code a page loads
 * though it does not show the feature.
 *
 * @param chunkModules the modules in each emitted file, by its path from the build folder
 * @param entryFiles the files every page of a locale loads, by their path from the build folder
 */
export function codeProblems(
  pages: readonly (WeighedPage & { markers: ReadonlySet<string> })[],
  chunkModules: ReadonlyMap<string, readonly string[]>,
  entryFiles: ReadonlySet<string>,
  rules: CodeRules,
): string[] {
  const problems: string[] = [];
  for (const [file, modules] of chunkModules) {
    for (const forbidden of rules.forbidden) {
      const found = holds(modules, forbidden.modules);
      if (found.length > 0) {
        problems.push(`${file} holds ${forbidden.name}, which no page may load: ${listed(found)}`);
      }
    }
    // Docusaurus puts every stylesheet in one file; feature code is JavaScript here.
    if (!entryFiles.has(file) || !file.endsWith('.js')) continue;
    for (const feature of rules.features) {
      const found = holds(modules, feature.modules);
      if (found.length > 0) {
        problems.push(
          `${file} (every page loads it) holds ${feature.feature} code: ${listed(found)}`,
        );
      }
    }
  }
  const loadedBy = new Map<string, string[]>();
  for (const page of pages) {
    for (const file of page.files) loadedBy.set(file, [...(loadedBy.get(file) ?? []), page.path]);
  }
  for (const [file, paths] of loadedBy) {
    for (const code of rules.onDemand) {
      const found = holds(chunkModules.get(file) ?? [], code.modules);
      if (found.length === 0) continue;
      const who = entryFiles.has(file)
        ? 'every page loads it'
        : paths.length === 1
          ? `${paths[0]} loads it`
          : `${paths.length} pages load it, e.g. ${paths[0]}`;
      problems.push(
        `${file} (${who} before it is interactive) holds ${code.name}, which should load on demand: ${listed(found)}`,
      );
    }
  }
  for (const page of pages) {
    const misplaced = rules.features.flatMap((feature) => {
      if (page.markers.has(feature.marker)) return [];
      const files = page.files
        .filter((file) => !entryFiles.has(file) && file.endsWith('.js'))
        .map((file) => ({ file, found: holds(chunkModules.get(file) ?? [], feature.modules) }))
        .filter(({ found }) => found.length > 0);
      return files.length > 0
        ? [
            `${feature.feature} code without a ${feature.marker} element: ${files
              .map(({ file, found }) => `${file} (${listed(found)})`)
              .join(', ')}`,
          ]
        : [];
    });
    if (misplaced.length > 0)
      problems.push(`${page.path} (${page.kind}) loads ${misplaced.join('; ')}`);
  }
  return problems;
}
