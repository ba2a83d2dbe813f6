import * as z from 'zod';
import { isRealIsoDate } from '../dates';
import { description, fieldOf, isoDate, nonEmptyText, textFieldOf } from './fields';
import { documentStatuses, maxReviewIntervalMonths } from './vocabulary';

/** The Docusaurus docs fields we let contributors use; everything else stays out. */
export const docusaurusDocFields = {
  id: z.string().optional(),
  slug: z.string().optional(),
  sidebar_label: z.string().optional(),
  sidebar_position: z.number().optional(),
  tags: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  image: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
  toc_max_heading_level: z.number().int().min(2).max(6).optional(),
  pagination_label: z.string().optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
};

/**
 * A major change, told in one sentence, dated. Minor edits (typos, links) live
 * only in the repository's history, as GOV.UK separates major and minor changes.
 */
export const changeNoteSchema = z.strictObject({
  date: isoDate,
  note: nonEmptyText
    .max(240, { message: 'must be at most 240 characters: one sentence saying what changed' })
    .refine((text) => !text.includes('\n'), { message: 'must be one sentence on one line' }),
});
export type ChangeNote = z.infer<typeof changeNoteSchema>;

/** What every docs page carries: who answers for it and when it is looked at again. */
export const governanceFields = {
  title: nonEmptyText,
  description,
  owner: nonEmptyText,
  last_reviewed: isoDate,
  review_interval_months: z.number().int().min(1).max(maxReviewIntervalMonths).optional(),
  next_review: isoDate.optional(),
  status: z.enum(documentStatuses),
  /** Major changes, newest first or in any order; shown as "Endringslogg" at the foot of the page. */
  change_notes: z.array(changeNoteSchema).optional(),
  ...docusaurusDocFields,
};

/**
 * Review dates: exactly one of review_interval_months and next_review, and a next
 * review after the last one. Runs even when other fields failed (see evenWhenFieldsFail).
 */
export function checkReviewSchedule(value: object, context: z.RefinementCtx): void {
  const hasInterval = fieldOf(value, 'review_interval_months') !== undefined;
  const nextReview = fieldOf(value, 'next_review');
  const hasNextReview = nextReview !== undefined;
  if (hasInterval === hasNextReview) {
    context.addIssue({
      code: 'custom',
      path: ['review_interval_months'],
      message: hasInterval
        ? 'give either review_interval_months or next_review, not both'
        : 'is required: give either review_interval_months (1–36) or next_review (YYYY-MM-DD)',
    });
  }
  const lastReviewed = textFieldOf(value, 'last_reviewed');
  // A major change is made when the page is reviewed, so it cannot postdate the review.
  const notes = fieldOf(value, 'change_notes');
  if (Array.isArray(notes) && lastReviewed !== undefined && isRealIsoDate(lastReviewed)) {
    notes.forEach((note: unknown, index) => {
      const date =
        typeof note === 'object' && note !== null ? textFieldOf(note, 'date') : undefined;
      if (date !== undefined && isRealIsoDate(date) && date > lastReviewed) {
        context.addIssue({
          code: 'custom',
          path: ['change_notes', index, 'date'],
          message: `${date} is after last_reviewed (${lastReviewed}); a major change is made when the page is reviewed, so update last_reviewed too`,
        });
      }
    });
  }
  if (
    typeof nextReview === 'string' &&
    lastReviewed !== undefined &&
    isRealIsoDate(nextReview) &&
    isRealIsoDate(lastReviewed) &&
    nextReview <= lastReviewed
  ) {
    context.addIssue({
      code: 'custom',
      path: ['next_review'],
      message: `${nextReview} must be after last_reviewed (${lastReviewed})`,
    });
  }
}
