import { useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchGlobalData } from '../domain/search/engine';
import type { SearchResultView } from './siteSearchRun';

export type { SearchResultView };

export type SiteSearchState = {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The query the results answer (they may lag behind the box while the reader types). */
  query: string;
  results: SearchResultView[];
  /** How many pages matched in all, of which `results` shows the first. */
  total: number;
  correctedQuery: string | null;
};

export type SiteSearchOptions = {
  allEditions?: boolean;
  kind?: string | null;
  /** How many results to load the text of. */
  limit: number;
  /** Wait this long after the last keystroke before searching. */
  debounceMs?: number;
};

export function useSearchGlobalData(): SearchGlobalData {
  return usePluginData('verktoykassa-search') as SearchGlobalData;
}

/**
 * The search itself, fetched the first time it is needed (or asked for early,
 * when the reader focuses a search box); the module system keeps it after that.
 */
export function loadSiteSearch() {
  return import('./siteSearchRun');
}

/** How many results' text is loaded before the first answer shows. */
const firstBatch = 2;

/** Resolves after the browser has painted what React last rendered (a frame, then a task). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    window.requestAnimationFrame(() => window.setTimeout(resolve, 0));
  });
}

const idle: SiteSearchState = {
  status: 'idle',
  query: '',
  results: [],
  total: 0,
  correctedQuery: null,
};

/**
 * Searches the site as the reader types. Nothing of the index is fetched until
 * the first query; results of a query the reader has already typed past are
 * dropped.
 */
export function useSiteSearch(
  query: string,
  { allEditions = false, kind = null, limit, debounceMs = 120 }: SiteSearchOptions,
): SiteSearchState {
  const { synonyms } = useSearchGlobalData();
  const baseUrl = useBaseUrl('/');
  const trimmed = query.trim();
  const request = JSON.stringify([trimmed, allEditions, kind, limit]);
  const [answer, setAnswer] = useState<{ request: string; state: SiteSearchState } | null>(null);

  useEffect(() => {
    if (trimmed === '') return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      loadSiteSearch()
        .then(({ searchSite }) => searchSite(trimmed, synonyms, { baseUrl, allEditions }, kind))
        .then(async (outcome) => {
          const shown = outcome.hits.slice(0, limit);
          const publish = (results: SearchResultView[], status: 'loading' | 'done') =>
            setAnswer({
              request,
              state: {
                status,
                query: trimmed,
                results,
                total: outcome.hits.length,
                correctedQuery: outcome.correctedQuery,
              },
            });
          // The first results show as soon as their text is in; the rest follow. Each
          // result's text is a download of its own, so this is the first answer sooner.
          const first = await Promise.all(shown.slice(0, firstBatch).map((hit) => hit.view()));
          if (!current) return;
          if (shown.length > firstBatch) {
            publish(first, 'loading');
            // The rest waits until the first results are on screen: on a slow phone
            // connection their downloads would otherwise share the line with what shows first.
            await nextPaint();
            if (!current) return;
          }
          const rest = await Promise.all(shown.slice(firstBatch).map((hit) => hit.view()));
          if (current) publish([...first, ...rest], 'done');
        })
        .catch(() => {
          if (current) setAnswer({ request, state: { ...idle, status: 'error', query: trimmed } });
        });
    }, debounceMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [request, trimmed, allEditions, kind, limit, debounceMs, synonyms, baseUrl]);

  if (trimmed === '') return idle;
  if (answer === null) return { ...idle, status: 'loading', query: trimmed };
  // While a newer query runs, the last results stay in view.
  if (answer.request !== request) return { ...answer.state, status: 'loading' };
  return answer.state;
}
