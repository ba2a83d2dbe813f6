import type { ReactNode } from 'react';
import Footer from '@theme-original/Footer';
import type FooterType from '@theme/Footer';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { useProblemReportLink } from '@site/src/hooks/useProblemReportLink';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

/**
 * Adds "Meld fra om feil" above the footer of every page: a new issue in the
 * repository, filled in with the page's title, address and edition.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const reportLink = useProblemReportLink();
  return (
    <>
      <aside
        className={styles.report}
        aria-label={translate({ id: 'vk.report.label', message: 'Meld fra om feil' })}
      >
        <div className="container">
          {translate({
            id: 'vk.report.question',
            message: 'Er noe feil, utdatert eller uklart på denne siden?',
          })}{' '}
          <Link href={reportLink} data-problem-report>
            {translate({ id: 'vk.report.link', message: 'Meld fra om feil' })}
          </Link>
        </div>
      </aside>
      <Footer {...props} />
    </>
  );
}
