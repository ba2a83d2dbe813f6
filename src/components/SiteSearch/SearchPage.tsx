import { useCallback, useId, useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { searchKinds } from '../../domain/search/pages';
import {
  searchPageSearch,
  searchPageStateOf,
  type SearchPageState,
} from '../../domain/search/searchPageAddress';
import { useQueryState } from '../../hooks/useQueryState';
import { useSiteSearch } from '../../hooks/useSiteSearch';
import { useSiteSettings } from '../../hooks/useSiteSettings';
import { kindLabel } from './labels';
import { ResultExcerpt, ResultFacts } from './ResultSummary';
import styles from './styles.module.css';

/** How many results the page shows at first, and how many more each "Vis flere" adds. */
const pageSize = 20;

/** Where a reader who found nothing can go next. */
function NoResults({ query }: { query: string }): ReactNode {
  const { contact, competenceCentre } = useSiteSettings();
  return (
    <div className={styles.noResults}>
      <p>
        <Translate id="search.page.none" values={{ query: <strong>{query}</strong> }}>
          {
            'Vi fant ingenting om {query}. Sjekk stavingen, prøv et annet ord, eller gå videre herfra:'
          }
        </Translate>
      </p>
      <ul>
        <li>
          <Link to="/beslutningstre/kan-jeg-bruke-verktoyet">
            <Translate id="search.page.none.toolTree">Kan jeg bruke verktøyet?</Translate>
          </Link>{' '}
          <Translate id="search.page.none.toolTreeHint">
            (svar på noen spørsmål om et verktøy som ikke står i katalogen)
          </Translate>
        </li>
        <li>
          <Link to="/verktoy">
            <Translate id="search.page.none.catalogue">Verktøykatalogen</Translate>
          </Link>
        </li>
        <li>
          <Link to="/retningslinjer">
            <Translate id="search.page.none.guidelines">Retningslinjene</Translate>
          </Link>
        </li>
        <li>
          <Translate
            id="search.page.none.contact"
            values={{
              centre: competenceCentre,
              email: <a href={`mailto:${contact.email}`}>{contact.email}</a>,
            }}
          >
            {'Spør {centre}: {email}'}
          </Translate>
        </li>
      </ul>
    </div>
  );
}

/**
 * The full results page, `/sok?q=…`. The address holds the query, the kind of
 * content and whether older editions count, so a search can be shared or
 * bookmarked. Without JavaScript the form still works, and the page says the
 * results need JavaScript.
 */
export default function SearchPage(): ReactNode {
  const state = useQueryState<SearchPageState>(searchPageStateOf, searchPageSearch);
  // The static page was rendered without a query; the first render in the browser must
  // match it (React keeps the server's attributes on hydration), so the address counts after.
  const isBrowser = useIsBrowser();
  const { query, allEditions, kind } = isBrowser ? state.value : searchPageStateOf('');
  const [shown, setShown] = useState(pageSize);
  const search = useSiteSearch(query, { allEditions, kind, limit: shown, debounceMs: 80 });
  const inputId = useId();
  const update = useCallback(
    (change: Partial<SearchPageState>) => {
      setShown(pageSize);
      state.set({ ...state.value, ...change });
    },
    [state],
  );
  const title = translate({ id: 'search.page.title', message: 'Søk i Verktøykassa' });

  return (
    <Layout
      title={title}
      description={translate({
        id: 'search.page.description',
        message:
          'Søk i retningslinjer, postulater, verktøy, veiledninger, beslutningstrær og sjekklister.',
      })}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        <form
          role="search"
          method="get"
          className={styles.pageForm}
          onSubmit={(event) => {
            event.preventDefault();
            state.flush();
          }}
        >
          <label htmlFor={inputId} className={styles.pageLabel}>
            <Translate id="search.page.label">Hva leter du etter?</Translate>
          </label>
          <div className={styles.pageQueryRow}>
            <input
              id={inputId}
              className={styles.pageInput}
              type="search"
              name="q"
              autoComplete="off"
              enterKeyHint="search"
              value={query}
              onChange={(event) => update({ query: event.target.value })}
              onBlur={state.flush}
            />
            <button type="submit" className="button button--primary">
              <Translate id="search.page.submit">Søk</Translate>
            </button>
          </div>
          <div className={styles.pageFilters}>
            <label>
              <Translate id="search.page.kind">Vis</Translate>{' '}
              <select
                name="type"
                value={kind ?? ''}
                onChange={(event) => update({ kind: event.target.value || null })}
              >
                <option value="">
                  {translate({ id: 'search.page.kind.all', message: 'alt innhold' })}
                </option>
                {searchKinds.map((option) => (
                  <option key={option} value={option}>
                    {kindLabel(option)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input
                type="checkbox"
                name="utgaver"
                value="alle"
                checked={allEditions}
                onChange={(event) => update({ allEditions: event.target.checked })}
              />{' '}
              <Translate id="search.page.allEditions">
                Ta med eldre utgaver og utkastet til retningslinjene
              </Translate>
            </label>
          </div>
        </form>
        {/* In the static page only: once the page runs in a browser the search works. */}
        {!isBrowser && (
          <p className={styles.notice}>
            <Translate id="search.page.noscript">
              Søket trenger JavaScript. Slå det på, eller bla deg fram fra menyen øverst.
            </Translate>
          </p>
        )}
        <div
          role="status"
          className={styles.status}
          data-search-status={search.status}
          data-search-query={search.query}
        >
          {search.status === 'done' && search.total > 0 && (
            <p>
              {search.correctedQuery !== null ? (
                <Translate
                  id="search.page.corrected"
                  values={{ count: search.total, query: <strong>{search.correctedQuery}</strong> }}
                >
                  {'{count} treff for {query} (vi rettet en mulig skrivefeil)'}
                </Translate>
              ) : (
                <Translate
                  id="search.page.count"
                  values={{ count: search.total, query: <strong>{search.query}</strong> }}
                >
                  {'{count} treff for {query}'}
                </Translate>
              )}
            </p>
          )}
          {search.status === 'error' && (
            <p className={styles.notice}>
              <Translate id="search.page.error">
                Søket kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.
              </Translate>
            </p>
          )}
        </div>
        {search.status === 'done' && search.total === 0 && <NoResults query={search.query} />}
        {search.results.length > 0 && (
          <ol className={styles.resultList}>
            {search.results.map((result) => (
              <li key={result.key} className={styles.result}>
                <h2 className={styles.resultTitle}>
                  <Link to={result.url} autoAddBaseUrl={false}>
                    {result.title}
                    {result.heading && (
                      <span className={styles.resultHeading}> › {result.heading}</span>
                    )}
                  </Link>
                </h2>
                <ResultFacts result={result} />
                <p>
                  <ResultExcerpt result={result} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {search.status === 'done' && search.total > search.results.length && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShown((count) => count + pageSize)}
          >
            <Translate id="search.page.more">Vis flere treff</Translate>
          </button>
        )}
      </main>
    </Layout>
  );
}
