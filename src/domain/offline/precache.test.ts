import { describe, expect, it } from 'vitest';
import { precacheBudget, startupImports } from '../../../pageWeightBudgets';
import type { BuiltRoute, LocaleBuildFacts } from '../pageWeight/buildFacts';
import { pagePathOf, selectPrecache, type PrecacheEntry } from './precache';

const kB = 1000;

/** Sizes in bytes of a site's files, near this site's in November 2026 unless a test says otherwise. */
type Sizes = { main: number; sidebar: number; page: number; pageCode: number };
const todaysSizes: Sizes = { main: 548 * kB, sidebar: 15 * kB, page: 32 * kB, pageCode: 10 * kB };

/**
 * A locale's build as workbox-build and the page-weight record see it: the files
 * offered for the precache, and the routes with the chunks each loads. Docs pages
 * (guidelines, tools, how-tos, the glossary) share the docs layout and the sidebar;
 * the home page, trees, checklists and news load chunks of their own.
 */
function builtSite({ howTos, sizes = todaysSizes }: { howTos: number; sizes?: Sizes }) {
  const entries: PrecacheEntry[] = [];
  const chunkGroups: Record<string, string[]> = {};
  const file = (url: string, size: number) => {
    entries.push({ url, size });
    return url;
  };
  const group = (name: string, size: number) => {
    chunkGroups[name] = [file(`assets/js/${name}.1a2b.js`, size), 'assets/css/styles.1a2b.css'];
    return name;
  };
  const page = (path: string, chunkNames: string[]): BuiltRoute => {
    file(`${path.slice(1) || 'index'}.html`, sizes.page);
    return { path, exact: true, chunkNames, routes: [] };
  };
  const docsPage = (path: string) => page(path, [group(`content-${path}`, sizes.pageCode)]);

  const entryFiles = [
    file('assets/js/runtime~main.1a2b.js', 5 * kB),
    file('assets/css/styles.1a2b.css', 104 * kB),
    file('assets/js/main.1a2b.js', sizes.main),
  ];
  group('workbox-window', 6 * kB);
  file('manifest.json', 360);
  file('img/logo.svg', 375);
  file('341.sw.js', 908);
  file('verktoy.json', 72 * kB);
  // Code loaded on demand (the search engine) and the chunks of pages not precached (editions).
  for (let index = 0; index < 100; index += 1) file(`assets/js/later-${index}.1a2b.js`, 20 * kB);

  const guidelines = ['arkivering', 'ansattes-bruk', 'postulater'].map((slug) =>
    docsPage(`/retningslinjer/${slug}`),
  );
  const docs = [
    docsPage('/verktoy'),
    ...Array.from({ length: 30 }, (_, index) => docsPage(`/verktoy/verktoy-${index}`)),
    docsPage('/verktoy-for-a-bestemme'),
    docsPage('/ordliste'),
    docsPage('/veiledninger'),
    docsPage('/tilgjengelighetserklaering'),
    ...Array.from({ length: howTos }, (_, index) => docsPage(`/veiledninger/side-${index}`)),
  ];
  const routes: BuiltRoute[] = [
    page('/', [group('home', 5 * kB)]),
    page('/beslutningstre/kan-jeg-publisere', [group('tree', 16 * kB)]),
    page('/sjekkliste/ny-konto', [group('checklist', 17 * kB)]),
    page('/nytt/2026/11/10/et-ar', [group('blog-post', 22 * kB), group('post-et-ar', 7 * kB)]),
    page('/retningslinjer', [group('guidelines-home', 3 * kB)]),
    {
      path: '/retningslinjer',
      exact: false,
      chunkNames: [group('guidelines-layout', 60 * kB)],
      routes: guidelines,
    },
    {
      path: '/',
      exact: false,
      chunkNames: [group('docs-layout', 60 * kB), group('sidebar', sizes.sidebar)],
      routes: docs,
    },
    { path: '*', exact: false, chunkNames: [group('@theme/NotFound', 3 * kB)], routes: [] },
  ];
  // A redirect page: plain HTML that loads no code.
  file('postulater/index.html', 600);

  const facts: LocaleBuildFacts = {
    version: 1,
    locale: 'nb',
    baseUrl: '/',
    entryFiles,
    chunkGroups,
    chunks: [],
    routes,
  };
  return { entries, facts };
}

const totalOf = (entries: readonly PrecacheEntry[]) =>
  entries.reduce((sum, entry) => sum + entry.size, 0);
const urlsOf = (entries: readonly PrecacheEntry[]) => entries.map((entry) => entry.url);

/** Everything every reader needs offline, whatever the site's size. */
const core = [
  'assets/js/runtime~main.1a2b.js',
  'assets/js/main.1a2b.js',
  'assets/css/styles.1a2b.css',
  'assets/js/workbox-window.1a2b.js',
  'manifest.json',
  'img/logo.svg',
  'index.html',
  'assets/js/home.1a2b.js',
  'retningslinjer.html',
  'retningslinjer/arkivering.html',
  'retningslinjer/postulater.html',
  'assets/js/guidelines-layout.1a2b.js',
  'assets/js/content-/retningslinjer/arkivering.1a2b.js',
  'verktoy.html',
  'verktoy/verktoy-7.html',
  'assets/js/content-/verktoy/verktoy-7.1a2b.js',
  'verktoy-for-a-bestemme.html',
  'beslutningstre/kan-jeg-publisere.html',
  'assets/js/tree.1a2b.js',
  'sjekkliste/ny-konto.html',
  'assets/js/checklist.1a2b.js',
  'ordliste.html',
  'veiledninger.html',
  'assets/js/docs-layout.1a2b.js',
  'assets/js/sidebar.1a2b.js',
];

describe('what the service worker precaches', () => {
  it('keeps all of a site of today’s size, with room to grow', () => {
    // About 75 pages and 6 MB, as the Norwegian site in November 2026.
    const { entries, facts } = builtSite({ howTos: 30 });
    expect(totalOf(entries)).toBeGreaterThan(5_500_000);
    expect(totalOf(entries)).toBeLessThan(precacheBudget * 0.75);

    const selection = selectPrecache(entries, facts, { budget: precacheBudget, startupImports });
    expect(selection.manifest).toEqual(entries);
    expect(selection.warnings).toEqual([]);
    expect(selection.summary).toMatch(
      /^nb: \d+ files precached, \d+\.\d MB of 8\.0 MB; 74 of 74 pages$/,
    );
  });

  it('always keeps the core pages with their code and the code every page needs, even over the budget', () => {
    const { entries, facts } = builtSite({ howTos: 6 });
    const selection = selectPrecache(entries, facts, { budget: 0, startupImports });
    expect(urlsOf(selection.manifest)).toEqual(expect.arrayContaining(core));
    expect(urlsOf(selection.manifest)).not.toContain('veiledninger/side-0.html');
    expect(urlsOf(selection.manifest)).not.toContain('nytt/2026/11/10/et-ar.html');
    expect(selection.warnings[0]).toMatch(
      /^nb: the core pages and the code every page needs take \d\.\d MB, over the precache budget \(0\.0 MB, pageWeightBudgets\.ts\)$/,
    );
  });

  it('fills the rest of the budget with whole pages, the cheapest first, and keeps within it', () => {
    const { entries, facts } = builtSite({ howTos: 6 });
    const coreOnly = totalOf(
      selectPrecache(entries, facts, { budget: 0, startupImports }).manifest,
    );
    // Room for the redirect page and three pages with their code (42 KB each), not four.
    const budget = coreOnly + 130 * kB;
    const selection = selectPrecache(entries, facts, { budget, startupImports });

    expect(totalOf(selection.manifest)).toBeLessThanOrEqual(budget);
    const urls = urlsOf(selection.manifest);
    // The redirect page (600 bytes, no code) is the cheapest; then pages of 42 KB with their
    // code, in the order of their paths.
    expect(urls).toContain('postulater/index.html');
    expect(urls).toContain('tilgjengelighetserklaering.html');
    const howTos = urls.filter((url) => /^veiledninger\/side-\d+\.html$/.test(url));
    expect(howTos).toEqual(['veiledninger/side-0.html', 'veiledninger/side-1.html']);
    for (const howTo of howTos) {
      expect(urls).toContain(`assets/js/content-/${howTo.replace('.html', '')}.1a2b.js`);
    }
    expect(selection.warnings).toEqual([
      expect.stringMatching(
        /^nb: 5 of 50 pages are over the precache budget \(\d\.\d MB, pageWeightBudgets\.ts\); readers' browsers keep them as they are read$/,
      ),
    ]);
  });

  it('chooses the same files whatever order workbox-build lists them in', () => {
    const { entries, facts } = builtSite({ howTos: 30 });
    const budget = 3_000_000;
    const chosen = urlsOf(selectPrecache(entries, facts, { budget, startupImports }).manifest);
    const reversed = [...entries].reverse();
    const shuffled = [...entries].sort((a, b) => (a.url.length % 7) - (b.url.length % 7));
    for (const order of [reversed, shuffled]) {
      const again = urlsOf(selectPrecache(order, facts, { budget, startupImports }).manifest);
      expect(again.sort()).toEqual([...chosen].sort());
    }
  });

  it('stays within the budget at 1,000 and 5,000 how-tos, where precaching everything would not', () => {
    for (const [howTos, main, sidebar] of [
      [1000, 956 * kB, 430 * kB],
      [5000, 2_600 * kB, 2_100 * kB],
    ] as const) {
      const sizes = { main, sidebar, page: 55 * kB, pageCode: 11 * kB };
      const { entries, facts } = builtSite({ howTos, sizes });
      expect(totalOf(entries)).toBeGreaterThan(howTos * 60 * kB);

      const selection = selectPrecache(entries, facts, { budget: precacheBudget, startupImports });
      expect(totalOf(selection.manifest)).toBeLessThanOrEqual(precacheBudget);
      expect(urlsOf(selection.manifest)).toEqual(expect.arrayContaining(core));
      const kept = selection.manifest.filter((entry) => entry.url.endsWith('.html')).length;
      expect(selection.warnings).toEqual([
        expect.stringMatching(
          new RegExp(
            `^nb: ${(howTos + 44 - kept).toLocaleString('en-GB')} of ${(howTos + 44).toLocaleString('en-GB')} pages are over the precache budget`,
          ),
        ),
      ]);
    }
  });

  it('fails, naming the request, when a startup import is not in the build', () => {
    const { entries, facts } = builtSite({ howTos: 1 });
    expect(() =>
      selectPrecache(entries, facts, { budget: precacheBudget, startupImports: ['nowhere'] }),
    ).toThrow('nb: nothing in the build is imported as nowhere; take it out of startupImports');
  });
});

describe('the page a built file is', () => {
  it.each([
    ['index.html', '/', '/'],
    ['index.html', '/en/', '/en'],
    ['veiledninger/samskriving.html', '/', '/veiledninger/samskriving'],
    ['postulater/index.html', '/en/', '/en/postulater'],
  ])('%s with base URL %s is %s', (url, baseUrl, path) => {
    expect(pagePathOf(url, baseUrl)).toBe(path);
  });
});
