import type { CodeRules, PageWeightBudgets } from './src/domain/pageWeight/check';

/**
 * How much JavaScript and CSS a page may load before it is interactive, by kind
 * of page, in KiB (1,024 bytes) gzipped. `npm run check:weight` weighs every HTML
 * page in build/ (both locales, every edition) after `npm run build` and fails
 * on a page over its kind's budget. What counts and how: DEVELOPING.md, "Page weight".
 *
 * Every page pays for the same start: React and Docusaurus's runtime and theme
 * (main.js), the site's one stylesheet, and the service worker's helper. The
 * budgets are today's heaviest page of each kind with a little headroom.
 */
export const pageWeightBudgets = {
  doc: { js: 221, css: 21 },
  guideline: { js: 223, css: 21 },
  tool: { js: 217, css: 21 },
  tree: { js: 192, css: 21 },
  checklist: { js: 190, css: 21 },
  catalogue: { js: 236, css: 21 },
  print: { js: 270, css: 21 },
  home: { js: 184, css: 21 },
  search: { js: 184, css: 21 },
  other: { js: 209, css: 21 },
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
