import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { PropDocContent } from '@docusaurus/plugin-content-docs';
import { DocProvider } from '@docusaurus/plugin-content-docs/client';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import { pageFacts } from '../../domain/content/pageFacts';
import { isDocFrontMatter } from '../../domain/content/validated';
import type { IsoDate } from '../../domain/dates';
import type { EditionOverviewData } from '../../domain/editions/views';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { useToday } from '../../hooks/useToday';
import DocFacts from '../DocFacts';
import EditionFacts from './EditionFacts';
import styles from './print.module.css';

export type EditionPrintPageProps = {
  /** The edition's summary (the same module as its start page's `<EditionOverview />`). */
  overview: EditionOverviewData;
  /** Each guideline and the postulates, in the order of the edition's sidebar: the pages' own MDX modules. */
  docs: { content: PropDocContent }[];
};

const anchorOf = (content: PropDocContent) => `side-${content.metadata.id.replace(/\//g, '-')}`;

function PrintedDoc({
  content,
  editionLabel,
  factsDate,
  localeTag,
}: {
  content: PropDocContent;
  editionLabel: string;
  factsDate: IsoDate;
  localeTag: string;
}) {
  const Content = content;
  const { frontMatter, metadata, contentTitle } = content;
  const facts = isDocFrontMatter(frontMatter) ? pageFacts(frontMatter, factsDate) : null;
  return (
    // The page's own context, so what its MDX asks of it (`<PostulateList />` reads its frontmatter) works here too.
    <DocProvider content={content}>
      <article id={anchorOf(content)} className={styles.doc}>
        <p className={styles.docEdition}>{editionLabel}</p>
        <div className="theme-doc-markdown markdown">
          {!contentTitle && (
            <header>
              <h1>{metadata.title}</h1>
            </header>
          )}
          <MDXContent>
            <Content />
          </MDXContent>
        </div>
        {facts && <DocFacts facts={facts} localeTag={localeTag} />}
      </article>
    </DocProvider>
  );
}

/**
 * /utgaver/<edition>/utskrift: an edition whole, for paper and the archive
 * (`npm run pdf -- <edition>` prints it to PDF). A title page with the
 * adoption, the contents, then every guideline and the postulates as their
 * own pages render them (trees print as their outline, checklists as blank
 * lists), each with its facts. The facts are those of the day the edition was
 * adopted, so the archive copy says nothing about reviews that fell due later;
 * the draft's are today's.
 *
 * Not for search engines (the text is on each page already), so it is kept
 * out of the sitemap; it also repeats the ids of its pages' headings.
 */
export default function EditionPrintPage({ overview, docs }: EditionPrintPageProps) {
  const { edition } = overview;
  const { siteConfig } = useDocusaurusContext();
  const localeTag = useLocaleTag();
  const today = useToday();
  const factsDate = edition.record?.date ?? today;
  const municipality = siteConfig.customFields?.municipality;
  const heading = translate({
    id: 'vk.print.heading',
    message: 'Retningslinjer for sosiale medier',
  });
  const onlineAt = `${siteConfig.url}${edition.path}`;
  const contentsId = 'innhold';
  return (
    <Layout
      title={`${edition.label}: ${heading}`}
      description={translate(
        {
          id: 'vk.print.description',
          message:
            'Hele {edition} av retningslinjene og postulatene, samlet for utskrift og arkiv.',
        },
        { edition: edition.label },
      )}
    >
      <Head>
        <meta name="robots" content="noindex" />
        {typeof municipality === 'string' && <meta name="author" content={municipality} />}
        {edition.record && <meta name="keywords" content={edition.record.case_ref} />}
      </Head>
      <main
        className={`container margin-vert--lg ${styles.printPage}`}
        data-edition-print={edition.name}
        data-edition-label={edition.label}
      >
        <p className={styles.screenNote} data-print="hidden">
          {translate({
            id: 'vk.print.screenNote',
            message:
              'Denne siden samler hele utgaven på én side, for utskrift og arkiv. Hver retningslinje står også på sin egen side.',
          })}
        </p>
        <section className={styles.titlePage} aria-labelledby="utgave-tittel">
          <p className={styles.publisher}>
            {siteConfig.title}
            {typeof municipality === 'string' && ` · ${municipality}`}
          </p>
          <h1 id="utgave-tittel" className={styles.title}>
            {heading}
          </h1>
          <p className={styles.editionLabel}>{edition.label}</p>
          <div className={styles.adoption} data-print-links>
            <EditionFacts edition={edition} />
          </div>
          <p className={styles.onlineAt}>
            {translate({ id: 'vk.print.onlineAt', message: 'Nettversjon:' })}{' '}
            <a href={onlineAt}>{onlineAt}</a>
          </p>
        </section>
        <nav className={styles.contents} aria-labelledby={contentsId}>
          <h2 id={contentsId}>{translate({ id: 'vk.print.contents', message: 'Innhold' })}</h2>
          <ol>
            {docs.map(({ content }) => (
              <li key={content.metadata.id}>
                <a href={`#${anchorOf(content)}`}>{content.metadata.title}</a>
                {content.metadata.description && (
                  <p className={styles.contentsDescription}>{content.metadata.description}</p>
                )}
              </li>
            ))}
          </ol>
        </nav>
        {docs.map(({ content }) => (
          <PrintedDoc
            key={content.metadata.id}
            content={content}
            editionLabel={edition.label}
            factsDate={factsDate}
            localeTag={localeTag}
          />
        ))}
      </main>
    </Layout>
  );
}
