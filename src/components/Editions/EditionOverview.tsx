import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { EditionOverviewData } from '../../domain/editions/views';
import EditionFacts from './EditionFacts';
import styles from './styles.module.css';

/**
 * An edition's start page: its adoption, what changed since the edition
 * before, and its pages. In MDX, `<EditionOverview />` is enough; the build
 * passes in the data of the edition the page belongs to.
 *
 * @example <EditionOverview />
 */
export default function EditionOverview({ overview }: { overview: EditionOverviewData }) {
  const { edition, pages } = overview;
  return (
    <>
      <section className={styles.edition} aria-labelledby="om-utgaven">
        <h2 id="om-utgaven" className={styles.editionHeading}>
          {edition.label}
        </h2>
        <EditionFacts edition={edition} />
        <p className={styles.links}>
          {edition.changesPath && (
            <Link to={edition.changesPath}>
              {translate(
                { id: 'vk.edition.whatChanged', message: 'Hva er endret siden {previous}' },
                { previous: edition.previousLabel ?? '' },
              )}
            </Link>
          )}
          <Link to="/utgaver">{translate({ id: 'vk.edition.all', message: 'Alle utgaver' })}</Link>
        </p>
      </section>
      <ul className={styles.pages}>
        {pages.map((page) => (
          <li key={page.permalink}>
            <Link to={page.permalink} className={styles.pageTitle}>
              {page.title}
            </Link>
            <p>{page.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
