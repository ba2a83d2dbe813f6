/**
 * The relevance suite: questions readers ask the search, each with the page
 * that must answer it, first or among the first three. Inflected and misspelt
 * words, synonyms, compounds, tool names and whole questions, the way
 * employees type them. Paths are compared without the `#section` a result may
 * link to.
 */
export type RelevanceCase = {
  query: string;
  /** The page that must come up, without the locale's base URL. */
  page: string;
  /** 1: it must be the first result; 3: among the first three. */
  within: 1 | 3;
  /** What the case is about, for the report. */
  why:
    | 'bøying'
    | 'skrivefeil'
    | 'synonym'
    | 'sammensatt ord'
    | 'verktøynavn'
    | 'spørsmål'
    | 'innholdstype';
  locale?: 'nb' | 'en';
};

export const relevanceCases: RelevanceCase[] = [
  { query: 'kontoene', page: '/retningslinjer/offisielle-kontoer', within: 3, why: 'bøying' },
  { query: 'journalføringen', page: '/retningslinjer/arkivering', within: 1, why: 'bøying' },
  { query: 'bildene', page: '/retningslinjer/personvern-og-bilder', within: 3, why: 'bøying' },
  { query: 'samtykket', page: '/retningslinjer/personvern-og-bilder', within: 3, why: 'bøying' },
  { query: 'postulatene', page: '/retningslinjer/postulater', within: 1, why: 'bøying' },
  {
    query: 'retningslinjen for ansattes bruk',
    page: '/retningslinjer/ansattes-bruk',
    within: 1,
    why: 'bøying',
  },
  {
    query: 'negative kommentarer',
    page: '/veiledninger/svar-pa-negative-kommentarer',
    within: 3,
    why: 'bøying',
  },
  { query: 'arkiverng', page: '/retningslinjer/arkivering', within: 3, why: 'skrivefeil' },
  {
    query: 'personvren',
    page: '/retningslinjer/personvern-og-bilder',
    within: 3,
    why: 'skrivefeil',
  },
  { query: 'samtyke', page: '/retningslinjer/personvern-og-bilder', within: 3, why: 'skrivefeil' },
  { query: 'instgram', page: '/verktoy/instagram', within: 1, why: 'skrivefeil' },
  {
    query: 'univesell utforming',
    page: '/retningslinjer/universell-utforming',
    within: 1,
    why: 'skrivefeil',
  },
  { query: 'journalføirng', page: '/retningslinjer/arkivering', within: 3, why: 'skrivefeil' },
  { query: 'mastodn', page: '/verktoy/mastodon', within: 1, why: 'skrivefeil' },
  {
    query: 'risikoanalyse',
    page: '/veiledninger/ros-analyse-for-ny-kanal',
    within: 3,
    why: 'synonym',
  },
  { query: 'yammer', page: '/verktoy/viva-engage', within: 1, why: 'synonym' },
  { query: 'twitter', page: '/verktoy/x', within: 1, why: 'synonym' },
  {
    query: 'direktesending kommunestyret',
    page: '/veiledninger/direktesend-bystyremote',
    within: 3,
    why: 'synonym',
  },
  { query: 'livestream', page: '/veiledninger/direktesend-bystyremote', within: 3, why: 'synonym' },
  { query: 'uu', page: '/retningslinjer/universell-utforming', within: 3, why: 'synonym' },
  { query: 'SoMe-retningslinjer', page: '/retningslinjer', within: 3, why: 'synonym' },
  { query: 'alt-tekst', page: '/retningslinjer/universell-utforming', within: 3, why: 'synonym' },
  {
    query: 'facebookside barnehage',
    page: '/veiledninger/facebookside-for-barnehagen',
    within: 1,
    why: 'sammensatt ord',
  },
  {
    query: 'ros-analyse',
    page: '/veiledninger/ros-analyse-for-ny-kanal',
    within: 3,
    why: 'sammensatt ord',
  },
  {
    query: 'bystyremøte',
    page: '/veiledninger/direktesend-bystyremote',
    within: 3,
    why: 'sammensatt ord',
  },
  { query: 'canva', page: '/verktoy/canva', within: 1, why: 'verktøynavn' },
  { query: 'chatgpt', page: '/verktoy/chatgpt', within: 1, why: 'verktøynavn' },
  { query: 'copilot', page: '/verktoy/microsoft-365-copilot', within: 1, why: 'verktøynavn' },
  { query: 'teams', page: '/verktoy/microsoft-teams', within: 1, why: 'verktøynavn' },
  { query: 'google workspace', page: '/verktoy/google-workspace', within: 1, why: 'verktøynavn' },
  { query: 'mediawiki', page: '/verktoy/wiki', within: 1, why: 'verktøynavn' },
  { query: 'bluesky', page: '/verktoy/bluesky', within: 1, why: 'verktøynavn' },
  { query: 'tiktok', page: '/verktoy/tiktok', within: 1, why: 'verktøynavn' },
  { query: 'dropbox', page: '/verktoy/dropbox', within: 1, why: 'verktøynavn' },
  {
    query: 'kan jeg publisere bilde av barn',
    page: '/beslutningstre/kan-jeg-publisere',
    within: 3,
    why: 'spørsmål',
  },
  {
    query: 'kan jeg bruke verktøyet i jobben',
    page: '/beslutningstre/kan-jeg-bruke-verktoyet',
    within: 1,
    why: 'spørsmål',
  },
  {
    query: 'må dette arkiveres',
    page: '/beslutningstre/ma-dette-arkiveres',
    within: 1,
    why: 'spørsmål',
  },
  {
    query: 'noen har delt noe de ikke skulle',
    page: '/beslutningstre/noen-har-delt-noe',
    within: 1,
    why: 'spørsmål',
  },
  {
    query: 'hvordan svarer jeg på en kommentar',
    page: '/beslutningstre/hvordan-svare-pa-kommentar',
    within: 3,
    why: 'spørsmål',
  },
  {
    query: 'legge ned en konto',
    page: '/sjekkliste/nedleggelse-av-konto',
    within: 3,
    why: 'spørsmål',
  },
  {
    query: 'skal vi opprette konto',
    page: '/beslutningstre/skal-vi-opprette-konto',
    within: 3,
    why: 'spørsmål',
  },
  { query: 'starte blogg', page: '/veiledninger/blogg-for-enheten', within: 3, why: 'spørsmål' },
  {
    query: 'skrive sammen i samme dokument',
    page: '/veiledninger/samskriving',
    within: 3,
    why: 'spørsmål',
  },
  { query: 'lytt-forst', page: '/retningslinjer/postulater', within: 1, why: 'innholdstype' },
  {
    query: 'lytt før du snakker',
    page: '/retningslinjer/postulater',
    within: 1,
    why: 'innholdstype',
  },
  {
    query: 'før du publiserer',
    page: '/sjekkliste/for-du-publiserer',
    within: 3,
    why: 'innholdstype',
  },
  { query: 'taushetsplikt', page: '/ordliste', within: 3, why: 'innholdstype' },
  {
    query: 'tilgjengelighetserklæring',
    page: '/tilgjengelighetserklaering',
    within: 1,
    why: 'innholdstype',
  },
  {
    query: 'ny retningslinje offisielle kontoer',
    page: '/nytt/2026/09/22/ny-retningslinje-offisielle-kontoer',
    within: 3,
    why: 'innholdstype',
  },
  {
    query: 'archiving',
    page: '/retningslinjer/arkivering',
    within: 3,
    why: 'bøying',
    locale: 'en',
  },
  {
    query: 'consent photos children',
    page: '/retningslinjer/personvern-og-bilder',
    within: 3,
    why: 'bøying',
    locale: 'en',
  },
  { query: 'twitter', page: '/verktoy/x', within: 1, why: 'synonym', locale: 'en' },
];
