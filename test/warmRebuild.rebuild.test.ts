import { execFileSync, spawnSync } from 'node:child_process';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfSite, siteDir } from './siteCopy';

/*
 * The second `npm run build` reuses Rspack's persistent cache (Docusaurus Faster), which
 * is what makes it fast. A cached page must still show what the content says now: a tree
 * page compiled last time must not keep last time's questions. This builds a copy of the
 * site, changes content of each kind a page takes from another file, builds again with
 * the cache, and reads the pages. Slow (two builds), so it runs on its own after the
 * unit tests: `npm run test:rebuild`.
 */

const trackedFiles = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
  cwd: siteDir,
  encoding: 'utf8',
})
  .split('\n')
  .filter(
    (file) => file && !file.startsWith('bench-results/') && existsSync(path.join(siteDir, file)),
  );
const topLevel = [...new Set(trackedFiles.map((file) => file.split('/')[0]!))];
const newestEdition = (
  JSON.parse(readFileSync(path.join(siteDir, 'retningslinjer_versions.json'), 'utf8')) as string[]
)[0]!;

let copy: string;
const timings: Record<string, number> = {};

function build(label: string): void {
  const started = Date.now();
  const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'nb'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', EDITIONS: newestEdition },
  });
  timings[label] = (Date.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`${label} build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}

const page = (sitePath: string): string =>
  readFileSync(path.join(copy, 'build', `${sitePath}.html`), 'utf8');

function edit(file: string, from: string, to: string): void {
  const full = path.join(copy, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has "${from}": update this test`);
  writeFileSync(full, text.replace(from, to));
}

describe('a warm rebuild shows the content as it is now', () => {
  beforeAll(() => {
    copy = copyOfSite(
      topLevel.filter((entry) => entry !== 'node_modules'),
      'verktoykassa-rebuild-',
    );
    // Links to the packages, not to node_modules itself: Docusaurus keeps the bundler's
    // cache in node_modules/.cache, and the copy must neither use nor clear the site's.
    mkdirSync(path.join(copy, 'node_modules'));
    for (const name of readdirSync(path.join(siteDir, 'node_modules'))) {
      if (name !== '.cache')
        symlinkSync(
          path.join(siteDir, 'node_modules', name),
          path.join(copy, 'node_modules', name),
        );
    }
    spawnSync('git', ['init', '-q'], { cwd: copy });
    spawnSync('git', ['add', '-A'], { cwd: copy });
    spawnSync(
      'git',
      ['-c', 'user.email=test@example.no', '-c', 'user.name=test', 'commit', '-qm', 'copy'],
      {
        cwd: copy,
      },
    );
    spawnSync('npx', ['docusaurus', 'clear'], { cwd: copy, stdio: 'ignore' });
    build('cold');
    expect(page('beslutningstre/kan-jeg-publisere')).toContain('Hvor skal du publisere?');

    edit(
      'data/beslutningstraer/kan-jeg-publisere.yml',
      'question: Hvor skal du publisere?',
      'question: Hvor skal innlegget publiseres?',
    );
    edit('docs/verktoy/canva.mdx', 'title: Canva', 'title: Canva Designverktøy');
    edit('docs/verktoy/canva.mdx', 'last_reviewed: 2026-11-24', 'last_reviewed: 2026-10-05');
    edit(
      'data/synonymer.yml',
      'DPIA, vurdering av',
      'DPIA, konsekvensutredning for personvern, vurdering av',
    );
    build('warm');
    console.log(
      `[rebuild] cold ${timings.cold!.toFixed(0)} s, warm ${timings.warm!.toFixed(0)} s (${(timings.warm! / timings.cold!).toFixed(2)} × cold)`,
    );
  }, 900_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('a tree page and the guideline embedding the tree show the changed question', () => {
    expect(page('beslutningstre/kan-jeg-publisere')).toContain('Hvor skal innlegget publiseres?');
    expect(page('beslutningstre/kan-jeg-publisere')).not.toContain('Hvor skal du publisere?');
  });

  it('the catalogue and the tool page show the tool under its new name', () => {
    expect(page('verktoy')).toContain('Canva Designverktøy');
    expect(page('verktoy/canva')).toContain('Canva Designverktøy');
  });

  it('the tool page shows the new review date and the next review it gives', () => {
    expect(page('verktoy/canva')).toContain('<dt>Vurdert<dd>5. oktober 2026');
    expect(page('verktoy/canva')).toContain('<dt>Neste vurdering<dd>5. oktober 2027');
  });

  it('the search gets the changed synonyms', () => {
    const scripts = readdirSync(path.join(copy, 'build/assets/js')).map((name) =>
      readFileSync(path.join(copy, 'build/assets/js', name), 'utf8'),
    );
    expect(scripts.some((script) => script.includes('konsekvensutredning for personvern'))).toBe(
      true,
    );
  });
});
