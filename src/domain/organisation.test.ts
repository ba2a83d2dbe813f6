import { describe, expect, it } from 'vitest';
import { organisation } from '../../organisation';
import { defaultLocaleOf, editUrlBase, parseOrganisation } from './organisation';

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
});
