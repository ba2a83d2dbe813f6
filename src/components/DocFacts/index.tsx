import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { ReviewState } from '../../domain/content/review';
import type { Adoption, LegalReference } from '../../domain/content/schemas';
import type { DocumentStatus } from '../../domain/content/vocabulary';
import { formatIsoDate } from '../../domain/dates';
import FactList, { Fact } from '../FactList';
import styles from './styles.module.css';

export type DocFactsProps = {
  owner: string;
  status: DocumentStatus;
  lastReviewed: string;
  review: ReviewState;
  /** Guidelines only: the laws and decisions the guideline rests on. */
  legalBasis?: readonly LegalReference[] | undefined;
  /** Guidelines only: who adopted it, when, and under which case reference. */
  adoption?: Adoption | undefined;
  /** BCP 47 tag for date formatting, e.g. `nb-NO`. */
  localeTag: string;
};

export function statusLabel(status: DocumentStatus): string {
  switch (status) {
    case 'utkast':
      return translate({ id: 'vk.status.utkast', message: 'Utkast' });
    case 'vedtatt':
      return translate({ id: 'vk.status.vedtatt', message: 'Vedtatt' });
    case 'utgått':
      return translate({ id: 'vk.status.utgatt', message: 'Utgått' });
  }
}

/**
 * Who answers for a page and when it is looked at again, rendered on the
 * server so it is there without JavaScript.
 *
 * @example <DocFacts owner="Kommunikasjonsenheten" status="vedtatt" lastReviewed="2026-09-01" review={state} localeTag="nb-NO" />
 */
export default function DocFacts({
  owner,
  status,
  lastReviewed,
  review,
  legalBasis,
  adoption,
  localeTag,
}: DocFactsProps) {
  const date = (isoDate: string) => formatIsoDate(isoDate, localeTag);
  const headingId = 'om-dokumentet';
  return (
    <section className={styles.facts} aria-labelledby={headingId} data-doc-facts>
      <h2 id={headingId} className={styles.heading}>
        {translate({ id: 'vk.facts.heading', message: 'Om dokumentet' })}
      </h2>
      <FactList>
        <Fact term={translate({ id: 'vk.facts.owner', message: 'Ansvarlig' })}>{owner}</Fact>
        <Fact term={translate({ id: 'vk.facts.status', message: 'Status' })}>
          {statusLabel(status)}
        </Fact>
        {adoption && (
          <Fact term={translate({ id: 'vk.facts.adopted', message: 'Vedtatt' })}>
            {translate(
              {
                id: 'vk.facts.adoptedValue',
                message: '{date} av {adoptedBy} (sak {caseRef})',
              },
              {
                date: date(adoption.date),
                adoptedBy: adoption.adopted_by,
                caseRef: adoption.case_ref,
              },
            )}
          </Fact>
        )}
        <Fact term={translate({ id: 'vk.facts.lastReviewed', message: 'Sist gjennomgått' })}>
          {date(lastReviewed)}
        </Fact>
        <Fact term={translate({ id: 'vk.facts.nextReview', message: 'Neste gjennomgang' })}>
          {review.state === 'overdue' ? (
            <span className={styles.overdue}>
              {translate(
                { id: 'vk.facts.nextReviewOverdue', message: '{date} (forsinket)' },
                { date: date(review.nextReview) },
              )}
            </span>
          ) : (
            date(review.nextReview)
          )}
        </Fact>
        {legalBasis && legalBasis.length > 0 && (
          <Fact term={translate({ id: 'vk.facts.legalBasis', message: 'Rettsgrunnlag' })}>
            <ul>
              {legalBasis.map((reference) => (
                <li key={reference.title}>
                  {reference.url ? (
                    <Link href={reference.url}>{reference.title}</Link>
                  ) : (
                    reference.title
                  )}
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </FactList>
    </section>
  );
}
