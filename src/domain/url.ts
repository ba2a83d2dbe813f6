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
