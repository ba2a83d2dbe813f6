import {
  routeBranch,
  routeFiles,
  startupFiles,
  type LocaleBuildFacts,
} from '../pageWeight/buildFacts';

/**
 * A file the service worker could precache, as workbox-build offers it to a
 * manifest transform: its path in the locale's build folder
 * (`veiledninger/samskriving.html`, `assets/js/main.1a2b.js`) and its size in bytes.
 */
export type PrecacheEntry = { url: string; size: number };

export type PrecacheOptions = {
  /** Bytes the precache may hold; pages beyond the core are kept ahead of use only within it. */
  budget: number;
  /** What a client module imports as every page starts, by request (pageWeightBudgets.ts). */
  startupImports: readonly string[];
};

export type PrecacheSelection<T extends PrecacheEntry> = {
  /** The entries kept, in the order they came. */
  manifest: T[];
  /** One line each, for the build log: pages left out, a core over the budget. */
  warnings: string[];
  /** One line for the build log: what is precached, against the budget. */
  summary: string;
};

/**
 * The pages a reader needs offline whatever the size of the site: the home page,
 * the guidelines in force and the postulates, the tool pages and the catalogue,
 * the decision trees and checklists and the page that lists them, the glossary
 * and the list of how-tos. Older editions, the draft and the other languages
 * never reach the selection: `globIgnores` in docusaurus.config.ts takes them out.
 */
const corePages = [
  /^index\.html$/,
  /^retningslinjer(\/[^/]+)?\.html$/,
  /^verktoy(\/[^/]+)?\.html$/,
  /^verktoy-for-a-bestemme\.html$/,
  /^(beslutningstre|sjekkliste)\/[^/]+\.html$/,
  /^ordliste\.html$/,
  /^veiledninger\.html$/,
];

/**
 * Files every page needs besides its code, which stay few and small as pages are
 * added: the stylesheets, the web app manifest, the site's icons and fonts, and
 * the service worker's own chunk.
 */
const siteFiles = [
  /^assets\/css\//,
  /^manifest\.json$/,
  /^img\//,
  /\.(woff2?|ttf|otf|eot)$/,
  /^[^/]+\.sw\.js$/,
];

const isPage = (url: string) => url.endsWith('.html');
const matchesAny = (patterns: readonly RegExp[], url: string) =>
  patterns.some((pattern) => pattern.test(url));
const byUrl = (a: { url: string }, b: { url: string }) =>
  a.url < b.url ? -1 : a.url > b.url ? 1 : 0;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** `veiledninger/a.html` → `/veiledninger/a`; `index.html` → `/` (with the locale's base URL). */
export function pagePathOf(url: string, baseUrl: string): string {
  const path = url.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `${baseUrl}${path}`.replace(/(.)\/$/, '$1');
}

/**
 * The code a page loads before it hydrates, besides what every page loads: the
 * chunks of its routes. A page no route of the client router answers (a redirect
 * page, which loads no code) has none.
 */
function routeCodeOf(facts: LocaleBuildFacts, url: string): string[] {
  const path = pagePathOf(url, facts.baseUrl);
  const branch = routeBranch(facts.routes, path);
  if (branch.every((route) => route.path === '*')) return [];
  return routeFiles(facts, path, branch);
}

/**
 * What the service worker precaches on a reader's first visit, so the precache
 * stays bounded as pages are added while a site of today's size keeps all of it:
 *
 * 1. always: the code every page loads (runtime, main, what client modules import
 *    at start), the site's own files (styles, manifest, icons), and the core pages
 *    with the code they load, so a tree or a checklist works offline from the first visit;
 * 2. then the other pages (how-tos, news), each with the code it loads or not at
 *    all, those that add the fewest bytes first, while the total stays within the budget;
 * 3. then any other file (code loaded on demand, chunks of pages not precached,
 *    downloads), smallest first, within the budget.
 *
 * What is left out the service worker keeps as a reader opens it. The choice
 * depends only on the entries and the build, not on their order.
 */
export function selectPrecache<T extends PrecacheEntry>(
  entries: readonly T[],
  facts: LocaleBuildFacts,
  { budget, startupImports }: PrecacheOptions,
): PrecacheSelection<T> {
  const sizes = new Map(entries.map((entry) => [entry.url, entry.size]));
  const kept = new Set<string>();
  let bytes = 0;
  /** What keeping these files would add: those offered and not kept yet, each once. */
  const addedBytes = (files: readonly string[]) =>
    [...new Set(files)].reduce(
      (sum, file) => (kept.has(file) ? sum : sum + (sizes.get(file) ?? 0)),
      0,
    );
  const keep = (files: readonly string[]) => {
    for (const file of files) {
      const size = sizes.get(file);
      if (size === undefined || kept.has(file)) continue;
      kept.add(file);
      bytes += size;
    }
  };

  const atStartup = startupFiles(facts, startupImports);
  keep(facts.entryFiles);
  keep(atStartup);
  keep(entries.filter((entry) => matchesAny(siteFiles, entry.url)).map((entry) => entry.url));
  const pages = entries.filter((entry) => isPage(entry.url)).sort(byUrl);
  for (const page of pages.filter((entry) => matchesAny(corePages, entry.url))) {
    keep([page.url, ...routeCodeOf(facts, page.url)]);
  }
  const coreBytes = bytes;

  const otherPages = pages
    .filter((page) => !kept.has(page.url))
    .map((page) => {
      const files = [page.url, ...routeCodeOf(facts, page.url)];
      return { url: page.url, files, cost: addedBytes(files) };
    })
    .sort((a, b) => a.cost - b.cost || byUrl(a, b));
  let pagesLeft = 0;
  for (const page of otherPages) {
    if (bytes + addedBytes(page.files) <= budget) keep(page.files);
    else pagesLeft += 1;
  }

  const rest = entries
    .filter((entry) => !kept.has(entry.url) && !isPage(entry.url))
    .sort((a, b) => a.size - b.size || byUrl(a, b));
  for (const entry of rest) {
    if (bytes + entry.size <= budget) keep([entry.url]);
  }

  const manifest = entries.filter((entry) => kept.has(entry.url));
  const where = `${megabytes(budget)}, pageWeightBudgets.ts`;
  const warnings: string[] = [];
  if (coreBytes > budget) {
    warnings.push(
      `${facts.locale}: the core pages and the code every page needs take ${megabytes(coreBytes)}, over the precache budget (${where})`,
    );
  }
  if (pagesLeft > 0) {
    warnings.push(
      `${facts.locale}: ${pagesLeft.toLocaleString('en-GB')} of ${pages.length.toLocaleString('en-GB')} pages are over the precache budget (${where}); readers' browsers keep them as they are read`,
    );
  }
  const summary = `${facts.locale}: ${manifest.length.toLocaleString('en-GB')} files precached, ${megabytes(bytes)} of ${megabytes(budget)}; ${(pages.length - pagesLeft).toLocaleString('en-GB')} of ${pages.length.toLocaleString('en-GB')} pages`;
  return { manifest, warnings, summary };
}
