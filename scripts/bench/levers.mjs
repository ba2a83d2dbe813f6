/**
 * The build levers Docusaurus 3.8–3.10 offers, each measured on the copy of this
 * site that `npm run bench` made (bench-results/scale-<N>/ours): a cold build with
 * everything on (`future.v4` turns on all of Docusaurus Faster), then one cold build
 * with each lever off, and for the persistent cache a warm build too. Prints wall
 * and CPU time, peak memory and the build's parts; asserts nothing.
 * Usage: npm run bench -- --only=levers [--pages=1000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureCommand } from './processTree.mjs';
import { buildParts } from './scale.mjs';

/** Each lever, as the text that replaces `v4: true,` in the copy's docusaurus.config.ts. */
const levers = [
  ['all on (future.v4)', null],
  ['SSG worker threads off', 'v4: true, faster: { ssgWorkerThreads: false },'],
  ['Rspack persistent cache off', 'v4: true, faster: { rspackPersistentCache: false },'],
  ['eager git (one git log for the site) off', 'v4: true, faster: { gitEagerVcs: false },'],
  ['module concatenation off', 'v4: true,'],
];

/** A plugin, written into the copy's config, that turns module concatenation off. */
const noConcatenation = `plugins: [
    () => ({
      name: 'bench-no-concatenation',
      configureWebpack: () => ({ optimization: { concatenateModules: false } }),
    }),`;

async function coldAndWarm(site, withWarm) {
  spawnSync('npx', ['docusaurus', 'clear'], { cwd: site, stdio: 'ignore' });
  const env = {
    ...process.env,
    DOCUSAURUS_PERF_LOGGER: 'true',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim(),
  };
  const args = ['docusaurus', 'build', '--locale', 'nb'];
  const cold = await measureCommand('npx', args, { cwd: site, env });
  const warm = withWarm ? await measureCommand('npx', args, { cwd: site, env }) : null;
  return { cold, warm };
}

export async function benchLevers({ resultsDir, pages }) {
  const site = path.join(resultsDir, `scale-${pages}`, 'ours');
  const configFile = path.join(site, 'docusaurus.config.ts');
  if (!existsSync(configFile))
    throw new Error(`No copy at ${site}: run npm run bench -- --pages=${pages} first`);
  const original = readFileSync(configFile, 'utf8');
  const rows = [];
  try {
    for (const [name, replacement] of levers) {
      let config = replacement ? original.replace('v4: true,', replacement) : original;
      if (name.startsWith('module concatenation'))
        config = config.replace(/plugins: \[/, noConcatenation);
      writeFileSync(configFile, config);
      console.log(`   ${name} …`);
      const withWarm = name.startsWith('all on') || name.startsWith('Rspack persistent cache');
      const { cold, warm } = await coldAndWarm(site, withWarm);
      rows.push({ name, cold, warm, parts: buildParts(cold.output) });
    }
  } finally {
    writeFileSync(configFile, original);
  }
  const base = rows[0];
  const lines = [
    `# Build levers at ${pages} pages: \`npm run bench -- --only=levers --pages=${pages}\``,
    '',
    'Cold builds of this site (nb, every edition, search included) with all of Docusaurus Faster on, then with one lever off at a time; ratios are to all on. One run each on a shared 2-core machine: read differences under about 10 % as noise.',
    '',
    '| build | wall | CPU | peak memory | ÷ all on (wall) | bundling | SSG | postBuild | warm wall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.cold.wallSeconds.toFixed(0)} s | ${row.cold.cpuSeconds.toFixed(0)} s | ${(row.cold.peakBytes / 2 ** 30).toFixed(2)} GiB | ${(row.cold.wallSeconds / base.cold.wallSeconds).toFixed(2)}× | ${(row.parts['Bundling with rspack'] ?? 0).toFixed(1)} s | ${(row.parts.SSG ?? 0).toFixed(1)} s | ${(row.parts.postBuild ?? 0).toFixed(1)} s | ${row.warm ? `${row.warm.wallSeconds.toFixed(0)} s` : ''} |`,
    );
  }
  const text = lines.join('\n');
  writeFileSync(path.join(resultsDir, 'levers.md'), `${text}\n`);
  return text;
}
