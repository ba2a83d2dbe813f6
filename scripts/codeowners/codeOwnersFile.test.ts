import { copyOfSite as copyOfSiteParts } from '../../test/siteCopy';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { organisation as organisationSettings } from '../../organisation';
import { formatProblem } from '../../src/domain/content/problems';
import { parseOrganisation } from '../../src/domain/organisation';
import { codeOwnersCommand, codeOwnersPath } from '../../src/domain/scaffold/codeOwners';
import { expectedCodeOwners, writeCodeOwners } from './codeOwnersFile';

const siteDir = path.resolve(__dirname, '../..');
const organisation = parseOrganisation(organisationSettings);

describe(`${codeOwnersPath} and the content`, () => {
  const { text, problems } = expectedCodeOwners(siteDir, organisation);

  it('every owner in the content is a unit of organisation.ts', () => {
    expect(
      problems.map(formatProblem),
      'Noen filer har en eier som ikke står under units i organisation.ts',
    ).toEqual([]);
  });

  it(`agree: ${codeOwnersPath} is what \`${codeOwnersCommand}\` writes`, () => {
    const committed = existsSync(path.join(siteDir, codeOwnersPath))
      ? readFileSync(path.join(siteDir, codeOwnersPath), 'utf8')
      : '';
    expect(
      committed,
      `${codeOwnersPath} stemmer ikke med eierne i innholdet. Kjør \`${codeOwnersCommand}\` og ta den nye filen med i commiten.`,
    ).toBe(text);
  });
});

describe(`${codeOwnersCommand} in a copy of the site`, () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

  function copyOfSite(): string {
    const copy = copyOfSiteParts(
      [
        'docs',
        'retningslinjer',
        'retningslinjer_versioned_docs',
        'retningslinjer_versions.json',
        'data',
        'i18n',
        codeOwnersPath,
      ],
      'verktoykassa-codeowners-',
    );
    copies.push(copy);
    return copy;
  }

  it('follows an owner that changed', () => {
    const site = copyOfSite();
    const file = path.join(site, 'docs/ordliste.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^owner: .*$/m, 'owner: Kommunikasjonsenheten'),
    );
    expect(writeCodeOwners(site, organisation)).toEqual({ ok: true, changed: true });
    expect(readFileSync(path.join(site, codeOwnersPath), 'utf8')).toContain(
      '\n/docs/ordliste.mdx @eksempel-kommune/kommunikasjon\n',
    );
    expect(writeCodeOwners(site, organisation)).toEqual({ ok: true, changed: false });
  });

  it('refuses an unknown owner, naming the file, and leaves the file as it was', () => {
    const site = copyOfSite();
    const before = readFileSync(path.join(site, codeOwnersPath), 'utf8');
    const file = path.join(site, 'data/sjekklister/ny-konto.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^owner: .*$/m, 'owner: Kommunikasjonsavdelingen'),
    );
    const outcome = writeCodeOwners(site, organisation);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems).toEqual([
        expect.stringMatching(
          /^data\/sjekklister\/ny-konto\.yml: owner: "Kommunikasjonsavdelingen" er ikke en enhet i organisation\.ts/,
        ),
      ]);
    }
    expect(readFileSync(path.join(site, codeOwnersPath), 'utf8')).toBe(before);
  });
});
