import type { Organisation } from './src/domain/organisation';

/**
 * The one place a municipality adapts the toolbox to itself.
 * Change these values, then run `npm start`; the rest of the site follows.
 */
export const organisation = {
  siteTitle: 'Verktøykassa',
  municipality: 'Eksempel kommune',
  competenceCentre: 'Kompetansesenter for sosiale medier',
  siteUrl: 'https://verktoykassa.example.no',
  baseUrl: '/',
  repository: {
    url: 'https://github.com/eksempel-kommune/verktoykassa',
    branch: 'main',
  },
  // EXAMPLE: the demonstration content's decisions, case numbers and DPIA dates are made up,
  // and the site marks them as examples. Enter your own, then set this to false.
  exampleFacts: true,
  // EXAMPLE address: where readers reach the competence centre.
  contact: { email: 'kompetansesenteret@eksempel.kommune.no' },
  locales: [
    { code: 'nb', label: 'Norsk bokmål', htmlLang: 'nb-NO' },
    { code: 'en', label: 'English', htmlLang: 'en-GB' },
  ],
  // EXAMPLE VALUES: the Git teams below are made up; put your own organisation's teams here.
  // Every `owner` in the content must be one of these units (the tests check it).
  units: {
    'Kompetansesenter for sosiale medier': '@eksempel-kommune/kompetansesenteret',
    Kommunikasjonsenheten: '@eksempel-kommune/kommunikasjon',
    Dokumentsenteret: '@eksempel-kommune/dokumentsenteret',
    'IT-tjenesten': '@eksempel-kommune/it-tjenesten',
    Personvernombudet: '@eksempel-kommune/personvernombudet',
    'Politisk sekretariat': '@eksempel-kommune/politisk-sekretariat',
  },
} satisfies Organisation;
