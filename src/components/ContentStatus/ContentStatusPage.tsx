import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { translate } from '@docusaurus/Translate';
import type { ContentStatusData, ReviewEntry } from '../../domain/content/reviewReport';
import { formatIsoDate } from '../../domain/dates';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { useReviewReport } from '../../hooks/useReviewReport';
import styles from './styles.module.css';

function ReviewLine({ entry, localeTag }: { entry: ReviewEntry; localeTag: string }) {
  const due = formatIsoDate(entry.review.nextReview, localeTag);
  return (
    <li data-review-state={entry.review.state}>
      <Link to={entry.path}>{entry.title}</Link>:{' '}
      {entry.review.state === 'overdue' ? (
        <strong className={styles.overdue}>
          {translate(
            {
              id: 'vk.status.overdue',
              message: 'forsinket, skulle vært gjennomgått {date} ({days} dager siden)',
            },
            { date: due, days: entry.review.daysOverdue },
          )}
        </strong>
      ) : (
        translate(
          { id: 'vk.status.dueSoon', message: 'skal gjennomgås innen {date} (om {days} dager)' },
          { date: due, days: entry.review.daysLeft },
        )
      )}
    </li>
  );
}

/**
 * /innholdsstatus: the pages that are overdue for review or due within 30
 * days, grouped by the unit that owns them, and the pages no known unit owns.
 * Rendered on the server from the build's date; the browser updates it with
 * its own clock, so an old build still tells the truth.
 */
export default function ContentStatusPage({ status }: { status: ContentStatusData }) {
  const localeTag = useLocaleTag();
  const report = useReviewReport(status);
  const title = translate({ id: 'vk.status.title', message: 'Innholdsstatus' });
  const nothingDue = report.byOwner.length === 0;
  return (
    <Layout
      title={title}
      description={translate({
        id: 'vk.status.description',
        message: 'Sider som skal gjennomgås snart eller er forsinket, fordelt på eier.',
      })}
    >
      <main className={`container margin-vert--lg ${styles.status}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          {translate(
            {
              id: 'vk.status.intro',
              message:
                'Per {date}: sider som er forsinket eller skal gjennomgås innen 30 dager, fordelt på eier. {total} sider er med: alle sider som gjelder nå, men ikke eldre utgaver og ikke utkastet.',
            },
            { date: formatIsoDate(report.today, localeTag), total: report.total },
          )}
        </p>
        {nothingDue && (
          <p data-review-state="none">
            {translate({
              id: 'vk.status.nothingDue',
              message: 'Ingen sider er forsinket eller skal gjennomgås de neste 30 dagene.',
            })}
          </p>
        )}
        {report.byOwner.map(({ owner, pages }, index) => (
          <section key={owner} className={styles.owner} aria-labelledby={`eier-${index}`}>
            <Heading as="h2" id={`eier-${index}`} className={styles.ownerHeading}>
              {owner}
            </Heading>
            <ul>
              {pages.map((entry) => (
                <ReviewLine key={entry.path} entry={entry} localeTag={localeTag} />
              ))}
            </ul>
          </section>
        ))}
        <section aria-labelledby="uten-eier">
          <Heading as="h2" id="uten-eier">
            {translate({ id: 'vk.status.withoutOwner', message: 'Sider uten kjent eier' })}
          </Heading>
          {report.withoutKnownOwner.length === 0 ? (
            <p>
              {translate({
                id: 'vk.status.allOwned',
                message: 'Alle sider har en eier som står i kommunens liste over enheter.',
              })}
            </p>
          ) : (
            <ul>
              {report.withoutKnownOwner.map((page) => (
                <li key={page.path}>
                  <Link to={page.path}>{page.title}</Link>:{' '}
                  {translate(
                    { id: 'vk.status.unknownOwner', message: '«{owner}» er ikke en kjent enhet' },
                    { owner: page.owner },
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </Layout>
  );
}
