import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfSite as copyOfSiteParts } from '../../test/siteCopy';
import { docusaurusSnapshot, makeEdition } from './makeEdition';

const siteDir = path.resolve(__dirname, '../..');

/** A temporary copy of the parts of the site the edition command touches. */
function copyOfSite(): string {
  return copyOfSiteParts(
    [
      'retningslinjer',
      'retningslinjer_versioned_docs',
      'retningslinjer_versioned_sidebars',
      'retningslinjer_versions.json',
      'data/utgaver.yml',
      'i18n',
    ],
    'verktoykassa-edition-',
  );
}

/** Every file and its text, to prove that a refused command changed nothing. */
function snapshotOf(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(directory, name))
      .filter((file) => existsSync(file) && !isDirectory(file))
      .map((file) => [path.relative(directory, file), readFileSync(file, 'utf8')]),
  );
}

function isDirectory(file: string): boolean {
  try {
    readdirSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Stands in for `docusaurus docs:version` the way it writes files, fast enough for a unit test. */
function fakeSnapshot(site: string, edition: string): void {
  cpSync(
    path.join(site, 'retningslinjer'),
    path.join(site, `retningslinjer_versioned_docs/version-${edition}`),
    {
      recursive: true,
    },
  );
  writeFileSync(
    path.join(site, `retningslinjer_versioned_sidebars/version-${edition}-sidebars.json`),
    '{}',
  );
  const versions = JSON.parse(
    readFileSync(path.join(site, 'retningslinjer_versions.json'), 'utf8'),
  ) as string[];
  writeFileSync(
    path.join(site, 'retningslinjer_versions.json'),
    JSON.stringify([edition, ...versions]),
  );
  const translations = path.join(site, 'i18n/en/docusaurus-plugin-content-docs-retningslinjer');
  cpSync(path.join(translations, 'current'), path.join(translations, `version-${edition}`), {
    recursive: true,
  });
  cpSync(
    path.join(translations, 'current.json'),
    path.join(translations, `version-${edition}.json`),
  );
}

const today = '2027-01-20';
const valid = [
  '2027',
  '--adopted-by',
  'Kommunedirektøren',
  '--date',
  '2027-01-15',
  '--case',
  '27/4321',
];

describe('npm run edition', () => {
  it('snapshots the edition with its translations and records its adoption, newest first', () => {
    const site = copyOfSite();
    const outcome = makeEdition(site, valid, { today, snapshot: fakeSnapshot });
    expect(outcome.ok).toBe(true);
    const records = parse(readFileSync(path.join(site, 'data/utgaver.yml'), 'utf8')) as {
      editions: { edition: string; case_ref: string }[];
    };
    expect(records.editions.map((record) => record.edition)).toEqual([
      '2027',
      '2026-2',
      '2026',
      '2025',
    ]);
    expect(records.editions[0]!.case_ref).toBe('27/4321');
    const label = JSON.parse(
      readFileSync(
        path.join(site, 'i18n/en/docusaurus-plugin-content-docs-retningslinjer/version-2027.json'),
        'utf8',
      ),
    ) as Record<string, { message: string }>;
    expect(label['version.label']!.message).toBe('Edition 2027');
  });

  it.each([
    ['an edition that exists', ['2026', ...valid.slice(1)], /edition 2026 exists already/],
    [
      'a date in the future',
      [...valid.slice(0, 4), '2027-03-01', ...valid.slice(5)],
      /is in the future/,
    ],
    ['malformed metadata', [...valid.slice(0, 6), 'saken'], /--case: must be a case reference/],
    ['missing metadata', valid.slice(0, 3), /--date: is required/],
  ])('refuses %s and changes nothing', (_what, args, message) => {
    const site = copyOfSite();
    const before = snapshotOf(site);
    let snapshotTaken = false;
    const outcome = makeEdition(site, args, { today, snapshot: () => (snapshotTaken = true) });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.join('\n')).toMatch(message);
    expect(snapshotTaken).toBe(false);
    expect(snapshotOf(site)).toEqual(before);
  });

  it('refuses when half-written folders of the edition are there, and changes nothing', () => {
    const site = copyOfSite();
    mkdirSync(path.join(site, 'retningslinjer_versioned_docs/version-2027'));
    const before = snapshotOf(site);
    const outcome = makeEdition(site, valid, { today, snapshot: fakeSnapshot });
    expect(outcome.ok ? '' : outcome.problems.join('\n')).toMatch(
      /files of an edition 2027 are there already; remove them first: retningslinjer_versioned_docs\/version-2027/,
    );
    expect(snapshotOf(site)).toEqual(before);
  });

  it('undoes a snapshot that fails half-way: no folders, versions and records as they were', () => {
    const site = copyOfSite();
    const before = snapshotOf(site);
    const outcome = makeEdition(site, valid, {
      today,
      snapshot: (directory, edition) => {
        fakeSnapshot(directory, edition);
        throw new Error('docs:version failed');
      },
    });
    expect(outcome.ok ? '' : outcome.problems.join('\n')).toMatch(
      /the snapshot failed, and nothing was changed/,
    );
    expect(snapshotOf(site)).toEqual(before);
    expect(existsSync(path.join(site, 'retningslinjer_versioned_docs/version-2027'))).toBe(false);
  });
});

describe('npm run edition with Docusaurus itself', () => {
  it('makes a real edition in a full copy of the site', { timeout: 120_000 }, () => {
    const site = mkdtempSync(path.join(tmpdir(), 'verktoykassa-site-'));
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: siteDir,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && existsSync(path.join(siteDir, file)));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      cpSync(path.join(siteDir, file), path.join(site, file));
    }
    symlinkSync(path.join(siteDir, 'node_modules'), path.join(site, 'node_modules'));
    const outcome = makeEdition(site, valid, { today, snapshot: docusaurusSnapshot });
    expect(outcome).toMatchObject({ ok: true });
    expect(
      existsSync(path.join(site, 'retningslinjer_versioned_docs/version-2027/arkivering.mdx')),
    ).toBe(true);
    expect(
      existsSync(
        path.join(
          site,
          'i18n/en/docusaurus-plugin-content-docs-retningslinjer/version-2027/arkivering.mdx',
        ),
      ),
    ).toBe(true);
    expect(
      JSON.parse(readFileSync(path.join(site, 'retningslinjer_versions.json'), 'utf8')),
    ).toEqual(['2027', '2026-2', '2026', '2025']);
  });
});
