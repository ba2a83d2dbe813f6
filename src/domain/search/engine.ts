import { mergeVariantHits, type VariantHit } from './results';
import { synonymVariants, type QueryVariant, type SynonymGroups } from './synonyms';
import { correctionFor, vocabularyLengthsFor } from './typos';
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
  /** The site's words of one length, most frequent first (see typos.ts). */
  vocabulary: (length: number) => Promise<readonly string[]>;
};

export type SearchOutcome<Hit> = {
  hits: Hit[];
  /** The query as corrected for typos, when a word was read as another ("arkiverng" → "arkivering"). */
  correctedQuery: string | null;
  /** The queries that ran, for tests and the benchmark. */
  variants: QueryVariant[];
};

/**
 * A misspelt word still matches something in the index (a word that starts the
 * same way), so once a word has been corrected, the corrected query leads and
 * the reader's own words only fill in behind it.
 */
const uncorrectedWeight = 0.5;

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
  const lengths = [
    ...new Set(words.filter((word) => !synonymWords.has(word)).flatMap(vocabularyLengthsFor)),
  ];
  const own = synonymVariants(query, synonyms);
  // The reader's own words start at once; the word lists load beside them.
  const ownHits = new Map(own.map((variant) => [variant.query, backend.search(variant.query)]));
  const vocabulary = new Map(
    await Promise.all(
      lengths.map(async (length) => [length, await backend.vocabulary(length)] as const),
    ),
  );
  const correctedQuery = words
    .map((word) => (synonymWords.has(word) ? word : (correctionFor(word, vocabulary) ?? word)))
    .join(' ');
  const isCorrected = correctedQuery !== words.join(' ');
  const variants: QueryVariant[] = isCorrected
    ? [
        ...synonymVariants(correctedQuery, synonyms).map((variant) => ({
          ...variant,
          reason: 'typo' as const,
        })),
        ...own.map((variant) => ({ ...variant, weight: variant.weight * uncorrectedWeight })),
      ]
    : own;
  const runs = await Promise.all(
    variants.map(async (variant) => ({
      variant,
      hits: await (ownHits.get(variant.query) ?? backend.search(variant.query)),
    })),
  );
  const correctionFound = runs.some((run) => run.variant.reason === 'typo' && run.hits.length > 0);
  return {
    hits: mergeVariantHits(runs),
    correctedQuery: isCorrected && correctionFound ? correctedQuery : null,
    variants,
  };
}
