import { copyOfSite as copyOfSiteParts } from '../../test/siteCopy';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { organisation as organisationSettings } from '../../organisation';
import { readContentFile } from '../../src/domain/content/frontMatter';
import { formatProblem } from '../../src/domain/content/problems';
import { readDecisionTools } from '../../src/domain/decisionTools/read';
import { parseOrganisation } from '../../src/domain/organisation';
import { codeOwnersPath } from '../../src/domain/scaffold/codeOwners';
import { scaffoldKinds, type ScaffoldKind } from '../../src/domain/scaffold/kinds';
import { placeholderLinks } from '../../src/domain/scaffold/templates';
import { expectedCodeOwners, siteLayout } from '../codeowners/codeOwnersFile';
import { newFile, readScaffoldSite } from './newFile';

const siteDir = path.resolve(__dirname, '../..');
const organisation = parseOrganisation(organisationSettings);
const today = '2026-11-24';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** A temporary copy of the content `npm run new` reads and writes, and the CODEOWNERS it updates. */
function copyOfSite(): string {
  const copy = copyOfSiteParts(
    [
      'docs',
      'retningslinjer',
      'retningslinjer_versioned_docs',
      'retningslinjer_versions.json',
      'data',
      'blog',
      'i18n',
      codeOwnersPath,
    ],
    'verktoykassa-new-',
  );
  copies.push(copy);
  return copy;
}

/** Every file and its text, to prove that a refused command changed nothing. */
function snapshotOf(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory, { recursive: true, encoding: 'utf8', withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(directory, file), readFileSync(file, 'utf8')]),
  );
}

function yamlFilesOf(site: string, folder: string) {
  return readdirSync(path.join(site, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(site, folder, name), 'utf8'),
    }));
}

/** What the build reports for the new file, read the way the build reads it, in the copy. */
function buildProblems(site: string, file: string): string[] {
  if (file.endsWith('.mdx')) {
    const scaffoldSite = readScaffoldSite(site, organisation, today);
    const context = {
      layout: siteLayout(site, organisation),
      blog: { authors: scaffoldSite.authors, tags: scaffoldSite.tags },
    };
    return readContentFile(file, readFileSync(path.join(site, file), 'utf8'), context).problems.map(
      formatProblem,
    );
  }
  const { problems } = readDecisionTools(
    yamlFilesOf(site, 'data/beslutningstraer'),
    yamlFilesOf(site, 'data/sjekklister'),
  );
  return problems.map(formatProblem);
}

/**
 * The file a page of the site is built from, for the links the scaffold puts
 * in new files. Guidelines are served from the latest adopted edition.
 */
function sourceOfPage(site: string, sitePath: string): string | undefined {
  const versions = JSON.parse(
    readFileSync(path.join(site, 'retningslinjer_versions.json'), 'utf8'),
  ) as string[];
  const guideline = /^\/retningslinjer(?:\/(.+))?$/.exec(sitePath);
  const candidates = guideline
    ? [
        `retningslinjer_versioned_docs/version-${versions[0]}/${guideline[1] ?? 'index'}.mdx`,
        ...(versions.length === 0 ? [`retningslinjer/${guideline[1] ?? 'index'}.mdx`] : []),
      ]
    : [`docs${sitePath}.mdx`, `docs${sitePath}/index.mdx`];
  return candidates.find((candidate) => existsSync(path.join(site, candidate)));
}

const titles: Record<ScaffoldKind, string> = {
  retningslinje: 'Kunstig intelligens i sosiale medier',
  veiledning: 'Slik lager du en podkast',
  verktoy: 'Miro',
  side: 'Om Verktøykassa',
  tre: 'Kan jeg dele skjermbildet?',
  sjekkliste: 'Før du sender direkte',
  nyhet: 'Nye kurs i vår',
};

describe('npm run new in a copy of the site', () => {
  it.each(scaffoldKinds)(
    'writes a new %s that passes the content model, and gives it a line in CODEOWNERS',
    (kind) => {
      const site = copyOfSite();
      const outcome = newFile(site, [kind, titles[kind]], organisation, { today });
      if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
      expect(buildProblems(site, outcome.path)).toEqual([]);
      expect(outcome.codeOwners).toEqual({ ok: true, changed: kind !== 'nyhet' });
      const codeOwners = readFileSync(path.join(site, codeOwnersPath), 'utf8');
      expect(codeOwners).toBe(expectedCodeOwners(site, organisation).text);
      if (kind !== 'nyhet') {
        expect(codeOwners).toContain(`\n/${outcome.path} @eksempel-kommune/kompetansesenteret\n`);
      }
    },
  );

  it('links new trees and tools only to pages the site has', () => {
    for (const link of Object.values(placeholderLinks)) {
      expect(sourceOfPage(siteDir, link), `${link} is not a page of the site`).toBeDefined();
    }
  });

  it('names the file and the address to look at', () => {
    const site = copyOfSite();
    expect(
      newFile(site, ['retningslinje', 'Kunstig intelligens'], organisation, { today }),
    ).toMatchObject({
      ok: true,
      path: 'retningslinjer/kunstig-intelligens.mdx',
      preview: '/retningslinjer/utkast/kunstig-intelligens',
    });
    expect(newFile(site, ['nyhet', 'Nye kurs'], organisation, { today })).toMatchObject({
      path: 'blog/2026-11-24-nye-kurs.mdx',
      preview: '/nytt/2026/11/24/nye-kurs',
    });
  });

  it.each([
    [['retningslinjer', 'Ny retningslinje'], /^Ukjent innholdstype "retningslinjer"/],
    [['veiledning'], /^Mangler tittel/],
    [['veiledning', '!!!'], /^Tittelen "!!!" gir ikke noe filnavn/],
    [
      ['veiledning', 'Svar på negative kommentarer'],
      /er allerede brukt: docs\/veiledninger\/svar-pa-negative-kommentarer\.mdx\./,
    ],
    [['tre', 'Ny konto'], /er allerede brukt: data\/sjekklister\/ny-konto\.yml\./],
    [['nyhet', 'Høstens kurs'], /er allerede brukt: blog\/2026-08-18-hostens-kurs\.mdx\./],
    [['side', 'Om oss', '--owner', 'Ukjent enhet'], /^Ukjent eier "Ukjent enhet"/],
    [['nyhet', 'Nye kurs', '--author', 'ukjent'], /^Ukjent forfatter "ukjent"/],
  ])('refuses %j and writes nothing', (args, message) => {
    const site = copyOfSite();
    const before = snapshotOf(site);
    const outcome = newFile(site, args, organisation, { today });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]).toMatch(message);
    expect(snapshotOf(site)).toEqual(before);
  });

  it('refuses a second run with the same title', () => {
    const site = copyOfSite();
    expect(newFile(site, ['side', 'Om oss'], organisation, { today }).ok).toBe(true);
    const before = snapshotOf(site);
    const again = newFile(site, ['side', 'Om oss'], organisation, { today });
    expect(again).toMatchObject({ ok: false });
    if (!again.ok) expect(again.problems[0]).toMatch(/er allerede brukt: docs\/om-oss\.mdx\./);
    expect(snapshotOf(site)).toEqual(before);
  });
});
