import type { CodeRules, PageWeightBudgets } from './src/domain/pageWeight/check';

/**
 * How much JavaScript and CSS a page may load before it is interactive, by kind
 * of page, in KB (1,000 bytes) gzipped. `npm run check:weight` weighs every HTML
 * page in build/ (both locales, every edition) after `npm run build` and fails
 * on a page over its kind's budget. What counts and how: DEVELOPING.md, "Page weight".
 *
 * Every page that starts the site pays the same 176 KB first (November 2026,
 * about 80 pages a locale): main.js 168 KB (React DOM 65, Prism 35, which
 * theme-classic's client module loads on every page, Docusaurus's runtime and
 * theme, the routes and their registry, the search box), the runtime 5, and
 * workbox-window 2 for the service worker; and the one stylesheet, 21 KB, which
 * holds the CSS of every page. English pages are about 4 KB heavier: their
 * main.js carries the English UI strings. A docs page adds 25 to 45 KB: the
 * docs layout and sidebar, the page's own text as code, and the data of what it
 * embeds. Each budget is today's heaviest page of the kind (named below) with
 * about 2 % headroom: room for a fix, not for a new dependency. The issue's
 * targets for a docs page are 180 KB at 1,000 pages and 200 KB at 5,000; see
 * DEVELOPING.md for how far that is.
 */
export const pageWeightBudgets = {
  // How-tos and plain pages; heaviest /en/veiledninger/ros-analyse-for-ny-kanal (220.3),
  // which embeds a checklist.
  doc: { js: 225, css: 22 },
  // Guidelines and postulates, every edition; heaviest /retningslinjer/ansattes-bruk
  // (222.6), a long text with a tree and a checklist in it.
  guideline: { js: 227, css: 22 },
  // A tool's evaluation with its status panel and history; heaviest /en/verktoy/facebook (216.5).
  tool: { js: 221, css: 22 },
  // A tree's own page: no docs layout, the tree and its diagram; heaviest
  // /en/beslutningstre/kan-jeg-publisere (190.7).
  tree: { js: 195, css: 22 },
  // A checklist's own page; heaviest /en/sjekkliste/ny-konto (188.8).
  checklist: { js: 193, css: 22 },
  // The catalogue's table, radar and comparison carry every tool's data; heaviest
  // /en/verktoy/sammenlign (236.0), which compares whole evaluations.
  catalogue: { js: 241, css: 22 },
  // An edition on one page for print and archive: every guideline of the edition as
  // code; heaviest /utgaver/2026-2/utskrift (270.5).
  print: { js: 276, css: 22 },
  // The home page: the start and the newest posts; /en/ (182.8).
  home: { js: 187, css: 22 },
  // The search page, before a query (the search code loads with the first one); /en/sok (183.2).
  search: { js: 187, css: 22 },
  // News, editions, what changed, content status, the 404 page, redirects (0);
  // heaviest /en/nytt (208.4).
  other: { js: 213, css: 22 },
} satisfies PageWeightBudgets;

/**
 * Code only the pages that show a component may load, and code no page may
 * load. The check reads which modules went into which file from the build, and
 * what a page shows from the attribute each component puts on its root.
 */
export const codeRules = {
  features: [
    {
      feature: 'decision tree',
      marker: 'data-decision-tree',
      modules: [
        'src/components/DecisionTree/',
        'src/domain/decisionTree/',
        'src/hooks/useDecisionTreePath.ts',
      ],
    },
    {
      feature: 'checklist',
      marker: 'data-checklist',
      // Not items.ts and shareLink.ts: a tree's outcome links to its checklist with them.
      modules: [
        'src/components/Checklist/',
        'src/domain/checklist/progress.ts',
        'src/domain/checklist/markdown.ts',
        'src/hooks/useChecklistProgress.ts',
      ],
    },
    {
      feature: 'tool catalogue',
      marker: 'data-tool-catalogue',
      modules: [
        'src/components/ToolCatalogue/',
        'src/domain/tools/filter.ts',
        'src/hooks/useFilteredTools.ts',
      ],
    },
    {
      feature: 'tool radar',
      marker: 'data-tool-radar',
      modules: ['src/components/ToolRadar/', 'src/domain/tools/radar.ts'],
    },
    {
      feature: 'tool comparison',
      marker: 'data-tool-compare',
      modules: [
        'src/components/ToolCompare/',
        'src/domain/tools/compare.ts',
        'src/hooks/useComparedTools.ts',
      ],
    },
  ],
  // The navbar's search box is on every page; what runs a search loads when the reader
  // comes to the box (src/hooks/useSiteSearch.ts).
  onDemand: [
    {
      name: 'the search engine',
      modules: [
        'src/hooks/siteSearchRun.ts',
        'src/hooks/pagefindBackend.ts',
        'src/domain/search/engine.ts',
        'src/domain/search/typos.ts',
        'src/domain/search/synonyms.ts',
      ],
    },
  ],
  // The build validates content with these; the browser only reads what they produced.
  forbidden: [
    { name: 'zod', modules: ['node_modules/zod/'] },
    { name: 'yaml', modules: ['node_modules/yaml/'] },
  ],
} satisfies CodeRules;

/**
 * What a client module imports as every page starts, by request. The build cannot
 * tell these from imports made on demand, so they are named here; the browser
 * test (e2e/pageWeight.spec.ts) fails if the list and the browser disagree.
 * - workbox-window: @docusaurus/plugin-pwa registers the service worker with it.
 */
export const startupImports = ['workbox-window'];

/**
 * How many bytes the service worker may precache on a reader's first visit, per
 * locale (uncompressed, as workbox-build counts them; 1 MB = 1,000,000 bytes).
 * The core pages (home, guidelines in force, postulates, tools and the catalogue,
 * trees and checklists, the glossary, the list of how-tos) and the code every page
 * needs are always precached; other pages with their code only within this
 * budget; the rest is kept as readers open it (src/domain/offline/precache.ts,
 * README "Reading offline").
 *
 * In November 2026 (74 pages in each language) all of it is 5.9 MB in Norwegian and
 * 5.2 MB in English, so everything is precached. 8 MB leaves 2 MB for growth,
 * some 40 more how-tos at about 50 KB each with their code, and keeps a first
 * visit on a phone to what a few large web pages cost. With 1,000 generated
 * how-tos all of it would be 71 MB. When pages are left out, the build prints a
 * warning with how many; raise the budget on purpose, with the reason here.
 */
export const precacheBudget = 8_000_000;
