import type { SearchBackend } from '../domain/search/engine';

/** The parts of Pagefind's browser API the site uses (pagefind.app/docs/api). */
type PagefindSubResult = { title: string; url: string; excerpt: string };
export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
};
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
};

/** A page the index found; its text loads only when a result is shown. */
export type PagefindHit = { key: string; score: number; data: () => Promise<PagefindResultData> };

/** Where one locale's search files are, from its base URL (`/`, `/en/`). */
export type SearchLocation = { baseUrl: string; allEditions: boolean };

/*
 * Loaded once per page life and kept across client-side navigation, so moving
 * to another page never downloads the index again. Each scope is its own copy
 * of Pagefind's module (a different URL is a different module): the edition
 * bundle merged into one copy never leaks into the default search.
 */
const instances = new Map<string, Promise<Pagefind>>();
const vocabularies = new Map<string, Promise<readonly string[]>>();

function loadPagefind({ baseUrl, allEditions }: SearchLocation): Promise<Pagefind> {
  const key = `${baseUrl}|${allEditions}`;
  let instance = instances.get(key);
  if (instance === undefined) {
    const moduleUrl = `${baseUrl}pagefind/pagefind.js${allEditions ? '?utgaver=alle' : ''}`;
    instance = (import(/* webpackIgnore: true */ moduleUrl) as Promise<Pagefind>).then(
      async (pagefind) => {
        // The index stores each page's full path (`/en/verktoy/x`); by default Pagefind
        // would put its own folder's base (`/en/`) in front of it a second time.
        // pageLength: Pagefind's default (0.75) favours short pages so much that a glossary
        // entry outranks the guideline it explains; 0.3 keeps the guideline first (measured
        // with the relevance suite, e2e/searchQueries.ts).
        // noWorker: the searches take milliseconds on the main thread, and the worker's
        // script is 12 KB more before the first result (measured by bench:search).
        await pagefind.options({
          excerptLength: 24,
          baseUrl: '/',
          ranking: { pageLength: 0.3 },
          noWorker: true,
        });
        if (allEditions) await pagefind.mergeIndex(`${baseUrl}pagefind-utgaver/`);
        return pagefind;
      },
    );
    // A failed load (offline, say) is not remembered: the next search tries again.
    instance.catch(() => instances.delete(key));
    instances.set(key, instance);
  }
  return instance;
}

function loadVocabulary(baseUrl: string, list: string): Promise<readonly string[]> {
  const key = `${baseUrl}|${list}`;
  let words = vocabularies.get(key);
  if (words === undefined) {
    words = fetch(`${baseUrl}sokeord/${list}.json`).then(async (response) =>
      response.ok ? ((await response.json()) as string[]) : [],
    );
    words.catch(() => vocabularies.delete(key));
    vocabularies.set(key, words);
  }
  return words;
}

/** The embedded search in the browser: Pagefind's index and the site's word lists. */
export function pagefindBackend(
  location: SearchLocation,
  kind: string | null,
): SearchBackend<PagefindHit> {
  return {
    async search(query) {
      const pagefind = await loadPagefind(location);
      const found = await pagefind.search(query, kind ? { filters: { type: kind } } : undefined);
      return (found?.results ?? []).map((result) => ({
        key: result.id,
        score: result.score,
        data: result.data,
      }));
    },
    vocabulary: (list) => loadVocabulary(location.baseUrl, list),
  };
}
