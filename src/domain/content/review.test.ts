import { describe, expect, it } from 'vitest';
import { nextReviewDate, reviewState } from './review';

describe('nextReviewDate', () => {
  it('adds the interval to the last review', () => {
    expect(nextReviewDate({ last_reviewed: '2026-02-10', review_interval_months: 6 })).toBe(
      '2026-08-10',
    );
  });
  it('uses next_review when it is written', () => {
    expect(nextReviewDate({ last_reviewed: '2026-02-10', next_review: '2026-05-01' })).toBe(
      '2026-05-01',
    );
  });
});

describe('reviewState', () => {
  const schedule = { last_reviewed: '2025-11-01', review_interval_months: 12 };
  it('is current well before the date', () => {
    expect(reviewState(schedule, '2026-06-01')).toEqual({
      state: 'current',
      nextReview: '2026-11-01',
      daysLeft: 153,
    });
  });
  it('is due soon within 30 days', () => {
    expect(reviewState(schedule, '2026-10-15').state).toBe('due-soon');
    expect(reviewState(schedule, '2026-11-01').state).toBe('due-soon');
  });
  it('is overdue the day after, and counts the days', () => {
    expect(reviewState(schedule, '2026-11-02')).toEqual({
      state: 'overdue',
      nextReview: '2026-11-01',
      daysOverdue: 1,
    });
  });
});
