import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { isoDateOf } from '../../src/domain/dates';
import { newEditionRequest } from '../../src/domain/editions/newEdition';
import type { Edition } from '../../src/domain/editions/schema';
import { readEditionRecords } from '../../plugins/editions';

/** The docs instance whose versions are the editions, and where their adoption is recorded. */
export const editionsLayout = {
  pluginId: 'retningslinjer',
  recordsFile: 'data/utgaver.yml',
} as const;

export type EditionOutcome = { ok: true; edition: Edition } | { ok: false; problems: string[] };

/** Takes the snapshot of the docs and their translations: Docusaurus's own `docs:version`. */
export function docusaurusSnapshot(siteDir: string, edition: string): void {
  execFileSync('npx', ['docusaurus', `docs:version:${editionsLayout.pluginId}`, edition], {
    cwd: siteDir,
    stdio: 'pipe',
  });
}

/** What an edition is called in each language; Docusaurus would copy the draft's label. */
const editionWord: Record<string, string> = { en: 'Edition', nb: 'Utgave', nn: 'Utgåve' };

function labelTranslatedEditions(siteDir: string, edition: string): void {
  const i18n = path.join(siteDir, 'i18n');
  if (!existsSync(i18n)) return;
  for (const locale of readdirSync(i18n)) {
    const file = path.join(
      i18n,
      locale,
      `docusaurus-plugin-content-docs-${editionsLayout.pluginId}`,
      `version-${edition}.json`,
    );
    if (!existsSync(file)) continue;
    const translations = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    translations['version.label'] = {
      message: `${editionWord[locale] ?? 'Utgave'} ${edition}`,
      description: `The label for version ${edition}`,
    };
    writeFileSync(file, `${JSON.stringify(translations, null, 2)}\n`);
  }
}

/** Everything `docs:version` writes for an edition, so a failed run can be undone. */
function snapshotPaths(siteDir: string, edition: string): string[] {
  const { pluginId } = editionsLayout;
  const paths = [
    `${pluginId}_versioned_docs/version-${edition}`,
    `${pluginId}_versioned_sidebars/version-${edition}-sidebars.json`,
  ];
  const i18n = path.join(siteDir, 'i18n');
  if (existsSync(i18n)) {
    for (const locale of readdirSync(i18n)) {
      paths.push(
        `i18n/${locale}/docusaurus-plugin-content-docs-${pluginId}/version-${edition}`,
        `i18n/${locale}/docusaurus-plugin-content-docs-${pluginId}/version-${edition}.json`,
      );
    }
  }
  return paths;
}

/**
 * Makes a new edition: checks the request, snapshots the guidelines and their
 * translations, and records who adopted the edition. A refused or failed run
 * changes nothing: every check comes first, and a snapshot that fails half-way
 * is removed again, with versions.json as it was.
 */
export function makeEdition(
  siteDir: string,
  args: readonly string[],
  {
    today = isoDateOf(new Date()),
    snapshot = docusaurusSnapshot,
  }: { today?: string; snapshot?: (siteDir: string, edition: string) => void } = {},
): EditionOutcome {
  const versionsFile = path.join(siteDir, `${editionsLayout.pluginId}_versions.json`);
  const versionsBefore = existsSync(versionsFile) ? readFileSync(versionsFile, 'utf8') : undefined;
  const versions = versionsBefore ? (JSON.parse(versionsBefore) as string[]) : [];
  const { records, problems } = readEditionRecords(siteDir, editionsLayout.recordsFile, versions);
  if (problems.length > 0) {
    return {
      ok: false,
      problems: [
        `fix the edition records first:`,
        ...problems.map(
          (problem) =>
            `${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
        ),
      ],
    };
  }
  const existing = versions.map((edition) => ({
    edition,
    date: records.find((record) => record.edition === edition)?.date ?? '0000-00-00',
  }));
  const request = newEditionRequest(args, existing, today);
  if (!request.ok) return request;
  const { edition } = request;

  const leftovers = snapshotPaths(siteDir, edition.edition).filter((file) =>
    existsSync(path.join(siteDir, file)),
  );
  if (leftovers.length > 0) {
    return {
      ok: false,
      problems: [
        `files of an edition ${edition.edition} are there already; remove them first: ${leftovers.join(', ')}`,
      ],
    };
  }

  const recordsPath = path.join(siteDir, editionsLayout.recordsFile);
  const recordsBefore = existsSync(recordsPath) ? readFileSync(recordsPath, 'utf8') : undefined;
  try {
    snapshot(siteDir, edition.edition);
    labelTranslatedEditions(siteDir, edition.edition);
    const document = parseDocument(recordsBefore ?? 'editions: []\n');
    const list = document.get('editions') as { items: unknown[]; flow?: boolean } | undefined;
    // Newest first, as in versions.json; one block per edition, easy to read in a pull request.
    if (list) list.flow = false;
    list?.items.unshift(document.createNode(edition, { flow: false }));
    writeFileSync(recordsPath, document.toString());
    return { ok: true, edition };
  } catch (error) {
    for (const file of snapshotPaths(siteDir, edition.edition))
      rmSync(path.join(siteDir, file), { recursive: true, force: true });
    if (versionsBefore === undefined) rmSync(versionsFile, { force: true });
    else writeFileSync(versionsFile, versionsBefore);
    if (recordsBefore === undefined) rmSync(recordsPath, { force: true });
    else writeFileSync(recordsPath, recordsBefore);
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
    return {
      ok: false,
      problems: [
        `the snapshot failed, and nothing was changed: ${detail.split('\n').slice(-5).join(' ')}`,
      ],
    };
  }
}
