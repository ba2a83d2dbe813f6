#!/usr/bin/env node
/**
 * Benchmark. By default (or `--only=scale`): speed at scale beside a stock
 * `create-docusaurus` classic site on the same N generated pages (see
 * scripts/bench/scale.mjs): cold and warm builds, memory, page weight, search
 * bytes and Lighthouse. `--pages=1000,3000` sets the sizes (default 1000);
 * `--no-lighthouse` skips Lighthouse; `--reuse` measures the builds of an earlier run
 * again without building.
 *
 * `--only=site`: both locales' build time and the JavaScript of a few real pages
 * beside stock. `--only=catalogue`: the tool catalogue with the real tools and with
 * 500 generated ones: its gzipped JavaScript and HTML, and the time a filter takes.
 * `--only=editions`: the cost of each adopted edition. `--only=levers`: each of Docusaurus
 * Faster's levers turned off in turn, on the copy an earlier run made (scripts/bench/levers.mjs).
 * `--only=build --pages=5000`: one cold build of this site alone at that size.
 *
 * Prints figures; asserts nothing.
 * Usage: npm run bench [-- --pages=1000,3000] [-- --only=scale|build|site|catalogue|editions|levers] [-- --skip-stock]
 * The stock site and the copies are made under bench-results/ (git-ignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchEditions } from './bench/editions.mjs';
import { benchLevers } from './bench/levers.mjs';
import { benchOneBuild, benchScale } from './bench/scale.mjs';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(siteDir, 'bench-results');
const stockDir = path.join(resultsDir, 'stock');
const docusaurusVersion = JSON.parse(
  readFileSync(path.join(siteDir, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
).version;
const skipStock = process.argv.includes('--skip-stock');
const argument = (name) =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = argument('only');

/** A guideline without decision tools, guidelines with them, a tree's own page, and the home page. */
const ourPages = [
  '/retningslinjer/arkivering',
  '/retningslinjer/offisielle-kontoer',
  '/retningslinjer/ansattes-bruk',
  '/beslutningstre/kan-jeg-publisere',
  '/en/retningslinjer/offisielle-kontoer',
  '/',
];

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

function timedBuild(cwd) {
  // Cold build: clear Docusaurus's and Rspack's caches so both sites start equal.
  run('npx', ['docusaurus', 'clear'], cwd);
  const started = process.hrtime.bigint();
  run('npx', ['docusaurus', 'build'], cwd);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function createStockSite() {
  if (existsSync(path.join(stockDir, 'node_modules/@docusaurus/core'))) return;
  mkdirSync(resultsDir, { recursive: true });
  run(
    'npx',
    [
      '--yes',
      `create-docusaurus@${docusaurusVersion}`,
      'stock',
      'classic',
      '--typescript',
      '--skip-install',
    ],
    resultsDir,
  );
  const packageJsonPath = path.join(stockDir, 'package.json');
  const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  // The same registry snag as ours: @docsearch/core@4.7.1 is missing here.
  packageJson.overrides = { '@docsearch/react': '4.7.0' };
  writeFileSync(packageJsonPath, `${JSON.stringify(packageJson, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund'], stockDir);
}

/** Serves a build folder with Docusaurus's own static server and waits until it answers. */
async function serve(cwd, port) {
  const server = spawn(
    'npx',
    ['docusaurus', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    {
      cwd,
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return () => process.kill(-server.pid);
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid);
  throw new Error(`the server in ${cwd} did not start`);
}

/** Loads a page in Chromium and sums the JavaScript it fetched, raw and gzipped. */
async function pageJavaScript(browser, url) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), await response.body());
    } catch {
      // a script that failed to load counts as nothing
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.close();
  let raw = 0;
  let gzipped = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gzipped += gzipSync(body, { level: 6 }).length;
  }
  return { files: scripts.size, raw, gzipped };
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

const kiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The catalogue page's HTML, gzipped, as a server would send it. */
async function pageHtml(url) {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: html.length, gzipped: gzipSync(html, { level: 6 }).length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Time from a reader's action to the filtered table, in the browser: React
 * handles clicks and typing synchronously, so the table is updated when the
 * event returns; we wait one frame more so layout is included.
 *
 * The address follows through the router once the reader pauses, and the
 * router re-renders the page; "address catch-up" is the time from the router
 * writing the address to the next frame, off the input path but still work
 * the main thread does.
 */
async function filterTimings(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const timings = await page.evaluate(async () => {
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const rowCount = () => document.querySelectorAll('[data-tool-catalogue] tbody tr').length;
    const checkbox = document.querySelector('input[name="status"][value="tillatt"]');
    const search = document.querySelector('#verktoy-sok');
    const setText = (value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(search, value);
      search.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const status = [];
    const text = [];
    for (let round = 0; round < 7; round += 1) {
      let start = performance.now();
      checkbox.click();
      await frame();
      status.push(performance.now() - start);
      checkbox.click();
      await frame();
      start = performance.now();
      setText('ver');
      await frame();
      text.push(performance.now() - start);
      setText('');
      await frame();
    }
    const rows = rowCount();
    const catchUp = [];
    const written = [];
    const replaceState = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      written.push(performance.now());
      return replaceState(...args);
    };
    for (let round = 0; round < 5; round += 1) {
      const before = written.length;
      checkbox.click();
      while (written.length === before) await frame();
      const writtenAt = written[written.length - 1];
      await frame();
      catchUp.push(performance.now() - writtenAt);
    }
    return { status, text, catchUp, rows };
  });
  await page.close();
  return {
    status: median(timings.status),
    text: median(timings.text),
    catchUp: median(timings.catchUp),
    rows: timings.rows,
  };
}

/** A clone of the site with `count` tools in its catalogue, made by varying the real ones. */
function siteWithGeneratedTools(count) {
  const directory = path.join(resultsDir, `catalogue-${count}`);
  if (existsSync(directory)) rmSync(directory, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  run('git', ['clone', '--quiet', '--local', siteDir, directory], siteDir);
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(directory, 'node_modules'));
  const toolDir = path.join(directory, 'docs/verktoy');
  const originals = readdirSync(toolDir).filter(
    (name) =>
      /^[a-z0-9-]+\.mdx$/.test(name) &&
      readFileSync(path.join(toolDir, name), 'utf8').includes('kind: verktoy'),
  );
  // Cycle through the statuses and categories the real tools use, so every ring and sector fills.
  const valuesOf = (field) => [
    ...new Set(
      originals.map(
        (name) =>
          new RegExp(`^${field}: (.*)$`, 'm').exec(
            readFileSync(path.join(toolDir, name), 'utf8'),
          )[1],
      ),
    ),
  ];
  const statuses = valuesOf('tool_status');
  const categories = valuesOf('category');
  for (let index = originals.length; index < count; index += 1) {
    const source = originals[index % originals.length];
    const id = `generert-${String(index).padStart(3, '0')}`;
    const status = statuses[index % statuses.length];
    const text = readFileSync(path.join(toolDir, source), 'utf8')
      .replace(/^title: .*$/m, `title: Generert verktøy ${index}`)
      .replace(/^category: .*$/m, `category: ${categories[index % categories.length]}`)
      .replace(/^tool_status: .*$/m, `tool_status: ${status}`)
      .replace(/^alternatives:.*(\n {2}- .*)*$/m, 'alternatives: []')
      // Keep the history valid: one entry, with the generated status.
      .replace(
        /^history:[\s\S]*?(?=^---$)/m,
        `history:\n  - date: 2020-01-01\n    tool_status: ${status}\n    reason: Generert for ytelsesmåling.\n`,
      );
    writeFileSync(path.join(toolDir, `${id}.mdx`), text);
  }
  return directory;
}

async function benchCatalogue(browser) {
  console.log('\nThe tool catalogue (/verktoy), nb build:');
  console.log(
    '  tools   page JS gzipped   HTML gzipped   filter by status   filter by text   address catch-up',
  );
  for (const count of [0, 500]) {
    const directory = count === 0 ? siteDir : siteWithGeneratedTools(count);
    if (count !== 0) run('npx', ['docusaurus', 'build', '--locale', 'nb'], directory);
    const stop = await serve(directory, 3303);
    try {
      const url = 'http://127.0.0.1:3303/verktoy';
      const js = await pageJavaScript(browser, url);
      const html = await pageHtml(url);
      const timing = await filterTimings(browser, url);
      console.log(
        `  ${String(timing.rows).padStart(5)}   ${kiB(js.gzipped).padEnd(17)} ${kiB(html.gzipped).padEnd(14)} ${timing.status.toFixed(1).padStart(6)} ms          ${timing.text.toFixed(1).padStart(6)} ms        ${timing.catchUp.toFixed(1).padStart(6)} ms`,
      );
    } finally {
      stop();
    }
  }
}

async function main() {
  if (only === undefined || only === 'scale') {
    createStockSite();
    const sizes = (argument('pages') ?? '1000').split(',').map(Number).filter(Boolean);
    const browser = await launchBrowser();
    try {
      const report = await benchScale({
        siteDir,
        resultsDir,
        stockDir,
        sizes,
        browser,
        withLighthouse: !process.argv.includes('--no-lighthouse'),
        reuse: process.argv.includes('--reuse'),
      });
      console.log(`\n${report}\nSaved to bench-results/scale.md.`);
    } finally {
      await browser.close();
    }
    return;
  }
  if (only === 'build') {
    const count = Number(argument('pages') ?? 5000);
    console.log(`\n${await benchOneBuild({ siteDir, resultsDir, count })}`);
    return;
  }
  if (only === 'levers') {
    const pages = Number(argument('pages') ?? 1000);
    console.log(`\n${await benchLevers({ resultsDir, pages })}\nSaved to bench-results/levers.md.`);
    return;
  }
  if (only === 'editions') {
    await benchEditions(siteDir, resultsDir);
    return;
  }
  if (only === 'catalogue') {
    if (!existsSync(path.join(siteDir, 'build/verktoy.json')))
      run('npx', ['docusaurus', 'build'], siteDir);
    const browser = await launchBrowser();
    try {
      await benchCatalogue(browser);
    } finally {
      await browser.close();
    }
    return;
  }
  const rows = [];
  const ourBuildSeconds = timedBuild(siteDir);
  let stockBuildSeconds;
  if (!skipStock) {
    createStockSite();
    stockBuildSeconds = timedBuild(stockDir);
  }

  const browser = await launchBrowser();
  try {
    const stopOurs = await serve(siteDir, 3301);
    try {
      for (const pagePath of ourPages) {
        rows.push({
          site: 'Verktøykassa',
          page: pagePath,
          ...(await pageJavaScript(browser, `http://127.0.0.1:3301${pagePath}`)),
        });
      }
    } finally {
      stopOurs();
    }
    if (!skipStock) {
      const stopStock = await serve(stockDir, 3302);
      try {
        for (const pagePath of ['/docs/intro', '/']) {
          rows.push({
            site: 'stock Docusaurus',
            page: pagePath,
            ...(await pageJavaScript(browser, `http://127.0.0.1:3302${pagePath}`)),
          });
        }
      } finally {
        stopStock();
      }
    }
  } finally {
    await browser.close();
  }

  console.log(
    `\nBenchmark, Docusaurus ${docusaurusVersion}, Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log('\nProduction build from a cleared cache (docusaurus clear && docusaurus build):');
  console.log(`  Verktøykassa, nb + en:     ${ourBuildSeconds.toFixed(1)} s`);
  if (stockBuildSeconds !== undefined)
    console.log(`  stock classic site, en:    ${stockBuildSeconds.toFixed(1)} s`);
  console.log('\nJavaScript a page loads in Chromium (all script responses until network idle):');
  console.log(
    '  site               page                                    files   raw          gzipped',
  );
  for (const row of rows) {
    console.log(
      `  ${row.site.padEnd(18)} ${row.page.padEnd(39)} ${String(row.files).padStart(5)}   ${kiB(row.raw).padEnd(12)} ${kiB(row.gzipped)}`,
    );
  }

  if (only !== 'site') {
    const catalogueBrowser = await launchBrowser();
    try {
      await benchCatalogue(catalogueBrowser);
    } finally {
      await catalogueBrowser.close();
    }
  }
}

await main();
