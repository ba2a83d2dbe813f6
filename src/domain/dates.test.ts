import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, formatIsoDate, isRealIsoDate, isoDateOf } from './dates';

describe('isRealIsoDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-12-01'])('accepts %s', (value) => {
    expect(isRealIsoDate(value)).toBe(true);
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-01', '01.02.2026', '2026-00-10', ''])(
    'rejects %s',
    (value) => {
      expect(isRealIsoDate(value)).toBe(false);
    },
  );
});

describe('addMonths', () => {
  it('adds whole months', () => {
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
  });
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('daysBetween', () => {
  it('counts calendar days either way', () => {
    expect(daysBetween('2026-11-20', '2026-11-22')).toBe(2);
    expect(daysBetween('2026-11-22', '2026-11-20')).toBe(-2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('isoDateOf and formatIsoDate', () => {
  it('takes the UTC calendar day of an instant', () => {
    expect(isoDateOf(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
  });
  it('writes dates the way readers write them', () => {
    expect(formatIsoDate('2026-09-15', 'nb-NO')).toBe('15. september 2026');
    expect(formatIsoDate('2026-09-15', 'en-GB')).toBe('15 September 2026');
  });
});
