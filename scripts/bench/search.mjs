#!/usr/bin/env node
/**
 * Search at scale: the site's search (plugins/search, Pagefind) beside the plugin
 * it replaced (@easyops-cn/docusaurus-search-local), on copies of the site with
 * 1,000 and 5,000 generated Norwegian pages (scripts/bench/generatePages.mjs).
 * Each copy is built for `nb` once with each engine and measured in Chromium:
 * index size, bytes transferred before the first result, query latency, whether
 * the next page downloads the index again, and the build time indexing adds.
 *
 * Prints figures and writes them to bench-results/search.md; asserts nothing.
 * Usage: npm run bench:search [-- --pages=1000,5000] [-- --queries=50] [-- --reuse]
 * --reuse keeps copies and builds from an earlier run of the same size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { copySite } from './editions.mjs';
import { chooseQueries, writeGeneratedPages } from './generatePages.mjs';
import { servedSize, startGzipServer } from './gzipServer.mjs';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = path.join(siteDir, 'bench-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const argument = (name) =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = (argument('pages') ?? '1000,5000').split(',').map(Number).filter(Boolean);
const queryCount = Number(argument('queries') ?? 50);
const reuse = process.argv.includes('--reuse');
/** The draft and the newest edition only (docusaurus.config.ts reads EDITIONS). */
const latestEdition = JSON.parse(
  readFileSync(path.join(siteDir, 'retningslinjer_versions.json'), 'utf8'),
)[0];

const engines = {
  pagefind: {
    label: 'ours (Pagefind, plugins/search)',
    short: 'ours',
    outDir: 'build-pagefind',
    box: (page) => page.getByRole('combobox', { name: 'Søk i Verktøykassa' }),
    /** A result, not the "searching…" or "see all" row under them. */
    firstResult: (page) =>
      page
        .getByRole('option')
        .filter({ hasNotText: /^(Søker|Se alle|Ingen treff|Søket virker ikke)/ })
        .first(),
    isSearchFile: (file) => /^\/(pagefind|pagefind-utgaver|sokeord)\//.test(file),
  },
  local: {
    label: 'old (@easyops-cn/docusaurus-search-local 0.55.3)',
    short: 'old',
    outDir: 'build-search-local',
    box: (page) => page.locator('input.navbar__search-input'),
    firstResult: (page) => page.locator('[role=option]').first(),
    isSearchFile: (file) => /search-index.*\.json$|\/worker\.[^/]*\.js$|lunr/.test(file),
  },
};

/** The old plugin as docusaurus.config.ts used it (git show 7b30db1:docusaurus.config.ts), its postBuild timed. */
const localPluginOptions = {
  language: ['no', 'en'],
  hashed: true,
  indexBlog: true,
  indexPages: false,
  docsRouteBasePath: '/',
  blogRouteBasePath: 'nytt',
  explicitSearchResultPath: true,
};
const timedLocalPlugin = `// Written by scripts/bench/search.mjs: the old search plugin with its postBuild timed.
const plugin = require('@easyops-cn/docusaurus-search-local');
function timedSearchLocal(context, options) {
  const instance = plugin.default(context, options);
  const postBuild = instance.postBuild;
  instance.postBuild = async function (...args) {
    const started = Date.now();
    await postBuild.apply(this, args);
    console.log(\`[search-local] postBuild (index) in \${Date.now() - started} ms\`);
  };
  return instance;
}
timedSearchLocal.validateOptions = plugin.validateOptions;
module.exports = timedSearchLocal;
`;

function useOldPlugin(site) {
  const configFile = path.join(site, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8');
  const ours = 'themes: algolia ? [] : [search.plugin],';
  if (!config.includes(ours)) throw new Error(`docusaurus.config.ts no longer has "${ours}"`);
  writeFileSync(path.join(site, 'benchSearchLocal.cjs'), timedLocalPlugin);
  writeFileSync(
    configFile,
    config.replace(
      ours,
      `themes: [[${JSON.stringify(path.join(site, 'benchSearchLocal.cjs'))}, ${JSON.stringify(localPluginOptions)}]],`,
    ),
  );
}

function git(site, ...args) {
  const result = spawnSync(
    'git',
    ['-c', 'user.email=bench@example.no', '-c', 'user.name=bench', ...args],
    {
      cwd: site,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A cold build of `nb`, latest edition only; wall time, peak memory and the search lines it logged. */
function build(site, outDir) {
  spawnSync('npx', ['docusaurus', 'clear'], { cwd: site, stdio: 'ignore' });
  rmSync(path.join(site, outDir), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'npx', 'docusaurus', 'build', '--locale', 'nb', '--out-dir', outDir],
    {
      cwd: site,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        EDITIONS: latestEdition,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
      },
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`build failed in ${site}:\n${(result.stdout + result.stderr).slice(-4000)}`);
  const output = `${result.stdout}\n${result.stderr}`;
  const ours = output.match(
    /\[search\] nb: indexed (\d+) pages, and (\d+) in other editions, in (\d+) ms/,
  );
  const old = output.match(/\[search-local\] postBuild \(index\) in (\d+) ms/);
  return {
    seconds,
    peakMiB: Number(result.stderr.trim().split('\n').at(-1)) / 1024,
    indexMs: ours ? Number(ours[3]) : old ? Number(old[1]) : null,
    indexedPages: ours ? Number(ours[1]) + Number(ours[2]) : null,
  };
}

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function indexFiles(buildDir, engine) {
  if (engine === 'pagefind')
    return ['pagefind', 'pagefind-utgaver', 'sokeord'].flatMap((folder) =>
      filesUnder(path.join(buildDir, folder)),
    );
  return filesUnder(buildDir).filter((file) => /search-index[^/]*\.json$/.test(file));
}

function indexSize(buildDir, engine) {
  const files = indexFiles(buildDir, engine);
  let bytes = 0;
  let served = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    served += servedSize(content);
  }
  return { files: files.length, bytes, served };
}

/**
 * Each measurement is a first visit; the site's service worker would precache the whole
 * site meanwhile (issue 11), and its downloads are not search's.
 */
const benchContext = { serviceWorkers: 'block' };

const percentile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
};

async function openDocPage(context, origin, engine, url) {
  const page = await context.newPage();
  await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
  await engines[engine].box(page).waitFor({ state: 'visible' });
  // Hydrated: React has attached to the page's root.
  await page.waitForFunction(() => {
    const root = document.getElementById('__docusaurus');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  // Docusaurus prefetches linked pages' code when idle; let that finish first.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  return page;
}

/**
 * Requests logged since `mark` and sent by the time `until` (ms since the epoch; the
 * server and the browser share this machine's clock): all of them, the search's own
 * files, and the largest.
 */
function transferSince(log, mark, engine, until = Infinity) {
  const entries = log.slice(mark).filter((entry) => entry.time <= until);
  const search = entries.filter((entry) => engines[engine].isSearchFile(entry.path));
  const sum = (list) => list.reduce((total, entry) => total + entry.bytes, 0);
  return {
    requests: entries.length,
    bytes: sum(entries),
    searchRequests: search.length,
    searchBytes: sum(search),
    largest: [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 6),
    byKind: [...new Set(entries.map((entry) => kindOfFile(entry.path)))].map((kind) => {
      const list = entries.filter((entry) => kindOfFile(entry.path) === kind);
      return { kind, requests: list.length, bytes: sum(list) };
    }),
  };
}

/** What a requested file is for, to see what dominates the bytes. */
function kindOfFile(file) {
  if (/\/pagefind(-utgaver)?\/(pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json)/.test(file))
    return 'Pagefind runtime (JS, worker, WebAssembly, entry)';
  if (file.endsWith('.pf_meta')) return 'Pagefind metadata (.pf_meta)';
  if (file.endsWith('.pf_index')) return 'Pagefind index chunks (.pf_index)';
  if (file.endsWith('.pf_fragment')) return 'Pagefind page fragments (.pf_fragment)';
  if (file.startsWith('/sokeord/')) return 'typo word lists (sokeord/)';
  if (/search-index.*\.json$/.test(file)) return 'lunr index (search-index.json)';
  return 'other (site JavaScript and the like)';
}

/**
 * Puts `query` in the box as one input event (as a paste) and waits for the first
 * result. Returns ms from the input to it, and `at`, the moment (ms since the epoch)
 * an observer in the page saw the result row enter the DOM: Playwright's own wait
 * polls, and downloads that start after the first result would be counted before it.
 * Typing key by key would let a slow machine search prefixes too (ours debounces by
 * 120 ms), which makes bytes vary by load.
 */
async function typeUntilFirstResult(page, engine, query) {
  const box = engines[engine].box(page);
  await box.click();
  // The old plugin keeps the last query in the box across pages.
  await box.fill('');
  await page.evaluate((engine) => {
    window.__benchFirstResultAt = null;
    const isResult = (option) =>
      engine !== 'pagefind' ||
      !/^(Søker|Se alle|Ingen treff|Søket virker ikke)/.test(option.textContent.trim());
    const observer = new MutationObserver(() => {
      if ([...document.querySelectorAll('[role=option]')].some(isResult)) {
        window.__benchFirstResultAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, engine);
  const started = Date.now();
  await box.fill(query);
  await engines[engine].firstResult(page).waitFor({ state: 'visible', timeout: 60000 });
  const at = (await page.evaluate(() => window.__benchFirstResultAt)) ?? Date.now();
  return { ms: at - started, at };
}

/**
 * In the page: puts `query` in the box as one input event (as a paste) and waits,
 * with a MutationObserver, until the list shows that query's answer. Ours: the
 * live region holds a count (it is empty while a query runs) and the last row
 * names the query. Old: the footer link carries the query, or "no results" was
 * drawn again after the input.
 */
async function uiLatencies(page, engine, queries) {
  return page.evaluate(
    async ({ engine, queries }) => {
      const input =
        engine === 'pagefind'
          ? document.querySelector('form[role=search] input[role=combobox]')
          : document.querySelector('input.navbar__search-input');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const answered = (query, mutatedAfterInput) => {
        if (engine === 'pagefind') {
          const form = input.closest('form');
          const status = form.querySelector('[role=status]')?.textContent ?? '';
          const rows = form.querySelectorAll('[role=option]');
          const last = rows[rows.length - 1]?.textContent ?? '';
          return status.trim() !== '' && last.includes(`«${query}»`);
        }
        const menu = input.parentElement;
        const footer = [...menu.querySelectorAll('a[href*="q="]')].some(
          (link) => new URL(link.href).searchParams.get('q') === query,
        );
        const empty = mutatedAfterInput && menu.querySelector('[class*=noResults]') !== null;
        return footer || empty;
      };
      const times = [];
      for (const query of queries) {
        input.focus();
        const elapsed = await new Promise((resolve) => {
          let mutated = false;
          let started = 0;
          const timeout = setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 15000);
          const observer = new MutationObserver(() => {
            mutated = true;
            if (answered(query, mutated)) {
              const time = performance.now() - started;
              observer.disconnect();
              clearTimeout(timeout);
              resolve(time);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          started = performance.now();
          setValue.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        times.push(elapsed);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return times;
    },
    { engine, queries },
  );
}

/** Pagefind alone, in the page: search and the data of the first 5 results (what the box shows). */
async function pagefindLatencies(page, queries) {
  return page.evaluate(async (queries) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const times = [];
    for (const query of queries) {
      const started = performance.now();
      const found = await pagefind.search(query);
      await Promise.all((found?.results ?? []).slice(0, 5).map((result) => result.data()));
      times.push(performance.now() - started);
    }
    return times;
  }, queries);
}

async function measureBrowser(browser, buildDir, engine, { docPath, otherPath, typical, queries }) {
  const server = await startGzipServer(buildDir);
  try {
    // Cold: a fresh browser profile per typical query.
    const firstResult = [];
    let navigation = null;
    for (const [index, query] of typical.entries()) {
      const context = await browser.newContext(benchContext);
      const page = await openDocPage(context, server.origin, engine, docPath);
      const mark = server.log.length;
      const { ms, at } = await typeUntilFirstResult(page, engine, query);
      firstResult.push({ query, ms, ...transferSince(server.log, mark, engine, at) });
      if (index === 0) {
        // The next page: a client-side navigation (a navbar link), then a full page load.
        const clientMark = server.log.length;
        await page
          .getByRole('navigation')
          .getByRole('link', { name: 'Veiledninger', exact: true })
          .first()
          .click();
        await page.waitForURL(/\/veiledninger$/);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const clientResult = await typeUntilFirstResult(page, engine, query);
        const client = {
          ms: clientResult.ms,
          ...transferSince(server.log, clientMark, engine, clientResult.at),
        };
        const fullMark = server.log.length;
        await page.goto(`${server.origin}${otherPath}`, { waitUntil: 'networkidle' });
        await engines[engine].box(page).waitFor({ state: 'visible' });
        await page.waitForTimeout(300);
        const searchMark = server.log.length;
        const fullResult = await typeUntilFirstResult(page, engine, query);
        const full = {
          ms: fullResult.ms,
          ...transferSince(server.log, searchMark, engine, fullResult.at),
          whole: transferSince(server.log, fullMark, engine, fullResult.at),
        };
        navigation = { client, full };
      }
      await context.close();
    }
    // The first query again from a server without the Brotli copies (gzip only).
    let gzipOnly = null;
    if (engine === 'pagefind') {
      const plainServer = await startGzipServer(buildDir, { precompressed: false });
      try {
        const plainContext = await browser.newContext(benchContext);
        const plainPage = await openDocPage(plainContext, plainServer.origin, engine, docPath);
        const mark = plainServer.log.length;
        const { at } = await typeUntilFirstResult(plainPage, engine, typical[0]);
        gzipOnly = transferSince(plainServer.log, mark, engine, at);
        await plainContext.close();
      } finally {
        await plainServer.close();
      }
    }
    // Warm: the index loaded by one search, then each query in turn.
    const context = await browser.newContext(benchContext);
    const page = await openDocPage(context, server.origin, engine, docPath);
    await typeUntilFirstResult(page, engine, typical[0]);
    await page.waitForTimeout(500);
    await uiLatencies(page, engine, queries.slice(0, 5)); // warm-up, not counted
    const ui = await uiLatencies(page, engine, queries);
    const pagefind = engine === 'pagefind' ? await pagefindLatencies(page, queries) : null;
    await context.close();
    const answered = ui.filter((value) => value !== null);
    return {
      firstResult,
      gzipOnly,
      navigation,
      ui: {
        answered: answered.length,
        p50: percentile(answered, 0.5),
        p95: percentile(answered, 0.95),
      },
      engineOnly: pagefind && { p50: percentile(pagefind, 0.5), p95: percentile(pagefind, 0.95) },
    };
  } finally {
    await server.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const size = (bytes) => (bytes >= 1024 * 1024 ? mb(bytes) : kb(bytes));
const ms = (value) =>
  value === null || value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (old, ours) =>
  old && ours
    ? `${old / ours >= 1 ? (old / ours).toFixed(1) : (old / ours).toPrecision(2)}×`
    : 'n/a';

async function benchSize(browser, pages) {
  const site = path.join(resultsDir, `search-${pages}`);
  const marker = path.join(site, '.bench-generated.json');
  let generatedFacts;
  if (reuse && existsSync(marker)) {
    generatedFacts = JSON.parse(readFileSync(marker, 'utf8'));
    console.log(`\n== ${pages} pages: reusing ${path.relative(siteDir, site)}`);
  } else {
    console.log(`\n== ${pages} pages: copying the site and generating pages into docs/generert/`);
    copySite(siteDir, site);
    const generated = writeGeneratedPages(site, pages);
    git(site, 'add', '-A');
    git(site, 'commit', '-qm', 'generated pages');
    generatedFacts = {
      pages,
      words: generated.words,
      distinctWords: generated.distinctWords,
      siteWords: generated.siteWords,
      docPath: generated.pages[0].path,
      otherPath: generated.pages[Math.floor(pages / 2)].path,
      queries: chooseQueries(generated, queryCount),
    };
    writeFileSync(marker, JSON.stringify(generatedFacts, null, 2));
  }
  console.log(
    `   ${generatedFacts.words.toLocaleString('en')} words, ${generatedFacts.distinctWords.toLocaleString('en')} distinct (from ${generatedFacts.siteWords.toLocaleString('en')} in the site's own text)`,
  );

  const builds = {};
  for (const engine of ['pagefind', 'local']) {
    const outDir = path.join(site, engines[engine].outDir);
    const factsFile = `${outDir}.json`;
    // A build an interrupted run left half-written is built again.
    if (reuse && existsSync(factsFile) && existsSync(path.join(outDir, '404.html'))) {
      builds[engine] = JSON.parse(readFileSync(factsFile, 'utf8'));
    } else {
      if (engine === 'local') useOldPlugin(site);
      console.log(`   building nb with ${engines[engine].label} …`);
      builds[engine] = build(site, engines[engine].outDir);
      writeFileSync(factsFile, JSON.stringify(builds[engine]));
      if (engine === 'local') git(site, 'checkout', '--', 'docusaurus.config.ts');
    }
    console.log(
      `   built in ${builds[engine].seconds.toFixed(0)} s, peak ${builds[engine].peakMiB.toFixed(0)} MiB, indexing ${ms(builds[engine].indexMs)}`,
    );
  }

  const typical = [
    'personvern',
    generatedFacts.queries.find((query) => !query.includes(' ') && query.length >= 12) ??
      'samtykke',
    generatedFacts.queries.find((query) => query.includes(' ')) ?? 'sosiale medier',
  ];
  const results = {};
  for (const engine of ['pagefind', 'local']) {
    const buildDir = path.join(site, engines[engine].outDir);
    console.log(`   measuring ${engines[engine].label} in Chromium …`);
    results[engine] = {
      build: builds[engine],
      index: indexSize(buildDir, engine),
      ...(await measureBrowser(browser, buildDir, engine, {
        docPath: generatedFacts.docPath,
        otherPath: generatedFacts.otherPath,
        typical,
        queries: generatedFacts.queries,
      })),
    };
  }
  return { pages, generated: generatedFacts, typical, results };
}

function report(runs) {
  const lines = [];
  lines.push('# Search at scale: `npm run bench:search`', '');
  lines.push(
    `Generated how-tos (about 600 words each, seeded) in a copy of the site, built for \`nb\` with \`EDITIONS=${latestEdition}\`, served by a local gzipping server (scripts/bench/gzipServer.mjs) that, like nginx \`brotli_static\`, sends the Brotli copies of Pagefind's first files (plugins/search/pagefindWorker.mjs), measured in Chromium. Ratios are old ÷ ours.`,
    '',
  );
  const header = [
    '',
    ...runs.flatMap((run) => [`ours, ${run.pages}`, `old, ${run.pages}`, 'old ÷ ours']),
  ];
  const rows = [];
  const row = (name, value, compare = (o, n) => ratio(o, n)) =>
    rows.push([
      name,
      ...runs.flatMap((run) => {
        const [ours, old] = [run.results.pagefind, run.results.local];
        return [value(ours).text, value(old).text, compare(value(old).n, value(ours).n)];
      }),
    ]);
  const first = (result) => result.firstResult[0];
  row('index on disk (files)', (r) => ({
    text: `${size(r.index.bytes)} (${r.index.files})`,
    n: r.index.bytes,
  }));
  row('index on disk, gzipped as served', (r) => ({
    text: size(r.index.served),
    n: r.index.served,
  }));
  row(`bytes before first result, "${runs[0]?.typical[0]}" (all requests)`, (r) => ({
    text: `${kb(first(r).bytes)} (${first(r).requests} req.)`,
    n: first(r).bytes,
  }));
  row('… of which search files', (r) => ({
    text: kb(first(r).searchBytes),
    n: first(r).searchBytes,
  }));
  row('… of which search files, gzip only (no Brotli copies)', (r) => ({
    text: r.gzipOnly ? kb(r.gzipOnly.searchBytes) : 'n/a',
    n: r.gzipOnly?.searchBytes,
  }));
  for (const index of [1, 2]) {
    row(`bytes before first result, query ${index + 1} (see below)`, (r) => ({
      text: kb(r.firstResult[index].bytes),
      n: r.firstResult[index].bytes,
    }));
  }
  row('time to first result, cold', (r) => ({
    text: ms(first(r).ms),
    n: first(r).ms,
  }));
  row('query latency p50, UI path', (r) => ({ text: ms(r.ui.p50), n: r.ui.p50 }));
  row('query latency p95, UI path', (r) => ({ text: ms(r.ui.p95), n: r.ui.p95 }));
  row(
    '… less our 120 ms debounce, p50 / p95',
    (r) => ({
      text: r.engineOnly
        ? `${ms(r.ui.p50 - 120)} / ${ms(r.ui.p95 - 120)}`
        : `${ms(r.ui.p50)} / ${ms(r.ui.p95)}`,
      n: null,
    }),
    () => '',
  );
  row('query latency p50 / p95, engine only', (r) => ({
    text: r.engineOnly ? `${ms(r.engineOnly.p50)} / ${ms(r.engineOnly.p95)}` : 'n/a',
    n: null,
  }));
  row(
    'queries answered (of those asked)',
    (r) => ({ text: `${r.ui.answered}`, n: null }),
    () => '',
  );
  row(
    'next page, client-side: search bytes',
    (r) => ({
      text: `${kb(r.navigation.client.searchBytes)} (${r.navigation.client.searchRequests} req.)`,
      n: null,
    }),
    () => '',
  );
  row(
    'next page, full load: search bytes (304s)',
    (r) => ({
      text: `${kb(r.navigation.full.searchBytes)} (${r.navigation.full.searchRequests} req.)`,
      n: null,
    }),
    () => '',
  );
  row('next page, full load: time to first result', (r) => ({
    text: ms(r.navigation.full.ms),
    n: r.navigation.full.ms,
  }));
  row('build time (nb, cold)', (r) => ({
    text: `${r.build.seconds.toFixed(0)} s`,
    n: r.build.seconds,
  }));
  row('indexing time in the build', (r) => ({ text: ms(r.build.indexMs), n: r.build.indexMs }));
  row('peak build memory', (r) => ({
    text: `${r.build.peakMiB.toFixed(0)} MiB`,
    n: r.build.peakMiB,
  }));
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  for (const cells of rows) lines.push(`| ${cells.join(' | ')} |`);
  lines.push('');
  for (const run of runs) {
    const ours = run.results.pagefind;
    lines.push(
      `**${run.pages} pages**: ${run.generated.words.toLocaleString('en')} words, ${run.generated.distinctWords.toLocaleString('en')} distinct; ${ours.build.indexedPages ?? '?'} pages in our index. Queries 2 and 3: "${run.typical[1]}", "${run.typical[2]}". Build time with the old plugin minus with ours: ${(run.results.local.build.seconds - ours.build.seconds).toFixed(0)} s.`,
      '',
      `- Before the first result, ours by kind: ${first(ours)
        .byKind.map((group) => `${group.kind} ${kb(group.bytes)} (${group.requests} req.)`)
        .join(', ')}`,
      `- Largest responses before the first result, ours: ${first(ours)
        .largest.map((entry) => `${entry.path} ${kb(entry.bytes)}`)
        .join(', ')}`,
      `- Largest responses before the first result, old: ${first(run.results.local)
        .largest.map((entry) => `${entry.path} ${kb(entry.bytes)}`)
        .join(', ')}`,
      `- Full page load then search, all requests from the load on: ours ${kb(ours.navigation.full.whole.bytes)} (${ours.navigation.full.whole.requests} req.), old ${kb(run.results.local.navigation.full.whole.bytes)} (${run.results.local.navigation.full.whole.requests} req.)`,
      `- Queries timed: ${run.generated.queries.map((query) => `"${query}"`).join(', ')}`,
      '',
    );
  }
  lines.push(
    '**What is timed.** UI path: in the page, the query is put in the navbar box as one input event (as a paste) and a MutationObserver waits until the list shows that query\'s answer (ours: the live region gives a count and the last row names the query; old: the footer link carries the query, or "no results" is drawn again). Ours includes its 120 ms debounce (src/hooks/useSiteSearch.ts); the old plugin has none. Engine only (ours): `pagefind.search()` plus `data()` of the first 5 results, in the page, with the index loaded. Bytes: bodies the server sent (gzip, or Brotli where a precompressed copy exists) from the input until an observer in the page saw the first result enter the list, in a fresh browser profile, the query put in the box as one input event; the old plugin starts loading its index on focus. Next page: after the first search, a navbar link (client-side) then a full page load of another generated page (the server answers revalidations with 304), each followed by the same search again, so any byte is a second download (Pagefind always refetches its small `pagefind-entry.json`, which it asks for with a cache-busting parameter). Indexing time: ours from the plugin\'s `[search] nb: indexed …` line; old from timing its postBuild (it parses the built HTML and builds the lunr index), not by subtracting build times.',
    '',
  );
  return lines.join('\n');
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const runs = [];
try {
  for (const pages of sizes) {
    runs.push(await benchSize(browser, pages));
    writeFileSync(path.join(resultsDir, 'search.md'), report(runs));
  }
} finally {
  await browser.close();
}
const text = report(runs);
writeFileSync(path.join(resultsDir, 'search.md'), text);
console.log(`\n${text}`);
console.log(`Saved to ${path.relative(siteDir, path.join(resultsDir, 'search.md'))}.`);
