/**
 * Build cost against the number of adopted editions: copies of the site with
 * 1, 3 and 6 editions (the latest edition's text under earlier names, as an
 * organisation that adopts yearly would have), each built cold, both locales.
 * Prints wall time and peak memory; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const pluginId = 'retningslinjer';

/** A copy of the site (tracked and untracked files, not ignored ones) with its own Git history. */
/**
 * A node_modules of links to the site's packages, all but `.cache`: Docusaurus keeps
 * Rspack's persistent cache in node_modules/.cache, and `docusaurus clear` deletes it,
 * so a copy linking the whole folder would share (and clear) the site's cache.
 */
export function linkNodeModules(source, target) {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name !== '.cache') symlinkSync(path.join(source, name), path.join(target, name));
  }
}

export function copySite(siteDir, target) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: siteDir,
    encoding: 'utf8',
  })
    .stdout.split('\n')
    .filter((file) => file && existsSync(path.join(siteDir, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(siteDir, file), path.join(target, file));
  }
  linkNodeModules(path.join(siteDir, 'node_modules'), path.join(target, 'node_modules'));
  // Git history makes "last updated" work the same as in the real site.
  spawnSync('git', ['init', '-q'], { cwd: target });
  spawnSync('git', ['add', '-A'], { cwd: target });
  spawnSync(
    'git',
    ['-c', 'user.email=bench@example.no', '-c', 'user.name=bench', 'commit', '-qm', 'bench'],
    { cwd: target },
  );
}

/** Leaves exactly `count` editions: the real ones, then copies of the oldest under earlier years. */
function setEditions(site, count) {
  const versionsFile = path.join(site, `${pluginId}_versions.json`);
  const real = JSON.parse(readFileSync(versionsFile, 'utf8'));
  const oldest = real.at(-1);
  const names = [...real];
  for (let year = Number(oldest) - 1; names.length < count; year -= 1) names.push(String(year));
  const kept = names.slice(0, count);
  for (const name of names.slice(count)) {
    rmSync(path.join(site, `${pluginId}_versioned_docs/version-${name}`), {
      recursive: true,
      force: true,
    });
    rmSync(path.join(site, `${pluginId}_versioned_sidebars/version-${name}-sidebars.json`), {
      force: true,
    });
    rmSync(path.join(site, `i18n/en/docusaurus-plugin-content-docs-${pluginId}/version-${name}`), {
      recursive: true,
      force: true,
    });
    rmSync(
      path.join(site, `i18n/en/docusaurus-plugin-content-docs-${pluginId}/version-${name}.json`),
      { force: true },
    );
  }
  for (const name of kept.filter((candidate) => !real.includes(candidate))) {
    cpSync(
      path.join(site, `${pluginId}_versioned_docs/version-${oldest}`),
      path.join(site, `${pluginId}_versioned_docs/version-${name}`),
      { recursive: true },
    );
    cpSync(
      path.join(site, `${pluginId}_versioned_sidebars/version-${oldest}-sidebars.json`),
      path.join(site, `${pluginId}_versioned_sidebars/version-${name}-sidebars.json`),
    );
    const translations = path.join(site, `i18n/en/docusaurus-plugin-content-docs-${pluginId}`);
    cpSync(
      path.join(translations, `version-${oldest}`),
      path.join(translations, `version-${name}`),
      { recursive: true },
    );
    cpSync(
      path.join(translations, `version-${oldest}.json`),
      path.join(translations, `version-${name}.json`),
    );
  }
  writeFileSync(versionsFile, JSON.stringify(kept, null, 2));
  const records = kept
    .map((name, index) => {
      const year = Number(name.slice(0, 4)) || 2020 - index;
      return `  - edition: "${name}"\n    adopted_by: Kommunedirektøren\n    date: ${year}-0${(index % 9) + 1}-15\n    case_ref: ${year}/${1000 + index}`;
    })
    .join('\n');
  writeFileSync(path.join(site, 'data/utgaver.yml'), `editions:\n${records}\n`);
}

/** A cold build (caches cleared) of both locales; wall time and the peak memory GNU time reports. */
function coldBuild(site, env = {}) {
  spawnSync('npx', ['docusaurus', 'clear'], { cwd: site, stdio: 'ignore' });
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'docusaurus', 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`build failed in ${site}:\n${result.stderr.slice(-2000)}`);
  const peakKiB = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, peakMiB: peakKiB / 1024 };
}

export async function benchEditions(siteDir, resultsDir) {
  const rows = [];
  for (const count of [1, 3, 6]) {
    const site = path.join(resultsDir, `editions-${count}`);
    copySite(siteDir, site);
    setEditions(site, count);
    rows.push({ count, what: 'every edition (npm run build)', ...coldBuild(site) });
    if (count > 1) {
      const latest = JSON.parse(
        readFileSync(path.join(site, `${pluginId}_versions.json`), 'utf8'),
      )[0];
      rows.push({
        count,
        what: `latest only (EDITIONS=${latest})`,
        ...coldBuild(site, { EDITIONS: latest }),
      });
    }
  }
  console.log('\nBuild cost by number of adopted editions (cold build, nb + en, plus the draft):');
  console.log('  editions  built                              wall time   peak memory');
  for (const row of rows) {
    console.log(
      `  ${String(row.count).padStart(8)}  ${row.what.padEnd(34)} ${row.seconds.toFixed(1).padStart(7)} s   ${row.peakMiB.toFixed(0).padStart(6)} MiB`,
    );
  }
}
