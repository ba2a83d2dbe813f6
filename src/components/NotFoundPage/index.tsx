import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import { useSiteSettings } from '../../hooks/useSiteSettings';
import ContactLink from '../ContactLink';
import styles from './styles.module.css';

type Path = { to: string; label: string; text: string };

function usePaths(): Path[] {
  return [
    {
      to: '/retningslinjer',
      label: translate({ id: 'vk.notFound.path.guidelines', message: 'Retningslinjer' }),
      text: translate({
        id: 'vk.notFound.path.guidelines.text',
        message: 'Reglene kommunen har vedtatt for sosiale medier.',
      }),
    },
    {
      to: '/retningslinjer/postulater',
      label: translate({ id: 'vk.notFound.path.postulates', message: 'Postulater' }),
      text: translate({
        id: 'vk.notFound.path.postulates.text',
        message: 'Grunnsetningene retningslinjene bygger på.',
      }),
    },
    {
      to: '/verktoy',
      label: translate({ id: 'vk.notFound.path.catalogue', message: 'Verktøykatalogen' }),
      text: translate({
        id: 'vk.notFound.path.catalogue.text',
        message: 'Hvilke verktøy du kan bruke i jobben, og hvordan.',
      }),
    },
    {
      to: '/veiledninger',
      label: translate({ id: 'vk.notFound.path.howTos', message: 'Veiledninger' }),
      text: translate({
        id: 'vk.notFound.path.howTos.text',
        message: 'Steg for steg: slik gjør du det.',
      }),
    },
    {
      to: '/verktoy-for-a-bestemme',
      label: translate({ id: 'vk.notFound.path.decide', message: 'Verktøy for å bestemme' }),
      text: translate({
        id: 'vk.notFound.path.decide.text',
        message:
          'Svar på noen spørsmål og få vite om du kan poste, opprette en konto eller bruke et verktøy.',
      }),
    },
  ];
}

/**
 * The reader's own way out of a dead link: where the other language's site
 * begins, so a reader who landed on the wrong one still finds theirs. Static
 * hosts serve one 404 page for every address, so each page names the other.
 */
function useOtherLocale(): { href: string; label: string; lang: string } | null {
  const { i18n } = useDocusaurusContext();
  const other = i18n.locales.find((locale) => locale !== i18n.currentLocale);
  if (!other) return null;
  const config = i18n.localeConfigs[other];
  return {
    href: config?.baseUrl ?? (other === i18n.defaultLocale ? '/' : `/${other}/`),
    label:
      other === 'en'
        ? 'Page not found. Go to the English site'
        : 'Fant ikke siden. Gå til den norske forsiden',
    lang: config?.htmlLang ?? other,
  };
}

/**
 * What a reader sees at an address that leads nowhere: why, a search box that
 * works without JavaScript (a plain form to the search page), the main paths
 * into the site, and someone to ask.
 *
 * @example <NotFoundPage />
 */
export default function NotFoundPage() {
  const searchPage = useBaseUrl('/sok');
  const paths = usePaths();
  const { competenceCentre } = useSiteSettings();
  const otherLocale = useOtherLocale();
  return (
    <main className={`container margin-vert--xl ${styles.page}`} data-not-found>
      <Heading as="h1">
        {translate({ id: 'vk.notFound.title', message: 'Vi finner ikke denne siden' })}
      </Heading>
      <p className={styles.lead}>
        {translate({
          id: 'vk.notFound.lead',
          message:
            'Adressen kan være skrevet feil, eller siden kan være flyttet eller tatt bort. Søk etter det du lette etter, eller gå videre herfra.',
        })}
      </p>

      <form role="search" action={searchPage} method="get" className={styles.search}>
        <label htmlFor="not-found-search">
          {translate({ id: 'vk.notFound.search.label', message: 'Hva lette du etter?' })}
        </label>
        <div className={styles.searchRow}>
          <input id="not-found-search" type="search" name="q" className={styles.input} />
          <button type="submit" className="button button--primary">
            {translate({ id: 'vk.notFound.search.button', message: 'Søk' })}
          </button>
        </div>
      </form>

      <Heading as="h2">{translate({ id: 'vk.notFound.paths.heading', message: 'Gå til' })}</Heading>
      <ul className={styles.paths}>
        {paths.map((path) => (
          <li key={path.to}>
            <Link to={path.to}>{path.label}</Link>
            <span className={styles.pathText}>{path.text}</span>
          </li>
        ))}
      </ul>

      <Heading as="h2">
        {translate({ id: 'vk.notFound.contact.heading', message: 'Spør oss' })}
      </Heading>
      <p data-not-found-contact>
        {translate(
          {
            id: 'vk.notFound.contact.text',
            message:
              'Finner du ikke det du trenger, eller kom du hit fra en lenke som ikke virker? Skriv til {centre}:',
          },
          { centre: competenceCentre },
        )}{' '}
        <ContactLink />
      </p>

      {otherLocale && (
        <p lang={otherLocale.lang} className={styles.otherLocale}>
          {/* The other language is another site: a full page load, not the router. */}
          <a href={otherLocale.href} data-other-locale>
            {otherLocale.label}
          </a>
        </p>
      )}
    </main>
  );
}
