import { describe, expect, it } from 'vitest';
import { builtPage, exampleFacts } from '../../../test/fixtures/pageWeight';
import {
  budgetProblems,
  codeProblems,
  initialFiles,
  weigh,
  type CodeRules,
  type PageWeightBudgets,
  type WeighedPage,
} from './check';
import { readPageHtml } from './pageHtml';
import { pageKinds } from './pageKind';

const startup = ['workbox-window'];

describe('initialFiles', () => {
  it('is the HTML’s scripts and stylesheets, the startup imports and the route’s chunks, once each', () => {
    expect(initialFiles(builtPage('/veiledninger/a'), exampleFacts, startup)).toEqual([
      'assets/js/runtime~main.1.js',
      'assets/js/main.1.js',
      'assets/css/styles.1.css',
      'assets/js/workbox.js',
      'assets/js/docsRoot.js',
      'assets/js/docsVersion.js',
      'assets/js/docRoot.js',
      'assets/js/shared.js',
      'assets/js/docItem.js',
      'assets/js/howToA.js',
    ]);
  });

  it('gives paths from the build folder for a locale under its own base URL', () => {
    const facts = {
      ...exampleFacts,
      locale: 'en',
      baseUrl: '/en/',
      routes: [{ path: '/en/sok', exact: true, chunkNames: ['searchPage'], routes: [] }],
    };
    const files = initialFiles(builtPage('/en/sok', { base: '/en/' }), facts, []);
    expect(files).toEqual([
      'en/assets/js/runtime~main.1.js',
      'en/assets/js/main.1.js',
      'en/assets/css/styles.1.css',
      'en/assets/js/searchPage.js',
    ]);
  });

  it('is only what the HTML names for a page that does not start the site (a redirect)', () => {
    const redirect = {
      path: '/postulater/',
      html: readPageHtml('<html><meta http-equiv="refresh" content="0; url=/x"></html>'),
    };
    expect(initialFiles(redirect, exampleFacts, startup)).toEqual([]);
  });

  it('fails when the HTML names an asset the record does not know: the record is stale', () => {
    const page = builtPage('/sok');
    page.html.scripts.push('/assets/js/main.2.js');
    expect(() => initialFiles(page, exampleFacts, startup)).toThrow(
      '/sok loads assets/js/main.2.js, which the nb build record does not know: build again (npm run build)',
    );
  });

  it('fails on a script from another site, whose weight it cannot know', () => {
    const page = builtPage('/sok');
    page.html.scripts.push('https://cdn.example.com/x.js');
    expect(() => initialFiles(page, exampleFacts, startup)).toThrow(
      '/sok loads https://cdn.example.com/x.js from another site; its weight is unknown',
    );
  });

  it('fails on a startup import the build does not have', () => {
    expect(() => initialFiles(builtPage('/sok'), exampleFacts, ['gone'])).toThrow(
      'nb: nothing in the build is imported as gone; take it out of startupImports',
    );
  });
});

describe('weigh', () => {
  it('adds up JavaScript and CSS apart', () => {
    const sizes: Record<string, number> = { 'a.js': 1000, 'b.js': 500, 'c.css': 300, 'd.svg': 9 };
    expect(weigh(builtPage('/x'), 'doc', Object.keys(sizes), (file) => sizes[file]!)).toMatchObject(
      { path: '/x', kind: 'doc', js: 1500, css: 300 },
    );
  });
});

const budgets = Object.fromEntries(
  pageKinds.map((kind) => [kind, { js: 100, css: 10 }]),
) as PageWeightBudgets;
const page = (path: string, js: number, css: number): WeighedPage => ({
  path,
  kind: 'guideline',
  files: [],
  js,
  css,
});

describe('budgetProblems', () => {
  it('passes pages at or under their kind’s budget', () => {
    expect(budgetProblems([page('/a', 100_000, 10_000)], budgets)).toEqual([]);
  });

  it('names the page, its kind, JS or CSS and the bytes over, one line per page', () => {
    expect(
      budgetProblems(
        [page('/js', 101_234, 1000), page('/css', 1000, 10_005), page('/both', 102_048, 11_024)],
        budgets,
      ),
    ).toEqual([
      '/js (guideline): JS 1,234 bytes over budget (101.2 KB of 100 KB)',
      '/css (guideline): CSS 5 bytes over budget (10.0 KB of 10 KB)',
      '/both (guideline): JS 2,048 bytes over budget (102.0 KB of 100 KB); CSS 1,024 bytes over budget (11.0 KB of 10 KB)',
    ]);
  });

  it('holds each page to its own kind’s budget', () => {
    const tight = { ...budgets, tree: { js: 50, css: 10 } };
    const tree = { ...page('/beslutningstre/a', 60_000, 0), kind: 'tree' as const };
    expect(budgetProblems([page('/a', 60_000, 0), tree], tight)).toEqual([
      '/beslutningstre/a (tree): JS 10,000 bytes over budget (60.0 KB of 50 KB)',
    ]);
  });
});

describe('codeProblems', () => {
  const rules: CodeRules = {
    features: [
      {
        feature: 'decision tree',
        marker: 'data-decision-tree',
        modules: ['src/components/DecisionTree/', 'src/domain/decisionTree/traversal.ts'],
      },
    ],
    onDemand: [{ name: 'the search engine', modules: ['src/hooks/siteSearchRun.ts'] }],
    forbidden: [{ name: 'zod', modules: ['node_modules/zod/'] }],
  };
  const entry = new Set(['assets/js/main.js', 'assets/css/styles.css']);
  const visit = (path: string, files: string[], markers: string[] = []) => ({
    ...page(path, 0, 0),
    files: ['assets/js/main.js', 'assets/css/styles.css', ...files],
    markers: new Set(markers),
  });

  it('lets a page load feature code when it shows the feature', () => {
    const chunks = new Map([
      ['assets/js/main.js', ['node_modules/react/index.js']],
      ['assets/css/styles.css', ['src/components/DecisionTree/styles.module.css']],
      ['assets/js/tree.js', ['src/components/DecisionTree/index.tsx']],
    ]);
    const pages = [
      visit('/tree', ['assets/js/tree.js'], ['data-decision-tree']),
      visit('/plain', []),
    ];
    expect(codeProblems(pages, chunks, entry, rules)).toEqual([]);
  });

  it('names a page that loads feature code it does not show, with the files and modules', () => {
    const chunks = new Map([
      ['assets/js/main.js', []],
      [
        'assets/js/page.js',
        [
          'docs/a.mdx',
          'src/components/DecisionTree/index.tsx',
          'src/components/DecisionTree/Outline.tsx',
          'src/components/DecisionTree/Outcome.tsx',
          'src/domain/decisionTree/traversal.ts',
        ],
      ],
    ]);
    expect(codeProblems([visit('/a', ['assets/js/page.js'])], chunks, entry, rules)).toEqual([
      '/a (guideline) loads decision tree code without a data-decision-tree element: assets/js/page.js (src/components/DecisionTree/index.tsx, src/components/DecisionTree/Outline.tsx, src/components/DecisionTree/Outcome.tsx and 1 more)',
    ]);
  });

  it('names feature code in a file every page loads once, not once per page', () => {
    const chunks = new Map([['assets/js/main.js', ['src/domain/decisionTree/traversal.ts']]]);
    expect(codeProblems([visit('/a', []), visit('/b', [])], chunks, entry, rules)).toEqual([
      'assets/js/main.js (every page loads it) holds decision tree code: src/domain/decisionTree/traversal.ts',
    ]);
  });

  it('names any file that holds forbidden code', () => {
    const chunks = new Map([['assets/js/x.js', ['node_modules/zod/v4/core/schemas.js']]]);
    expect(codeProblems([], chunks, entry, rules)).toEqual([
      'assets/js/x.js holds zod, which no page may load: node_modules/zod/v4/core/schemas.js',
    ]);
  });

  it('names a file loaded before a page is interactive that holds on-demand code, once', () => {
    const chunks = new Map([
      ['assets/js/main.js', ['src/hooks/siteSearchRun.ts']],
      ['assets/js/searchPage.js', ['src/hooks/siteSearchRun.ts']],
      ['assets/js/lazy.js', ['src/hooks/siteSearchRun.ts']],
    ]);
    const pages = [visit('/a', []), visit('/sok', ['assets/js/searchPage.js'])];
    expect(codeProblems(pages, chunks, entry, rules)).toEqual([
      'assets/js/main.js (every page loads it before it is interactive) holds the search engine, which should load on demand: src/hooks/siteSearchRun.ts',
      'assets/js/searchPage.js (/sok loads it before it is interactive) holds the search engine, which should load on demand: src/hooks/siteSearchRun.ts',
    ]);
  });
});
