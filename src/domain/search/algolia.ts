/**
 * The switch between the embedded search and Algolia DocSearch, read from the
 * build's environment. The three variables are all public (the search-only key
 * ends up in every page by design); the admin key is never read here, only by
 * the indexer (`npm run search:algolia`).
 */
export const algoliaBuildVariables = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_SEARCH_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

export type Environment = Readonly<Record<string, string | undefined>>;

/** What `themeConfig.algolia` needs for Docusaurus's DocSearch theme. */
export type AlgoliaThemeConfig = {
  appId: string;
  apiKey: string;
  indexName: string;
  /** Filters results by the reader's language and by the docs versions they are reading. */
  contextualSearch: true;
  searchPagePath: string;
};

/** The value of a variable, or undefined when it is unset or only blanks (a CI secret left empty). */
function valueOf(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The variables of `names` that are unset or empty, in the order given. */
export function missingVariables(env: Environment, names: readonly string[]): string[] {
  return names.filter((name) => valueOf(env, name) === undefined);
}

/**
 * The DocSearch settings when all three build variables are set, null when
 * none is (the embedded search). Some but not all is a mistake that would
 * quietly give the wrong search, so it throws, naming what is missing.
 *
 * @param searchPagePath the full results page, kept at the embedded search's
 *   address so links to it keep working whichever search is built
 */
export function algoliaThemeConfigFrom(
  env: Environment,
  { searchPagePath }: { searchPagePath: string },
): AlgoliaThemeConfig | null {
  const missing = missingVariables(env, algoliaBuildVariables);
  if (missing.length === algoliaBuildVariables.length) return null;
  if (missing.length > 0) {
    const set = algoliaBuildVariables.filter((name) => !missing.includes(name));
    throw new Error(
      `Algolia search is half configured: ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not; set all three for Algolia, or none for the embedded search`,
    );
  }
  return {
    appId: valueOf(env, 'ALGOLIA_APP_ID')!,
    apiKey: valueOf(env, 'ALGOLIA_SEARCH_API_KEY')!,
    indexName: valueOf(env, 'ALGOLIA_INDEX_NAME')!,
    contextualSearch: true,
    searchPagePath,
  };
}

/**
 * Where DocSearch sends a reader's queries (`<app id>-dsn.algolia.net`, with
 * `<app id>-1.algolianet.com` … as fallbacks): the Content-Security-Policy's
 * connect-src names them when the site uses Algolia, and nothing when it does not.
 */
export const algoliaConnectSources = ['https://*.algolia.net', 'https://*.algolianet.com'];
