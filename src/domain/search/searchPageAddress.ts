/*
 * The search page's address, apart from the results' code: the navbar's search
 * box builds it on every page, the search engine loads only when the reader types.
 */

/** What the search page's address says: `/sok?q=bilde&utgaver=alle&type=verktoy`. */
export type SearchPageState = { query: string; allEditions: boolean; kind: string | null };

export function searchPageStateOf(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    allEditions: params.get('utgaver') === 'alle',
    kind: params.get('type') || null,
  };
}

/** The query string for a search page state, leaving out defaults so shared links stay short. */
export function searchPageSearch({ query, allEditions, kind }: SearchPageState): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  if (allEditions) params.set('utgaver', 'alle');
  if (kind) params.set('type', kind);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
