import type { IsoDate } from '../dates';
import { reviewState, type ReviewSchedule, type ReviewState } from './review';

/** A page as the review report sees it. */
export type ReviewedPage = ReviewSchedule & {
  title: string;
  /** Path inside the site, e.g. /retningslinjer/arkivering. */
  path: string;
  /** The unit that answers for the page, as written in its frontmatter. */
  owner: string;
};

export type ReviewEntry = ReviewedPage & { review: Exclude<ReviewState, { state: 'current' }> };

export type ReviewReport = {
  /** Overdue and due-soon pages, by owner; owners and pages in a stable order. */
  byOwner: { owner: string; pages: ReviewEntry[] }[];
  /** Pages whose owner is not a unit the organisation lists: nobody will be asked to review them. */
  withoutKnownOwner: ReviewedPage[];
  /** Pages looked at. */
  total: number;
};

/**
 * Which pages need a review: overdue, or due within the warning period, grouped
 * by the owner who must do it; and which pages have no owner anyone can reach.
 * The clock is passed in, so the answer can be tested.
 *
 * @param knownOwners the units of organisation.ts; an owner not among them counts as no owner
 *   (null when the organisation lists no units: every owner counts)
 */
export function reviewReport(
  pages: readonly ReviewedPage[],
  today: IsoDate,
  knownOwners: readonly string[] | null,
): ReviewReport {
  const groups = new Map<string, ReviewEntry[]>();
  const withoutKnownOwner: ReviewedPage[] = [];
  for (const page of pages) {
    if (knownOwners && !knownOwners.includes(page.owner)) withoutKnownOwner.push(page);
    const review = reviewState(page, today);
    if (review.state === 'current') continue;
    const group = groups.get(page.owner) ?? [];
    group.push({ ...page, review });
    groups.set(page.owner, group);
  }
  const urgency = (entry: ReviewEntry) =>
    entry.review.state === 'overdue' ? -entry.review.daysOverdue : entry.review.daysLeft;
  return {
    byOwner: [...groups]
      .sort(([a], [b]) => a.localeCompare(b, 'nb'))
      .map(([owner, entries]) => ({
        owner,
        pages: entries.sort(
          (a, b) => urgency(a) - urgency(b) || a.title.localeCompare(b.title, 'nb'),
        ),
      })),
    withoutKnownOwner: withoutKnownOwner.sort((a, b) => a.path.localeCompare(b.path)),
    total: pages.length,
  };
}

/** What the content status page receives: the pages in force, and the units that can own them (null: not listed). */
export type ContentStatusData = { pages: ReviewedPage[]; knownOwners: readonly string[] | null };
