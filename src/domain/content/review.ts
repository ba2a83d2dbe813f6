import { addMonths, daysBetween, type IsoDate } from '../dates';

export type ReviewSchedule = {
  last_reviewed: IsoDate;
  review_interval_months?: number | undefined;
  next_review?: IsoDate | undefined;
};

/** The date a page is due for review: written directly, or last review plus the interval. */
export function nextReviewDate(schedule: ReviewSchedule): IsoDate {
  if (schedule.next_review !== undefined) return schedule.next_review;
  return addMonths(schedule.last_reviewed, schedule.review_interval_months ?? 12);
}

/** How close a review is before we warn readers and owners that it is coming. */
export const reviewDueSoonDays = 30;

export type ReviewState =
  | { state: 'current'; nextReview: IsoDate; daysLeft: number }
  | { state: 'due-soon'; nextReview: IsoDate; daysLeft: number }
  | { state: 'overdue'; nextReview: IsoDate; daysOverdue: number };

/** Where a page stands on `today`; the clock is passed in so the answer can be tested. */
export function reviewState(schedule: ReviewSchedule, today: IsoDate): ReviewState {
  const nextReview = nextReviewDate(schedule);
  const daysLeft = daysBetween(today, nextReview);
  if (daysLeft < 0) return { state: 'overdue', nextReview, daysOverdue: -daysLeft };
  if (daysLeft <= reviewDueSoonDays) return { state: 'due-soon', nextReview, daysLeft };
  return { state: 'current', nextReview, daysLeft };
}
