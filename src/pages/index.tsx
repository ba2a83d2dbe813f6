import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { formatIsoDate } from '@site/src/domain/dates';
import type { NewsItem, RecentNewsGlobalData } from '@site/src/domain/news';
import { useContentLanguage } from '@site/src/hooks/useContentLanguage';
import { useLocaleTag } from '@site/src/hooks/useLocaleTag';
import styles from './index.module.css';

type Path = { to: string; title: string; text: string };

function usePaths(): Path[] {
  return [
    {
      to: '/beslutningstre/kan-jeg-publisere',
      title: translate({ id: 'vk.home.path.post.title', message: 'Jeg vil poste noe' }),
      text: translate({
        id: 'vk.home.path.post.text',
        message:
          'Svar på noen korte spørsmål og få vite om du kan publisere, i jobben eller privat.',
      }),
    },
    {
      to: '/retningslinjer/offisielle-kontoer',
      title: translate({ id: 'vk.home.path.account.title', message: 'Jeg vil opprette en konto' }),
      text: translate({
        id: 'vk.home.path.account.text',
        message:
          'Slik får enheten en offisiell konto: eier, administrator, brukerstøtte og godkjenning.',
      }),
    },
    {
      to: '/verktoy',
      title: translate({ id: 'vk.home.path.tool.title', message: 'Jeg vil ta i bruk et verktøy' }),
      text: translate({
        id: 'vk.home.path.tool.text',
        message:
          'Se om verktøyet er anbefalt, tillatt, på prøve eller frarådet, og hvem som har ansvaret.',
      }),
    },
    {
      to: '/retningslinjer',
      title: translate({ id: 'vk.home.path.rules.title', message: 'Jeg vil finne reglene' }),
      text: translate({
        id: 'vk.home.path.rules.text',
        message:
          'Alle retningslinjene samlet: bruk, kontoer, personvern, universell utforming og arkiv.',
      }),
    },
  ];
}

function NewsListItem({ post, localeTag }: { post: NewsItem; localeTag: string }): ReactNode {
  const { lang } = useContentLanguage(post.source);
  return (
    <li>
      <Link to={post.permalink} className={styles.newsTitle} lang={lang}>
        {post.title}
      </Link>
      <time dateTime={post.date} className={styles.newsDate}>
        {formatIsoDate(post.date, localeTag)}
      </time>
      <p lang={lang}>{post.description}</p>
    </li>
  );
}

function News(): ReactNode {
  const { recentPosts } = usePluginData('docusaurus-plugin-content-blog') as RecentNewsGlobalData;
  const localeTag = useLocaleTag();
  return (
    <section className={styles.section} aria-labelledby="nytt">
      <h2 id="nytt">
        <Translate id="vk.home.news.heading">Nytt fra kompetansesenteret</Translate>
      </h2>
      <ul className={styles.news}>
        {recentPosts.map((post) => (
          <NewsListItem key={post.permalink} post={post} localeTag={localeTag} />
        ))}
      </ul>
      <Link to="/nytt">
        <Translate id="vk.home.news.all">Alle nyheter</Translate>
      </Link>
    </section>
  );
}

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const paths = usePaths();
  return (
    <Layout
      title={translate({ id: 'vk.home.title', message: 'Sosiale medier i kommunen' })}
      description={translate({
        id: 'vk.home.description',
        message:
          'Kommunens retningslinjer, postulater og veiledninger for sosiale medier, samlet på ett sted.',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            {siteConfig.title}
          </Heading>
          <p className={styles.heroLead}>
            <Translate id="vk.home.lead">
              Her finner du kommunens retningslinjer for sosiale medier, postulatene vi jobber
              etter, og veiledninger steg for steg. Verktøykassa svarer på de konkrete spørsmålene:
              Kan jeg poste dette? Kan vi bruke dette verktøyet? Hva må vi gjøre før vi åpner en
              konto?
            </Translate>
          </p>
        </div>
      </header>
      <main className="container">
        {/* Plain headings: the home page's sections are no link targets, so no hash link takes a Tab stop. */}
        <section className={styles.section} aria-labelledby="jeg-vil">
          <h2 id="jeg-vil">
            <Translate id="vk.home.paths.heading">Hva vil du gjøre?</Translate>
          </h2>
          <ul className={styles.paths}>
            {paths.map((path) => (
              <li key={path.to} className={styles.path}>
                <Link to={path.to} className={styles.pathLink}>
                  {path.title}
                </Link>
                <p>{path.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.section} aria-labelledby="postulatene">
          <h2 id="postulatene">
            <Translate id="vk.home.postulates.heading">Postulatene</Translate>
          </h2>
          <p>
            <Translate id="vk.home.postulates.text">
              Korte setninger om hvordan vi bruker sosiale medier: vær deg selv i rollen din, del
              det som er nyttig, og tenk før du poster.
            </Translate>{' '}
            <Link to="/retningslinjer/postulater">
              <Translate id="vk.home.postulates.link">Les postulatene</Translate>
            </Link>
          </p>
        </section>
        <News />
      </main>
    </Layout>
  );
}
