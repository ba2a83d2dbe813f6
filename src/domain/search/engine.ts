import { mergeVariantHits, type VariantHit } from './results';
import { synonymVariants, type QueryVariant, type SynonymGroups } from './synonyms';
import { correctionFor, vocabularyListsFor } from './typos';
import { searchWords } from './words';

/** What the browser gets from the search plugin: this locale's synonyms and where the results page is. */
export type SearchGlobalData = {
  synonyms: SynonymGroups;
  searchPagePath: string;
};

/** Where a search runs: the index (Pagefind in the browser, a fake in tests) and the word lists. */
export type SearchBackend<Hit extends VariantHit> = {
  /** The pages matching every word of `query`, best first. */
  search: (query: string) => Promise<readonly Hit[]>;
  /** One of the site's word lists (by length and first letter, see typos.ts), most frequent first. */
  vocabulary: (list: string) => Promise<readonly string[]>;
};

export type SearchOutcome<Hit> = {
  hits: Hit[];
  /** The query as corrected for typos, when a word was read as another ("arkiverng" → "arkivering"). */
  correctedQuery: string | null;
  /** The queries that ran, for tests and the benchmark. */
  variants: QueryVariant[];
};

/**
 * Runs one reader's query: their words, each synonym of a term they used, and,
 * where a word of five or more letters is not one the site uses, the same with
 * that word corrected. Every variant runs against the index and the hits are
 * merged, each page once.
 */
export async function runSearch<Hit extends VariantHit>(
  query: string,
  synonyms: SynonymGroups,
  backend: SearchBackend<Hit>,
): Promise<SearchOutcome<Hit>> {
  const words = searchWords(query);
  if (words.length === 0) return { hits: [], correctedQuery: null, variants: [] };
  // Terms from the synonym file count as known words: "Yammer" is not on the site, but it is not a typo.
  const synonymWords = new Set(synonyms.flatMap((terms) => terms.flatMap(searchWords)));
  const lists = [
    ...new Set(words.filter((word) => !synonymWords.has(word)).flatMap(vocabularyListsFor)),
  ];
  const own = synonymVariants(query, synonyms);
  // The reader's own words start at once; the word lists load beside them.
  const ownHits = new Map(own.map((variant) => [variant.query, backend.search(variant.query)]));
  // When a correction answers instead, these are never awaited; their failure is not an error.
  for (const pending of ownHits.values()) pending.catch(() => undefined);
  const vocabulary = new Map(
    await Promise.all(lists.map(async (list) => [list, await backend.vocabulary(list)] as const)),
  );
  const correctedQuery = words
    .map((word) => (synonymWords.has(word) ? word : (correctionFor(word, vocabulary) ?? word)))
    .join(' ');
  const isCorrected = correctedQuery !== words.join(' ');
  const run = (variants: readonly QueryVariant[]) =>
    Promise.all(
      variants.map(async (variant) => ({
        variant,
        hits: await (ownHits.get(variant.query) ?? backend.search(variant.query)),
      })),
    );
  if (isCorrected) {
    // A misspelt word still matches something (words that start the same way), so
    // when the corrected query finds pages, those are the answer, as in "did you mean".
    const corrected = synonymVariants(correctedQuery, synonyms).map((variant) => ({
      ...variant,
      reason: 'typo' as const,
    }));
    const runs = await run(corrected);
    if (runs.some((entry) => entry.hits.length > 0))
      return { hits: mergeVariantHits(runs), correctedQuery, variants: corrected };
  }
  return { hits: mergeVariantHits(await run(own)), correctedQuery: null, variants: own };
}
