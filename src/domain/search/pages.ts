/**
 * What kind of content a page is, read from its path, so a search result can
 * say "Verktøy" or "Sjekkliste" and a reader can narrow the results by it.
 * Pages that only list or repeat other pages (the news list and its tags, an
 * edition's print copy, the search page itself) are left out of the index, so
 * a query lands on the page that says it, not on a list that mentions it.
 */
export const searchKinds = [
  'retningslinje',
  'postulat',
  'verktoy',
  'veiledning',
  'beslutningstre',
  'sjekkliste',
  'ordliste',
  'nyhet',
  'side',
] as const;

export type SearchKind = (typeof searchKinds)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (searchKinds as readonly string[]).includes(value);
}

/** Top-level paths that are never search results. */
const notIndexed = new Set(['404', 'sok', 'search', 'innholdsstatus']);

/**
 * The kind of the page at `sitePath` (`/retningslinjer/2025/arkivering`,
 * without base URL or locale), or null when it is not a search result.
 *
 * @param editionSegments the path segments of guideline editions other than the
 *   one in force (`2025`, `utkast` …); `/retningslinjer/<segment>/…` is that edition's page
 */
export function searchKindOf(
  sitePath: string,
  editionSegments: readonly string[],
): SearchKind | null {
  const segments = sitePath.split('/').filter(Boolean);
  const [section = '', ...rest] = segments;
  if (notIndexed.has(section)) return null;
  switch (section) {
    case '':
      return 'side';
    case 'retningslinjer': {
      const withinEdition = editionSegments.includes(rest[0] ?? '') ? rest.slice(1) : rest;
      if (withinEdition.length === 0) return 'side';
      return withinEdition[0] === 'postulater' ? 'postulat' : 'retningslinje';
    }
    case 'verktoy':
      return rest.length === 0 || ['sammenlign', 'radar'].includes(rest[0]!) ? 'side' : 'verktoy';
    case 'veiledninger':
      return rest.length === 0 ? 'side' : 'veiledning';
    case 'beslutningstre':
      return rest.length === 0 ? 'side' : 'beslutningstre';
    case 'sjekkliste':
      return rest.length === 0 ? 'side' : 'sjekkliste';
    case 'ordliste':
      return 'ordliste';
    case 'nytt':
      // Posts live at /nytt/yyyy/mm/dd/slug; the rest are lists, tags, authors and the archive.
      return /^\d{4}$/.test(rest[0] ?? '') && rest.length >= 4 ? 'nyhet' : null;
    case 'utgaver':
      // The editions overview is a page of its own; each edition's print copy and change list repeat it.
      return rest.length === 0 ? 'side' : null;
    default:
      return 'side';
  }
}

/**
 * Which pages the default search covers: everything except guideline editions
 * that are not in force (older editions and the working draft), which the
 * reader includes on request.
 */
export function editionOfPath(sitePath: string, editionSegments: readonly string[]): string | null {
  const [section, segment] = sitePath.split('/').filter(Boolean);
  return section === 'retningslinjer' && segment !== undefined && editionSegments.includes(segment)
    ? segment
    : null;
}
