import * as z from 'zod';
import { caseReference, isoDate, nonEmptyText } from '../content/fields';

/**
 * The adopted editions of the guidelines (docs versions), with who adopted each
 * and when, as the competence centre records them in `data/utgaver.yml`.
 */

/** An edition's name: the year, with a running number if a year has several (2026, 2026-2). */
export const editionName = z.string().regex(/^\d{4}(?:-\d+)?$/, {
  message:
    'must be the year of adoption, for example 2026 (or 2026-2 for a second edition that year)',
});

export const editionSchema = z.strictObject({
  edition: editionName,
  adopted_by: nonEmptyText,
  date: isoDate,
  case_ref: caseReference,
  /** Where the decision can be read, e.g. the meeting minutes in the public records. */
  decision_url: z
    .url({ protocol: /^https$/, message: 'must be a full https:// address' })
    .optional(),
});

export const editionsFileSchema = z.strictObject({
  editions: z.array(editionSchema),
});

export type Edition = z.infer<typeof editionSchema>;
