import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { PageFacts } from '../../domain/content/pageFacts';
import { formatIsoDate } from '../../domain/dates';
import type { EditionSummary } from '../../domain/editions/views';
import { statusLabel } from '../DocFacts';
import ExampleMark from '../ExampleMark';
import styles from './styles.module.css';

export type DocStatusLineProps = {
  /** The page's facts, from `pageFacts` (src/domain/content/pageFacts.ts). */
  facts: PageFacts;
  /**
   * The edition the page belongs to: when it was adopted, or that it is the
   * draft of the next one.
   * @default undefined
   */
  edition?: EditionSummary;
  /** BCP 47 tag for date formatting, e.g. `nb-NO`. */
  localeTag: string;
};

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.item}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * Where an adopted rule stands, in one compact box under its title, as GOV.UK
 * and regjeringen.no put it: status, who adopted it and when, the edition,
 * who answers for it and when it is looked at again. The full facts stay at
 * the foot of the page, and the box links to them.
 *
 * @example <DocStatusLine facts={pageFacts(frontMatter, today)} edition={edition} localeTag="nb-NO" />
 */
export default function DocStatusLine({ facts, edition, localeTag }: DocStatusLineProps) {
  const date = (isoDate: string) => formatIsoDate(isoDate, localeTag);
  const { status, adoption, owner, review } = facts;
  const record = edition?.record ?? null;
  return (
    <div className={styles.box} data-status-line={status}>
      <dl className={styles.list}>
        <Item term={translate({ id: 'vk.statusLine.status', message: 'Status' })}>
          <strong>{statusLabel(status)}</strong>
        </Item>
        {adoption && (
          <Item term={translate({ id: 'vk.statusLine.adopted', message: 'Vedtatt' })}>
            {translate(
              { id: 'vk.statusLine.adoptedValue', message: '{date} av {adoptedBy}' },
              { date: date(adoption.date), adoptedBy: adoption.adopted_by },
            )}
            <ExampleMark />
          </Item>
        )}
        {edition && (edition.isDraft || record) && (
          <Item term={translate({ id: 'vk.statusLine.edition', message: 'Utgave' })}>
            {record
              ? translate(
                  { id: 'vk.statusLine.editionValue', message: '{edition}, vedtatt {date}' },
                  { edition: edition.label, date: date(record.date) },
                )
              : translate({
                  id: 'vk.statusLine.editionDraft',
                  message: 'Utkast til neste utgave, ikke vedtatt',
                })}
          </Item>
        )}
        <Item term={translate({ id: 'vk.statusLine.owner', message: 'Ansvarlig' })}>{owner}</Item>
        {status !== 'utgått' && (
          <Item term={translate({ id: 'vk.statusLine.nextReview', message: 'Neste gjennomgang' })}>
            {review.state === 'overdue'
              ? translate(
                  { id: 'vk.facts.nextReviewOverdue', message: '{date} (forsinket)' },
                  { date: date(review.nextReview) },
                )
              : date(review.nextReview)}
          </Item>
        )}
      </dl>
      <a href="#om-dokumentet" className={styles.more}>
        {translate({ id: 'vk.statusLine.more', message: 'Alle fakta om dokumentet' })}
      </a>
    </div>
  );
}
