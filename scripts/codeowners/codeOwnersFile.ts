import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentLayout } from '../../src/domain/content/location';
import { formatProblem, type ContentProblem } from '../../src/domain/content/problems';
import { defaultLocaleOf, owningUnits, type Organisation } from '../../src/domain/organisation';
import {
  codeOwnersPath,
  codeOwnersText,
  contentOwners,
  type SourceFile,
} from '../../src/domain/scaffold/codeOwners';

/** The guidelines' docs instance: its own folder, editions and translations. */
const guidelinesPluginId = 'retningslinjer';

/** Folders that hold owned content, and the files in them that count. */
const ownedContent: readonly { folder: string; files: RegExp }[] = [
  { folder: 'docs', files: /\.mdx?$/ },
  { folder: guidelinesPluginId, files: /\.mdx?$/ },
  { folder: `${guidelinesPluginId}_versioned_docs`, files: /\.mdx?$/ },
  { folder: 'i18n', files: /\.mdx?$/ },
  { folder: 'data/beslutningstraer', files: /\.ya?ml$/ },
  { folder: 'data/sjekklister', files: /\.ya?ml$/ },
];

function filesUnder(siteDir: string, folder: string, pattern: RegExp): string[] {
  const directory = path.join(siteDir, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
    .filter((file) => pattern.test(file));
}

/** The site's docs instances as docusaurus.config.ts sets them up, with the editions on disk. */
export function siteLayout(siteDir: string, organisation: Organisation): ContentLayout {
  const versionsFile = path.join(siteDir, `${guidelinesPluginId}_versions.json`);
  const editions = existsSync(versionsFile)
    ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[])
    : [];
  return {
    locales: organisation.locales.map((locale) => locale.code),
    defaultLocale: defaultLocaleOf(organisation).code,
    docs: [
      { pluginId: 'default', path: 'docs', versions: [] },
      { pluginId: guidelinesPluginId, path: guidelinesPluginId, versions: editions },
    ],
    blogPath: 'blog',
  };
}

/** Every file that has an owner: pages, editions, translations, trees and checklists. */
export function readOwnedContent(siteDir: string): SourceFile[] {
  return ownedContent
    .flatMap(({ folder, files }) => filesUnder(siteDir, folder, files))
    .sort()
    .map((file) => ({ path: file, text: readFileSync(path.join(siteDir, file), 'utf8') }));
}

/** What `.github/CODEOWNERS` should say for the content as it is now, or why it cannot be made. */
export function expectedCodeOwners(
  siteDir: string,
  organisation: Organisation,
): { text: string; problems: ContentProblem[] } {
  const { owned, problems } = contentOwners(
    readOwnedContent(siteDir),
    owningUnits(organisation),
    siteLayout(siteDir, organisation),
  );
  return {
    text: codeOwnersText(owned, organisation.units, organisation.competenceCentre),
    problems,
  };
}

export type CodeOwnersOutcome = { ok: true; changed: boolean } | { ok: false; problems: string[] };

/**
 * Writes `.github/CODEOWNERS` from the content. With a file whose owner is
 * unknown it writes nothing: a file that leaves some pages to nobody would
 * look complete and not be.
 */
export function writeCodeOwners(siteDir: string, organisation: Organisation): CodeOwnersOutcome {
  const { text, problems } = expectedCodeOwners(siteDir, organisation);
  if (problems.length > 0) return { ok: false, problems: problems.map(formatProblem) };
  const file = path.join(siteDir, codeOwnersPath);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === text) return { ok: true, changed: false };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { ok: true, changed: true };
}
