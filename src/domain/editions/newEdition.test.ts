import { describe, expect, it } from 'vitest';
import { newEditionRequest } from './newEdition';

const existing = [
  { edition: '2026', date: '2026-09-15' },
  { edition: '2025', date: '2025-03-10' },
];
const today = '2026-11-24';
const valid = [
  '2026-2',
  '--adopted-by',
  'Kommunedirektøren',
  '--date',
  '2026-11-20',
  '--case',
  '26/1234',
];

describe('newEditionRequest', () => {
  it('accepts a complete, new, adopted edition', () => {
    expect(newEditionRequest(valid, existing, today)).toEqual({
      ok: true,
      edition: {
        edition: '2026-2',
        adopted_by: 'Kommunedirektøren',
        date: '2026-11-20',
        case_ref: '26/1234',
      },
    });
  });

  it('takes an optional link to the decision', () => {
    const request = newEditionRequest(
      [...valid, '--decision-url', 'https://innsyn.example.no/sak/26-1234'],
      existing,
      today,
    );
    expect(request.ok && request.edition.decision_url).toBe(
      'https://innsyn.example.no/sak/26-1234',
    );
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an edition that exists',
      ['2026', ...valid.slice(1)],
      /^edition 2026 exists already; editions are 2026, 2025$/,
    ],
    [
      'a date in the future',
      [...valid.slice(0, 4), '2026-12-01', ...valid.slice(5)],
      /^--date: 2026-12-01 is in the future/,
    ],
    [
      'a date before the latest edition',
      [...valid.slice(0, 4), '2026-09-01', ...valid.slice(5)],
      /^--date: 2026-09-01 must be after the adoption of the latest edition, 2026 \(2026-09-15\)$/,
    ],
    [
      'a date that does not exist',
      [...valid.slice(0, 4), '2026-02-30', ...valid.slice(5)],
      /^--date: must be a real date/,
    ],
    [
      'a malformed case reference',
      [...valid.slice(0, 6), 'sak 1234'],
      /^--case: must be a case reference/,
    ],
    ['a missing adopter', [valid[0]!, ...valid.slice(3)], /^--adopted-by: is required$/],
    [
      'a malformed edition name',
      ['neste', ...valid.slice(1)],
      /^edition name: must be the year of adoption/,
    ],
    ['no edition name', valid.slice(1), /^name the edition, for example 2026$/],
    [
      'an unknown option',
      [...valid, '--vedtak', 'x'],
      /^--vedtak is not an option; options are --adopted-by, --date, --case, --decision-url$/,
    ],
    ['an option without a value', [...valid, '--decision-url'], /^--decision-url needs a value$/],
    [
      'a decision link that is not https',
      [...valid, '--decision-url', 'http://x.no'],
      /^--decision-url: must be a full https:\/\/ address$/,
    ],
  ];

  it.each(refusals)('refuses %s, saying why and how to write it', (_what, args, message) => {
    const request = newEditionRequest(args, existing, today);
    expect(request.ok).toBe(false);
    if (request.ok) return;
    expect(request.problems[0]).toMatch(message);
    expect(request.problems.at(-1)).toMatch(/^usage: npm run edition -- <edition>/);
  });
});
