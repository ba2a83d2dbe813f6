import { useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import { runSearch, type SearchGlobalData } from '../domain/search/engine';
import { isSearchKind, type SearchKind } from '../domain/search/pages';
import { excerptParts, type ExcerptPart } from '../domain/search/results';
import { pagefindBackend, type PagefindResultData } from './pagefindBackend';

/** One result as a view shows it. */
export type SearchResultView = {
  key: string;
  /** The page, or the section of it that matched best. */
  url: string;
  title: string;
  /** The heading of the matched section when the link goes to a section, e.g. a glossary term. */
  heading: string | null;
  /** Where the page sits in the site (`Veiledninger`), when the page's breadcrumb says. */
  section: string | null;
  kind: SearchKind;
  /** The guideline edition's label when the page is not from the edition in force. */
  edition: string | null;
  /** A tool's status, as its page shows it. */
  status: string | null;
  excerpt: ExcerptPart[];
};

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

function toView(key: string, data: PagefindResultData): SearchResultView {
  const title = data.meta.title ?? data.url;
  // Pagefind lists the sections of a page that matched; a link straight to one helps
  // where the page is long (the glossary, a guideline), unless it is the page's top.
  const section = data.sub_results?.find((sub) => sub.url.includes('#') && sub.title !== title);
  const kind = data.meta.kind ?? 'side';
  return {
    key,
    url: section?.url ?? data.url,
    title,
    heading: section?.title ?? null,
    section: data.meta.section ?? null,
    kind: isSearchKind(kind) ? kind : 'side',
    edition: data.meta.edition ?? null,
    status: data.meta.status ?? null,
    excerpt: excerptParts(section?.excerpt ?? data.excerpt),
  };
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
      const backend = pagefindBackend({ baseUrl, allEditions }, kind);
      runSearch(trimmed, synonyms, backend)
        .then(async (outcome) => {
          const shown = outcome.hits.slice(0, limit);
          const publish = (data: PagefindResultData[], status: 'loading' | 'done') =>
            setAnswer({
              request,
              state: {
                status,
                query: trimmed,
                results: data.map((entry, index) => toView(shown[index]!.key, entry)),
                total: outcome.hits.length,
                correctedQuery: outcome.correctedQuery,
              },
            });
          // The first results show as soon as their text is in; the rest follow. Each
          // result's text is a download of its own, so this is the first answer sooner.
          const first = await Promise.all(shown.slice(0, firstBatch).map((hit) => hit.data()));
          if (!current) return;
          if (shown.length > firstBatch) {
            publish(first, 'loading');
            // The rest waits until the first results are on screen: on a slow phone
            // connection their downloads would otherwise share the line with what shows first.
            await nextPaint();
            if (!current) return;
          }
          const rest = await Promise.all(shown.slice(firstBatch).map((hit) => hit.data()));
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
