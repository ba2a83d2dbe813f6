import * as z from 'zod';
import { isRealIsoDate } from '../dates';
import { description, isoDate, nonEmptyText } from './fields';
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

/** What every docs page carries: who answers for it and when it is looked at again. */
export const governanceFields = {
  title: nonEmptyText,
  description,
  owner: nonEmptyText,
  last_reviewed: isoDate,
  review_interval_months: z.number().int().min(1).max(maxReviewIntervalMonths).optional(),
  next_review: isoDate.optional(),
  status: z.enum(documentStatuses),
  ...docusaurusDocFields,
};

type ReviewFields = {
  last_reviewed: string;
  review_interval_months?: number | undefined;
  next_review?: string | undefined;
};

export function checkReviewSchedule(value: ReviewFields, context: z.RefinementCtx): void {
  const hasInterval = value.review_interval_months !== undefined;
  const hasNextReview = value.next_review !== undefined;
  if (hasInterval === hasNextReview) {
    context.addIssue({
      code: 'custom',
      path: ['review_interval_months'],
      message: hasInterval
        ? 'give either review_interval_months or next_review, not both'
        : 'is required: give either review_interval_months (1–36) or next_review (YYYY-MM-DD)',
    });
  }
  if (
    hasNextReview &&
    isRealIsoDate(value.next_review!) &&
    isRealIsoDate(value.last_reviewed) &&
    value.next_review! <= value.last_reviewed
  ) {
    context.addIssue({
      code: 'custom',
      path: ['next_review'],
      message: `${value.next_review} must be after last_reviewed (${value.last_reviewed})`,
    });
  }
}
