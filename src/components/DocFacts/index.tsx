import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { DateLine, PageFacts } from '../../domain/content/pageFacts';
import type { DocumentStatus } from '../../domain/content/vocabulary';
import { formatIsoDate } from '../../domain/dates';
import ExampleMark from '../ExampleMark';
import FactList, { Fact } from '../FactList';
import styles from './styles.module.css';

export type DocFactsProps = {
  /** The page's facts, from `pageFacts` (src/domain/content/pageFacts.ts). */
  facts: PageFacts;
  /** BCP 47 tag for date formatting, e.g. `nb-NO`. */
  localeTag: string;
  /**
   * When the content was last reviewed and the text last changed, from
   * `dateLine`; told as one line so readers know which date says what.
   * @default the review date alone
   */
  dates?: DateLine;
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
 * server so it is there without JavaScript. A tool evaluation lists its
 * review dates in its tool panel instead, so they are not shown twice. The
 * review and the last change of the text are one line, so a reader does not
 * meet two unexplained dates (Docusaurus's own "last updated" is not shown).
 *
 * @example <DocFacts facts={pageFacts(frontMatter, today)} localeTag="nb-NO" />
 */
export default function DocFacts({ facts, localeTag, dates }: DocFactsProps) {
  const { owner, status, lastReviewed, review, legalBasis, adoption } = facts;
  const changed = dates?.changed;
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
            <ExampleMark />
          </Fact>
        )}
        {facts.reviewDatesShownIn === 'page-facts' && (
          <>
            <Fact term={translate({ id: 'vk.facts.lastReviewed', message: 'Sist gjennomgått' })}>
              <span data-date-line>
                {changed
                  ? translate(
                      {
                        id: 'vk.facts.reviewedAndChanged',
                        message: '{reviewed} (innholdet vurdert); teksten sist endret {changed}',
                      },
                      { reviewed: date(lastReviewed), changed: date(changed) },
                    )
                  : translate(
                      { id: 'vk.facts.reviewed', message: '{reviewed} (innholdet vurdert)' },
                      { reviewed: date(lastReviewed) },
                    )}
              </span>
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
          </>
        )}
        {facts.reviewDatesShownIn === 'tool-panel' && changed && (
          <Fact term={translate({ id: 'vk.facts.changed', message: 'Teksten sist endret' })}>
            {date(changed)}
          </Fact>
        )}
        {legalBasis.length > 0 && (
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
