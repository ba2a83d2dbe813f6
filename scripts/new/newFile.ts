import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isoDateOf, type IsoDate } from '../../src/domain/dates';
import { owningUnits, type Organisation } from '../../src/domain/organisation';
import { previewPath, scaffoldFolders, type ScaffoldKind } from '../../src/domain/scaffold/kinds';
import { planNewFile, type ScaffoldSite } from '../../src/domain/scaffold/plan';
import { writeCodeOwners, type CodeOwnersOutcome } from '../codeowners/codeOwnersFile';

export type NewFileOutcome =
  | {
      ok: true;
      kind: ScaffoldKind;
      owner: string | undefined;
      /** The file written, from the site folder. */
      path: string;
      /** Where the page shows up under `npm start`. */
      preview: string;
      codeOwners: CodeOwnersOutcome;
    }
  | { ok: false; problems: string[] };

/** The keys of a YAML mapping file (blog/authors.yml, blog/tags.yml), in file order. */
function keysOf(file: string): string[] {
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  return typeof data === 'object' && data !== null ? Object.keys(data) : [];
}

function entriesOf(siteDir: string, folder: string): string[] {
  const directory = path.join(siteDir, folder);
  return existsSync(directory) ? readdirSync(directory).map((name) => `${folder}/${name}`) : [];
}

/** What the plan needs to know about the site, read from disk. */
export function readScaffoldSite(
  siteDir: string,
  organisation: Organisation,
  today: IsoDate,
): ScaffoldSite {
  const versionsFile = path.join(siteDir, 'retningslinjer_versions.json');
  return {
    today,
    units: owningUnits(organisation),
    defaultOwner: organisation.competenceCentre,
    authors: keysOf(path.join(siteDir, 'blog/authors.yml')),
    tags: keysOf(path.join(siteDir, 'blog/tags.yml')),
    existing: scaffoldFolders.flatMap((folder) => entriesOf(siteDir, folder)),
    reserved: {
      editions: existsSync(versionsFile)
        ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[])
        : [],
      locales: organisation.locales.map((locale) => locale.code),
    },
  };
}

/**
 * `npm run new -- <kind> "<title>"`: writes one new file that passes the
 * content model, then brings .github/CODEOWNERS up to date. A refused command
 * writes nothing.
 */
export function newFile(
  siteDir: string,
  args: readonly string[],
  organisation: Organisation,
  { today = isoDateOf(new Date()) }: { today?: IsoDate } = {},
): NewFileOutcome {
  const site = readScaffoldSite(siteDir, organisation, today);
  const plan = planNewFile(args, site);
  if (!plan.ok) return plan;
  const file = path.join(siteDir, plan.path);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' refuses to overwrite, should the file have appeared since the check.
    writeFileSync(file, plan.text, { flag: 'wx' });
  } catch {
    return { ok: false, problems: [`${plan.path} finnes allerede. Ingenting ble skrevet.`] };
  }
  return {
    ok: true,
    kind: plan.kind,
    owner: plan.owner,
    path: plan.path,
    preview: previewPath(plan.kind, plan.slug, today, site.reserved),
    codeOwners: writeCodeOwners(siteDir, organisation),
  };
}
