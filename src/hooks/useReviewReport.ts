import { useMemo } from 'react';
import {
  reviewReport,
  type ContentStatusData,
  type ReviewReport,
} from '../domain/content/reviewReport';
import type { IsoDate } from '../domain/dates';
import { useToday } from './useToday';

/** The review report on today's date: the build's date on the server, the reader's clock in the browser. */
export function useReviewReport({
  pages,
  knownOwners,
}: ContentStatusData): ReviewReport & { today: IsoDate } {
  const today = useToday();
  return useMemo(
    () => ({ ...reviewReport(pages, today, knownOwners), today }),
    [pages, today, knownOwners],
  );
}
