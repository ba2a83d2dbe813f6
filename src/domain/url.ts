/**
 * The query string with one parameter set, or removed when `value` is empty.
 * Other parameters stay as they were, so two trees or checklists on one page
 * keep each other's state.
 */
export function withQueryParam(search: string, key: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value) params.set(key, value);
  else params.delete(key);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The page a link inside the site points at, without #anchor or ?query. */
export function linkedPage(link: string): string {
  return link.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1') || '/';
}

/**
 * A hint for a link to a page the site does not have: pages with the same last
 * part of the path, such as the draft of a guideline not yet adopted.
 */
export function similarPages(link: string, pagePaths: Iterable<string>): string {
  const last = linkedPage(link).split('/').pop();
  const similar = [...pagePaths].filter((candidate) => last && candidate.endsWith(`/${last}`));
  return similar.length > 0 ? ` (pages with that name: ${similar.sort().join(', ')})` : '';
}
