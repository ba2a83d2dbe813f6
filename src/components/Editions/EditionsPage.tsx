import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { translate } from '@docusaurus/Translate';
import type { EditionSummary } from '../../domain/editions/views';
import EditionFacts from './EditionFacts';
import styles from './styles.module.css';

/**
 * /utgaver: every edition of the guidelines, newest first, with who adopted
 * it and when, and what changed against the one before.
 */
export default function EditionsPage({ editions }: { editions: EditionSummary[] }) {
  const title = translate({ id: 'vk.editions.title', message: 'Utgaver av retningslinjene' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'vk.editions.description',
        message: 'Alle vedtatte utgaver av retningslinjene og postulatene, og hva som er endret.',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {translate({
            id: 'vk.editions.intro',
            message:
              'Retningslinjene og postulatene vedtas samlet, som en utgave. Den gjeldende utgaven er den du finner under Retningslinjer. Eldre utgaver viser hva som gjaldt før.',
          })}
        </p>
        <ol className={styles.editionList}>
          {editions.map((edition) => (
            <li key={edition.name} className={styles.edition}>
              <Heading as="h2" className={styles.editionHeading}>
                <Link to={edition.path}>{edition.label}</Link>
              </Heading>
              <EditionFacts edition={edition} />
              {edition.changesPath && (
                <p>
                  <Link to={edition.changesPath}>
                    {translate(
                      { id: 'vk.edition.whatChanged', message: 'Hva er endret siden {previous}' },
                      { previous: edition.previousLabel ?? '' },
                    )}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
