import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { ReviewState } from '../../domain/content/review';
import type { DocumentStatus } from '../../domain/content/vocabulary';
import { formatIsoDate } from '../../domain/dates';

export type ReviewNoticeProps = {
  /** The page's status from its frontmatter. */
  status: DocumentStatus;
  /** Where the page's review stands today. */
  review: ReviewState;
  /** The responsible unit, named so the reader knows whom to ask. */
  owner: string;
  /** BCP 47 tag for date formatting, e.g. `nb-NO`. */
  localeTag: string;
};

function Notice({ tone, children }: { tone: 'warning' | 'info' | 'danger'; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone} margin-bottom--md`} data-review-notice={tone}>
      {children}
    </div>
  );
}

/**
 * Warnings a reader must see before trusting the page: a draft, a retired
 * document, or a review date that has passed. Renders nothing otherwise.
 *
 * @example <ReviewNotice status="vedtatt" review={reviewState(fm, today)} owner="Kommunikasjonsenheten" localeTag="nb-NO" />
 */
export default function ReviewNotice({ status, review, owner, localeTag }: ReviewNoticeProps) {
  const notices: ReactNode[] = [];
  if (status === 'utkast') {
    notices.push(
      <Notice key="draft" tone="info">
        <strong>{translate({ id: 'vk.notice.draft.title', message: 'Utkast.' })}</strong>{' '}
        {translate({
          id: 'vk.notice.draft.body',
          message:
            'Dette dokumentet er ikke vedtatt ennå. Innholdet kan endres og gjelder ikke som regel.',
        })}
      </Notice>,
    );
  }
  if (status === 'utgått') {
    notices.push(
      <Notice key="retired" tone="danger">
        <strong>{translate({ id: 'vk.notice.retired.title', message: 'Utgått.' })}</strong>{' '}
        {translate({
          id: 'vk.notice.retired.body',
          message:
            'Dette dokumentet gjelder ikke lenger. Det står her bare for historikkens skyld.',
        })}
      </Notice>,
    );
  }
  if (review.state === 'overdue' && status !== 'utgått') {
    notices.push(
      <Notice key="overdue" tone="warning">
        <strong>
          {translate({ id: 'vk.notice.overdue.title', message: 'Gjennomgangen er forsinket.' })}
        </strong>{' '}
        {translate(
          {
            id: 'vk.notice.overdue.body',
            message:
              'Denne siden skulle vært gjennomgått {date}. Innholdet kan være utdatert; spør {owner} hvis du er i tvil.',
          },
          { date: formatIsoDate(review.nextReview, localeTag), owner },
        )}
      </Notice>,
    );
  }
  return notices.length > 0 ? <>{notices}</> : null;
}
