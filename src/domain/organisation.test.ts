import { describe, expect, it } from 'vitest';
import { organisation } from '../../organisation';
import { defaultLocaleOf, editUrlBase, owningUnits, parseOrganisation } from './organisation';

describe('the organisation settings', () => {
  it('are valid as shipped, with Bokmål as the default locale', () => {
    const parsed = parseOrganisation(organisation);
    expect(defaultLocaleOf(parsed).code).toBe('nb');
    expect(editUrlBase(parsed)).toBe(`${organisation.repository.url}/edit/main/`);
  });

  it('explain what is wrong when another municipality mistypes them', () => {
    expect(() =>
      parseOrganisation({
        ...organisation,
        siteUrl: 'https://kommune.example/',
        baseUrl: 'verktoy',
        locales: [],
      }),
    ).toThrow(
      [
        'The organisation settings are not valid:',
        '  - organisation.ts: siteUrl: must not end with /',
        '  - organisation.ts: baseUrl: must start and end with /',
        '  - organisation.ts: locales: must list at least the default locale',
      ].join('\n'),
    );
  });

  it('give every unit that owns content a Git team, the competence centre first among them', () => {
    const parsed = parseOrganisation(organisation);
    expect(owningUnits(parsed)).toContain(parsed.competenceCentre);
    expect(Object.values(parsed.units).every((team) => team.startsWith('@'))).toBe(true);
  });

  it('refuse a team that is not a GitHub handle, and a competence centre without a team', () => {
    expect(() =>
      parseOrganisation({
        ...organisation,
        siteUrl: 'https://kommune.example/',
        units: { Kommunikasjonsenheten: 'kommunikasjon@kommune.example' },
      }),
    ).toThrow(
      [
        'The organisation settings are not valid:',
        '  - organisation.ts: siteUrl: must not end with /',
        '  - organisation.ts: units.Kommunikasjonsenheten: must be a GitHub handle: @user or @organisation/team',
        `  - organisation.ts: units: must give the Git team of the competence centre, "${organisation.competenceCentre}": it owns new pages, the news and the code`,
      ].join('\n'),
    );
  });
});
