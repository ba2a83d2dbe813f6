/** How many tools the compare view shows side by side. */
export const maxCompared = 3;

/** The tools to compare from the URL (`?verktoy=facebook,instagram`): known ids, no repeats, at most three. */
export function comparedIds(value: string | null, knownIds: readonly string[]): string[] {
  const known = new Set(knownIds);
  return [...new Set((value ?? '').split(','))].filter((id) => known.has(id)).slice(0, maxCompared);
}

export function toggleCompared(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((candidate) => candidate !== id);
  return ids.length >= maxCompared ? [...ids] : [...ids, id];
}
