import { searchWords } from './words';

/**
 * Groups of words that mean the same to a reader, read from data/synonymer.yml
 * by synonymFile.ts (at build time, with zod) and used here in the browser.
 */
export type SynonymGroups = readonly (readonly string[])[];
export type SynonymsByLocale = Record<string, SynonymGroups>;

/** Where a group's term occurs in the query's words, as a run of whole words. */
function findTerm(words: readonly string[], termWords: readonly string[]): number {
  outer: for (let start = 0; start + termWords.length <= words.length; start += 1) {
    for (let offset = 0; offset < termWords.length; offset += 1) {
      if (words[start + offset] !== termWords[offset]) continue outer;
    }
    return start;
  }
  return -1;
}

/**
 * How much a synonym's hits count beside the reader's own words. Below 1, so a
 * page about the very words the reader typed comes first; high enough that a
 * page named for the synonym beats a passing mention of the reader's word.
 * Tuned with the relevance suite (e2e/searchQueries.ts).
 */
export const synonymWeight = 0.75;

/** A query to run, and how much its hits count beside the reader's own words. */
export type QueryVariant = { query: string; weight: number; reason: 'query' | 'synonym' | 'typo' };

/**
 * The queries to run for what the reader typed: their own words first, then
 * each synonym of a term they used in its place. Multi-word terms match whole
 * runs of words ("sosiale medier"). At most `limit` queries, so a long query
 * full of synonyms cannot make the browser run dozens of searches.
 */
export function synonymVariants(query: string, groups: SynonymGroups, limit = 8): QueryVariant[] {
  const words = searchWords(query);
  const variants: QueryVariant[] = [{ query: words.join(' '), weight: 1, reason: 'query' }];
  if (words.length === 0) return [];
  const seen = new Set([variants[0]!.query]);
  // Longer terms first, so "ros-analyse" wins over "ros" where both would match.
  const termsByLength = groups
    .flatMap((terms) => terms.map((written) => ({ terms, words: searchWords(written) })))
    .filter((entry) => entry.words.length > 0)
    .sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  for (const { terms, words: termWords } of termsByLength) {
    const start = findTerm(words, termWords);
    if (start < 0) continue;
    for (const alternative of terms) {
      const replacement = searchWords(alternative);
      const rewritten = [
        ...words.slice(0, start),
        ...replacement,
        ...words.slice(start + termWords.length),
      ].join(' ');
      if (seen.has(rewritten)) continue;
      seen.add(rewritten);
      variants.push({ query: rewritten, weight: synonymWeight, reason: 'synonym' });
      if (variants.length >= limit) return variants;
    }
  }
  return variants;
}
