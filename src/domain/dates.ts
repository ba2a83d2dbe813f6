/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Review dates are calendar days, not instants, so everything here works in UTC
 * to keep a date from shifting by one when the build machine or the reader's
 * browser sits in another time zone.
 */

export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` strings naming a day that exists (rejects 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function toUtcDate(isoDate: IsoDate): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar day of an instant, in UTC. */
export function isoDateOf(instant: Date): IsoDate {
  return toIsoDate(instant);
}

/**
 * Adds whole months, clamping to the last day of the target month
 * (2026-01-31 + 1 month is 2026-02-28), which is what a person means by
 * "review again in a month".
 */
export function addMonths(isoDate: IsoDate, months: number): IsoDate {
  const date = toUtcDate(isoDate);
  const targetMonthIndex = date.getUTCMonth() + months;
  const lastDayOfTarget = new Date(
    Date.UTC(date.getUTCFullYear(), targetMonthIndex + 1, 0),
  ).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDayOfTarget);
  return toIsoDate(new Date(Date.UTC(date.getUTCFullYear(), targetMonthIndex, day)));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const millisecondsPerDay = 24 * 60 * 60 * 1000;
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / millisecondsPerDay);
}

/** "15. september 2026" in nb, "15 September 2026" in en: a date as a reader writes it. */
export function formatIsoDate(isoDate: IsoDate, localeTag: string): string {
  return longDateFormat(localeTag).format(toUtcDate(isoDate));
}

// Building an Intl formatter is far slower than using one; tables format hundreds of dates.
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

function longDateFormat(localeTag: string): Intl.DateTimeFormat {
  let format = longDateFormats.get(localeTag);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeZone: 'UTC' });
    longDateFormats.set(localeTag, format);
  }
  return format;
}
