import * as z from 'zod';
import { isRealIsoDate } from '../dates';

/** Field schemas shared by every content kind, so each rule and its message exist once. */

export const isoDate = z.string().refine(isRealIsoDate, {
  message: 'must be a real date written YYYY-MM-DD, for example 2026-03-01',
});

export const kebabId = z.string().regex(/^[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*$/, {
  message: 'must be lower-case words joined by hyphens, for example tenk-for-du-poster',
});

export const nonEmptyText = z.string().trim().min(1, { message: 'must not be empty' });

export const description = z
  .string()
  .trim()
  .min(20, { message: 'must be at least 20 characters: one sentence saying what the page is for' })
  .max(200, { message: 'must be at most 200 characters (it is shown in search results)' });

/**
 * A link inside the site, written as a path from its root: `/retningslinjer/arkivering`.
 * `//host/x` is refused: browsers read it as another host, not as a path.
 */
export const sitePath = z.string().regex(/^\/(?!\/)[^\s\\]*$/, {
  message: 'must be a path inside the site starting with /, for example /retningslinjer/arkivering',
});

/**
 * Options for a whole-object check (`superRefine`) that must run even when a
 * field has failed, so that a file with three mistakes gets three lines.
 * Such a check sees what the contributor wrote, not what the schema produced:
 * it reads fields through `fieldOf` and checks their type before using them.
 */
export const evenWhenFieldsFail = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
};

/** A field of a value that may not have passed its schema. */
export function fieldOf(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/** A field's text, or undefined when it is missing or not text. */
export function textFieldOf(value: object, name: string): string | undefined {
  const field = fieldOf(value, name);
  return typeof field === 'string' ? field : undefined;
}

/** A case reference as archives write it: 26/1234 or 2026/1234, optionally with a document number. */
export const caseReference = z.string().regex(/^(?:\d{2}|\d{4})\/\d+(?:-\d+)?$/, {
  message: 'must be a case reference written YEAR/NUMBER, for example 26/1234 or 2026/1234',
});
