import type { ReactNode } from 'react';
import Footer from '@theme-original/Footer';
import type FooterType from '@theme/Footer';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { useProblemReportLink } from '@site/src/hooks/useProblemReportLink';
import { useSiteSettings } from '@site/src/hooks/useSiteSettings';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

/**
 * Adds "Meld fra om feil" above the footer of every page (a new issue in the
 * repository, filled in with the page's title, address and edition), the
 * competence centre's address, and, while the site shows demonstration
 * content, a note that the municipality's own facts are examples.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const reportLink = useProblemReportLink();
  const { exampleFacts, contact, competenceCentre } = useSiteSettings();
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
          </Link>{' '}
          {translate(
            { id: 'vk.report.contact', message: 'Spørsmål? Skriv til {centre}:' },
            { centre: competenceCentre },
          )}{' '}
          <Link href={`mailto:${contact.email}`} data-contact>
            {contact.email}
          </Link>
          {exampleFacts && (
            <p className={styles.example} data-example-notice>
              {translate({
                id: 'vk.example.notice',
                message:
                  'Verktøykassa viser eksempelinnhold: vedtak, saksnumre, datoer for personvernkonsekvensvurderinger og kontaktadresser merket «eksempel» er ikke fra en ekte kommune. En kommune som tar i bruk Verktøykassa, fyller inn sine egne.',
              })}
            </p>
          )}
        </div>
      </aside>
      <Footer {...props} />
    </>
  );
}
