/** Stand-in for @docusaurus/useDocusaurusContext: a built nb site. Tests may change `buildDate`. */
export const stubContext = {
  siteConfig: {
    title: 'Verktøykassa',
    url: 'https://verktoykassa.example.no',
    tagline: '',
    customFields: {
      buildDate: '2026-11-22',
      site: {
        exampleFacts: true,
        contact: { email: 'kompetansesenteret@eksempel.kommune.no' },
        competenceCentre: 'Kompetansesenter for sosiale medier',
      },
    },
  },
  i18n: {
    currentLocale: 'nb',
    defaultLocale: 'nb',
    locales: ['nb', 'en'],
    localeConfigs: { nb: { htmlLang: 'nb-NO' }, en: { htmlLang: 'en-GB' } },
  },
};

export default function useDocusaurusContext() {
  return stubContext;
}
