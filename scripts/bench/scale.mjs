/**
 * Speed at scale, side by side with stock Docusaurus (issue 12): the same N
 * generated Norwegian pages (generatePages.mjs) in a copy of this site and in a
 * stock `create-docusaurus` classic site, each built cold (caches cleared) and
 * then warm (built again, nothing changed), in interleaved order, and measured:
 * wall and CPU time and the peak memory of the whole process tree
 * (processTree.mjs); the initial JavaScript and CSS of several pages in Chromium
 * up to hydration; the pages' HTML; search bytes before the first result; and
 * Lighthouse's mobile scores.
 *
 * Ours is built for `nb` with every edition, as `npm run build` builds each
 * locale; stock builds its one locale. Prints figures with ratios (the machine
 * is noisy, ratios from one run are what compare); asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { copySite, linkNodeModules } from './editions.mjs';
import { writeGeneratedPages } from './generatePages.mjs';
import { startGzipServer } from './gzipServer.mjs';
import { measureCommand } from './processTree.mjs';

const lighthouseVersion = '12.8.2';

/** Pages of each kind; `{generated}` is the first generated how-to. */
const ourPages = [
  ['doc page (generated how-to)', '{generated}'],
  ['home page', '/'],
  ['guideline', '/retningslinjer/offisielle-kontoer'],
  ['tool page', '/verktoy/canva'],
  ['tree page', '/beslutningstre/kan-jeg-publisere'],
  ['catalogue', '/verktoy'],
];
const stockPages = [
  ['doc page (generated how-to)', '{generated}'],
  ['home page', '/'],
];
/** Lighthouse runs on these kinds (the issue's five, and stock's doc and home pages). */
const lighthouseKinds = new Set(['home page', 'guideline', 'tool page', 'tree page', 'catalogue']);

function commitAll(cwd) {
  const git = (...args) =>
    spawnSync('git', ['-c', 'user.email=bench@example.no', '-c', 'user.name=bench', ...args], {
      cwd,
      stdio: 'ignore',
    });
  if (!existsSync(path.join(cwd, '.git'))) git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench pages');
}

/** Copies of both sites with the same `count` generated pages. */
function prepareSites({ siteDir, resultsDir, stockDir, count }) {
  const root = path.join(resultsDir, `scale-${count}`);
  const ours = path.join(root, 'ours');
  const stock = path.join(root, 'stock');
  console.log(`\n== ${count} pages: copying both sites and generating the pages`);
  copySite(siteDir, ours);
  const generated = writeGeneratedPages(ours, count);
  commitAll(ours);

  rmSync(stock, { recursive: true, force: true });
  mkdirSync(stock, { recursive: true });
  for (const name of readdirSync(stockDir)) {
    if (['node_modules', 'build', '.docusaurus'].includes(name)) continue;
    cpSync(path.join(stockDir, name), path.join(stock, name), { recursive: true });
  }
  linkNodeModules(path.join(stockDir, 'node_modules'), path.join(stock, 'node_modules'));
  // The same MDX files; stock's sidebar is generated from docs/, as ours is.
  cpSync(path.join(ours, 'docs', 'generert'), path.join(stock, 'docs', 'generert'), {
    recursive: true,
  });
  commitAll(stock);
  return { ours, stock, generated };
}

const buildEnv = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim(),
};

async function build(site, { cold, locale }) {
  if (cold) spawnSync('npx', ['docusaurus', 'clear'], { cwd: site, stdio: 'ignore' });
  const args = ['docusaurus', 'build', ...(locale ? ['--locale', locale] : [])];
  // Docusaurus's own timer (DOCUSAURUS_PERF_LOGGER) names the parts of the build.
  const measured = await measureCommand('npx', args, {
    cwd: site,
    env: { ...buildEnv, DOCUSAURUS_PERF_LOGGER: 'true' },
  });
  return {
    wallSeconds: measured.wallSeconds,
    cpuSeconds: measured.cpuSeconds,
    peakBytes: measured.peakBytes,
    parts: buildParts(measured.output),
  };
}

/** The top-level parts of a locale's build, in seconds, from Docusaurus's perf log. */
export function buildParts(output) {
  const parts = {};
  const line = /\[PERF\] Build > [\w-]+ > ([^>\n]+?) - ([\d.]+) (ms|seconds)/g;
  for (const [, name, value, unit] of output.matchAll(line)) {
    const seconds = Number(value) / (unit === 'ms' ? 1000 : 1);
    const part = name.replace(/\(\)$/, '').trim();
    parts[part] = (parts[part] ?? 0) + seconds;
  }
  const search =
    /\[search\] [\w-]+: indexed \d+ pages, and \d+ in other editions, in (\d+) ms/.exec(output);
  if (search) parts['… of which search indexing'] = Number(search[1]) / 1000;
  return parts;
}

const benchContext = { serviceWorkers: 'block' };

/**
 * The JavaScript and CSS a page loads before React has hydrated it (Docusaurus sets
 * `data-has-hydrated` on <html> then), as bytes on the wire from a gzipping server,
 * and the page's HTML. Prefetches of linked pages start after hydration, so they are out.
 */
async function pageWeight(browser, origin, pagePath) {
  const context = await browser.newContext(benchContext);
  const page = await context.newPage();
  await page.addInitScript(() => {
    // The script runs before <html> exists, so it watches the whole document.
    const observer = new MutationObserver(() => {
      if (document.documentElement?.dataset.hasHydrated === 'true') {
        window.__benchHydratedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-has-hydrated'],
    });
  });
  const response = await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${pagePath}: HTTP ${response?.status()}`);
  await page.waitForFunction(() => window.__benchHydratedAt !== undefined, null, {
    timeout: 60000,
  });
  const weight = await page.evaluate(() => {
    // Docusaurus prefetches the code of linked pages in view (`<link rel="prefetch">`,
    // initiator "link"); that is for the next page, not this one. Stylesheets are links too.
    const before = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < window.__benchHydratedAt)
      .filter(
        (entry) => !(entry.initiatorType === 'link' && /\.js$/.test(new URL(entry.name).pathname)),
      );
    const sum = (pattern) =>
      before
        .filter((entry) => pattern.test(new URL(entry.name).pathname))
        .reduce((total, entry) => total + entry.encodedBodySize, 0);
    const [navigation] = performance.getEntriesByType('navigation');
    return {
      js: sum(/\.js$/),
      jsFiles: before.filter((entry) => /\.js$/.test(new URL(entry.name).pathname)).length,
      css: sum(/\.css$/),
      html: navigation.encodedBodySize,
      htmlRaw: navigation.decodedBodySize,
    };
  });
  await context.close();
  return weight;
}

/** Bytes of search files before the first result for "personvern", in a fresh profile. */
async function searchBytes(browser, origin, server, pagePath) {
  const context = await browser.newContext(benchContext);
  const page = await context.newPage();
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const box = page.getByRole('combobox', { name: 'Søk i Verktøykassa' });
  await box.click();
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const options = [...document.querySelectorAll('[role=option]')];
      if (
        options.some(
          (option) =>
            !/^(Søker|Se alle|Ingen treff|Søket virker ikke)/.test(option.textContent.trim()),
        )
      ) {
        window.__benchFirstResultAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const mark = server.log.length;
  await box.fill('personvern');
  await page.waitForFunction(() => window.__benchFirstResultAt !== undefined, null, {
    timeout: 60000,
  });
  const at = await page.evaluate(() => window.__benchFirstResultAt);
  await context.close();
  return server.log
    .slice(mark)
    .filter((entry) => entry.time <= at && /^\/(pagefind|sokeord)\//.test(entry.path))
    .reduce((total, entry) => total + entry.bytes, 0);
}

/**
 * Lighthouse's mobile run (its defaults: a mid-range phone, simulated slow 4G). Run
 * asynchronously: the page server is in this process, and a blocking call would
 * leave Lighthouse waiting for pages nobody serves.
 */
async function lighthouse(url, outFile) {
  const child = spawn(
    'npx',
    [
      '--yes',
      `lighthouse@${lighthouseVersion}`,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outFile}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--max-wait-for-load=30000',
    ],
    {
      // Its own process group, so a run that hangs can be stopped with its Chromium.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 240_000);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const result = { status, stderr };
  if (result.status !== 0 || !existsSync(outFile)) {
    console.log(
      `   Lighthouse failed on ${url}: ${(result.stderr ?? '').trim().split('\n').at(-1)}`,
    );
    return null;
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

async function measureSite(
  browser,
  { buildDir, pages, generatedPath, withSearch, withLighthouse, reportDir },
) {
  const server = await startGzipServer(buildDir);
  try {
    const weights = [];
    for (const [kind, template] of pages) {
      const pagePath = template === '{generated}' ? generatedPath : template;
      const weight = await pageWeight(browser, server.origin, pagePath);
      const scores =
        withLighthouse && (lighthouseKinds.has(kind) || template === '{generated}')
          ? await lighthouse(
              `${server.origin}${pagePath}`,
              path.join(reportDir, `lighthouse-${kind.replace(/\W+/g, '-')}.json`),
            )
          : null;
      weights.push({ kind, pagePath, ...weight, lighthouse: scores });
    }
    const search = withSearch
      ? await searchBytes(browser, server.origin, server, generatedPath)
      : null;
    return { weights, search };
  } finally {
    await server.close();
  }
}

export async function benchScale({
  siteDir,
  resultsDir,
  stockDir,
  sizes,
  browser,
  withLighthouse,
  reuse = false,
}) {
  const runs = [];
  for (const count of sizes) {
    const factsFile = path.join(resultsDir, `scale-${count}`, 'builds.json');
    const reused =
      reuse && existsSync(factsFile) ? JSON.parse(readFileSync(factsFile, 'utf8')) : null;
    const { ours, stock, generated } =
      reused?.sites ?? prepareSites({ siteDir, resultsDir, stockDir, count });
    const builds = reused?.builds ?? {};
    // Interleaved, so a slow spell of the machine does not fall on one site only.
    for (const phase of reused ? [] : ['cold', 'warm']) {
      for (const [name, site, locale] of [
        ['ours', ours, 'nb'],
        ['stock', stock, null],
      ]) {
        console.log(`   ${name}: ${phase} build …`);
        builds[`${name}-${phase}`] = await build(site, { cold: phase === 'cold', locale });
        const b = builds[`${name}-${phase}`];
        console.log(
          `   ${name}: ${phase} ${b.wallSeconds.toFixed(0)} s wall, ${b.cpuSeconds.toFixed(0)} s CPU, peak ${(b.peakBytes / 2 ** 30).toFixed(2)} GiB`,
        );
      }
    }
    if (!reused)
      writeFileSync(
        factsFile,
        JSON.stringify({
          sites: {
            ours,
            stock,
            generated: { words: generated.words, pages: generated.pages.slice(0, 1) },
          },
          builds,
        }),
      );
    const generatedPath = generated.pages[0].path;
    console.log('   measuring pages in Chromium …');
    const reportDir = path.join(resultsDir, `scale-${count}`);
    const oursMeasured = await measureSite(browser, {
      buildDir: path.join(ours, 'build'),
      pages: ourPages,
      generatedPath,
      withSearch: true,
      withLighthouse,
      reportDir: path.join(reportDir, 'ours'),
    });
    const stockMeasured = await measureSite(browser, {
      buildDir: path.join(stock, 'build'),
      pages: stockPages,
      generatedPath: `/docs${generatedPath}`,
      withSearch: false,
      withLighthouse,
      reportDir: path.join(reportDir, 'stock'),
    });
    runs.push({ count, builds, ours: oursMeasured, stock: stockMeasured, words: generated.words });
    writeFileSync(path.join(resultsDir, 'scale.md'), scaleReport(runs));
  }
  return scaleReport(runs);
}

const kb = (bytes) =>
  bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (value) => `${value.toFixed(value < 10 ? 1 : 0)} s`;
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const ratio = (ours, stock) => (ours && stock ? `${(ours / stock).toFixed(2)}×` : '');

export function scaleReport(runs) {
  const lines = ['# Speed at scale: `npm run bench`', ''];
  lines.push(
    'The same generated Norwegian how-tos (about 600 words each) in a copy of this site and in a stock `create-docusaurus` classic site (both Docusaurus Faster, `future.v4`). Ours: `docusaurus build --locale nb`, every edition, search index included; stock: its one locale, no search. Cold: `docusaurus clear` first; warm: built again with nothing changed. Interleaved in one run on this machine; ratios are ours ÷ stock. Page bytes: what a gzipping server sent, in Chromium, up to hydration.',
    '',
  );
  const header = [
    '',
    ...runs.flatMap((run) => [`ours, ${run.count}`, `stock, ${run.count}`, 'ours ÷ stock']),
  ];
  const rows = [];
  const row = (name, value, format) =>
    rows.push([
      name,
      ...runs.flatMap((run) => {
        const [ours, stock] = value(run);
        return [
          ours === null ? 'n/a' : format(ours),
          stock === null ? 'n/a' : format(stock),
          ratio(ours, stock),
        ];
      }),
    ]);
  for (const phase of ['cold', 'warm']) {
    row(
      `${phase} build, wall`,
      (run) => [run.builds[`ours-${phase}`].wallSeconds, run.builds[`stock-${phase}`].wallSeconds],
      seconds,
    );
    row(
      `${phase} build, CPU`,
      (run) => [run.builds[`ours-${phase}`].cpuSeconds, run.builds[`stock-${phase}`].cpuSeconds],
      seconds,
    );
    row(
      `${phase} build, peak memory (process tree)`,
      (run) => [run.builds[`ours-${phase}`].peakBytes, run.builds[`stock-${phase}`].peakBytes],
      gib,
    );
  }
  const partNames = [
    ...new Set(
      runs.flatMap((run) =>
        ['ours-cold', 'stock-cold'].flatMap((key) => Object.keys(run.builds[key].parts ?? {})),
      ),
    ),
  ];
  for (const part of partNames)
    row(
      `cold build part: ${part}`,
      (run) => [
        run.builds['ours-cold'].parts?.[part] ?? null,
        run.builds['stock-cold'].parts?.[part] ?? null,
      ],
      seconds,
    );
  row(
    'warm ÷ cold, wall',
    (run) => [
      run.builds['ours-warm'].wallSeconds / run.builds['ours-cold'].wallSeconds,
      run.builds['stock-warm'].wallSeconds / run.builds['stock-cold'].wallSeconds,
    ],
    (value) => value.toFixed(2),
  );
  const kinds = [...new Set(runs.flatMap((run) => run.ours.weights.map((weight) => weight.kind)))];
  const weightOf = (measured, kind) =>
    measured.weights.find((weight) => weight.kind === kind) ?? null;
  for (const kind of kinds) {
    row(
      `${kind}: initial JS`,
      (run) => [weightOf(run.ours, kind)?.js ?? null, weightOf(run.stock, kind)?.js ?? null],
      kb,
    );
    row(
      `${kind}: initial CSS`,
      (run) => [weightOf(run.ours, kind)?.css ?? null, weightOf(run.stock, kind)?.css ?? null],
      kb,
    );
    row(
      `${kind}: HTML`,
      (run) => [weightOf(run.ours, kind)?.html ?? null, weightOf(run.stock, kind)?.html ?? null],
      kb,
    );
  }
  row('search bytes before the first result ("personvern")', (run) => [run.ours.search, null], kb);
  for (const kind of kinds) {
    const scores = (weight) =>
      weight?.lighthouse
        ? `${weight.lighthouse.performance} / ${weight.lighthouse.accessibility} / ${weight.lighthouse.bestPractices} / ${weight.lighthouse.seo}`
        : null;
    if (!runs.some((run) => weightOf(run.ours, kind)?.lighthouse)) continue;
    rows.push([
      `Lighthouse mobile, ${kind} (perf / a11y / best pr. / SEO)`,
      ...runs.flatMap((run) => [
        scores(weightOf(run.ours, kind)) ?? 'n/a',
        scores(weightOf(run.stock, kind)) ?? 'n/a',
        '',
      ]),
    ]);
  }
  lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
  for (const cells of rows) lines.push(`| ${cells.join(' | ')} |`);
  lines.push('');
  for (const run of runs) {
    lines.push(
      `**${run.count} pages** (${run.words.toLocaleString('en')} words). Pages measured: ${run.ours.weights.map((weight) => `${weight.kind} ${weight.pagePath}`).join(', ')}; stock: ${run.stock.weights.map((weight) => `${weight.kind} ${weight.pagePath}`).join(', ')}.`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * One cold build of this site with `count` generated pages, for sizes where building
 * stock beside it as well would take too long (`npm run bench -- --only=build
 * --pages=5000`): does it pass on this machine, and its time, memory and parts.
 */
export async function benchOneBuild({ siteDir, resultsDir, count }) {
  const site = path.join(resultsDir, `build-${count}`);
  console.log(`\n== ${count} pages: copying the site and generating the pages`);
  copySite(siteDir, site);
  writeGeneratedPages(site, count);
  commitAll(site);
  console.log('   cold build …');
  const result = await build(site, { cold: true, locale: 'nb' });
  const lines = [
    `# One cold build at ${count} pages: \`npm run bench -- --only=build --pages=${count}\``,
    '',
    `Passed: ${result.wallSeconds.toFixed(0)} s wall, ${result.cpuSeconds.toFixed(0)} s CPU, peak memory of the process tree ${gib(result.peakBytes)}.`,
    '',
    ...Object.entries(result.parts).map(([part, value]) => `- ${part}: ${seconds(value)}`),
  ];
  const text = lines.join('\n');
  writeFileSync(path.join(resultsDir, `build-${count}.md`), `${text}\n`);
  return text;
}
