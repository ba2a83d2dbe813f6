/** The tools in the order the picker lists them: by name. */
export function toolsByTitle<T extends { title: string }>(tools: readonly T[]): T[] {
  return [...tools].sort((a, b) => a.title.localeCompare(b.title, 'nb'));
}

/** The tools named by ids, in the ids' order. */
export function toolsWithIds<T extends { id: string }>(
  tools: readonly T[],
  ids: readonly string[],
): T[] {
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  return ids.map((id) => byId.get(id)).filter((tool) => tool !== undefined);
}

/** How many tools the compare view shows side by side. */
export const maxCompared = 3;

/** The tools to compare from the URL (`?verktoy=facebook,instagram`): known ids, no repeats, at most three. */
export function comparedIds(value: string | null, knownIds: readonly string[]): string[] {
  const known = new Set(knownIds);
  return [...new Set((value ?? '').split(','))].filter((id) => known.has(id)).slice(0, maxCompared);
}

/** The URL's value for the chosen ids; null when none is chosen, so the parameter goes away. */
export function comparedValue(ids: readonly string[]): string | null {
  return ids.join(',') || null;
}

/** Whether a tool can be ticked: it is chosen already, or there is room for one more. */
export function canCompare(ids: readonly string[], id: string): boolean {
  return ids.includes(id) || ids.length < maxCompared;
}

export function toggleCompared(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((candidate) => candidate !== id);
  return ids.length >= maxCompared ? [...ids] : [...ids, id];
}
