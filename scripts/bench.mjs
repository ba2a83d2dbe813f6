#!/usr/bin/env node
/**
 * Benchmark: production build time of both locales and the gzipped JavaScript a
 * guideline page loads, beside the same figures for a stock `create-docusaurus`
 * classic site built on the same machine in the same run.
 *
 * Prints figures; asserts nothing. Usage: npm run bench [-- --skip-stock]
 * The stock site is created under bench-results/ (git-ignored) and reused on later runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(siteDir, 'bench-results');
const stockDir = path.join(resultsDir, 'stock');
const docusaurusVersion = JSON.parse(
  readFileSync(path.join(siteDir, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
).version;
const skipStock = process.argv.includes('--skip-stock');

/** A guideline without decision tools, guidelines with them, a tree's own page, and the home page. */
const ourPages = [
  '/retningslinjer/universell-utforming',
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

const kiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const rows = [];
  const ourBuildSeconds = timedBuild(siteDir);
  let stockBuildSeconds;
  if (!skipStock) {
    createStockSite();
    stockBuildSeconds = timedBuild(stockDir);
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
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
}

await main();
