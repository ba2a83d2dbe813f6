import * as z from 'zod';
import type { ContentProblem } from '../content/problems';
import { checkWith } from '../content/validation';
import { searchWords } from './words';

/**
 * Words that mean the same to a reader: "SoMe" and "sosiale medier", "Twitter"
 * and "X". Each group is a list of two or more terms; a query that names one
 * term also searches for the others. Groups are written per language in
 * `data/synonymer.yml` and serve both the embedded search and Algolia.
 */
const term = z
  .string()
  .trim()
  .min(1, 'a term cannot be empty')
  .max(80, 'a term is at most 80 characters; synonyms are words or short phrases');
const group = z.array(term).min(2, 'a group needs at least two terms that mean the same');

export const synonymFileSchema = z.record(z.string(), z.array(group));

export type SynonymGroups = readonly (readonly string[])[];
export type SynonymsByLocale = Record<string, SynonymGroups>;

/**
 * Checks the synonym file: every key is a language the site has, every group
 * has two or more distinct terms with letters in them, and no term sits in two
 * groups (the search could not tell which meaning the reader had in mind).
 */
export function readSynonyms(
  file: string,
  data: Record<string, unknown>,
  locales: readonly string[],
): { synonyms: SynonymsByLocale; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const synonyms: Record<string, string[][]> = {};
  for (const key of Object.keys(data)) {
    if (!locales.includes(key)) {
      problems.push({
        file,
        field: key,
        message: `is not a language of the site; use one of: ${locales.join(', ')}`,
      });
    }
  }
  for (const locale of locales) {
    if (!(locale in data)) continue;
    const result = checkWith(file, z.array(group), data[locale]);
    if (!result.ok) {
      problems.push(
        ...result.problems.map((problem) => ({
          ...problem,
          field: problem.field.startsWith('[')
            ? `${locale}${problem.field}`
            : [locale, problem.field].filter(Boolean).join('.'),
        })),
      );
      continue;
    }
    const groupOfTerm = new Map<string, number>();
    const groups: string[][] = [];
    result.value.forEach((terms, index) => {
      const field = `${locale}[${index}]`;
      const seenInGroup = new Set<string>();
      for (const written of terms) {
        const key = searchWords(written).join(' ');
        if (key === '') {
          problems.push({
            file,
            field,
            message: `"${written}" has no letters or digits to search for`,
          });
          continue;
        }
        if (seenInGroup.has(key)) {
          problems.push({ file, field, message: `"${written}" is in this group twice` });
          continue;
        }
        seenInGroup.add(key);
        const other = groupOfTerm.get(key);
        if (other !== undefined) {
          problems.push({
            file,
            field,
            message: `"${written}" is also in ${locale}[${other}]; a term can belong to one group only, so merge the two groups`,
          });
          continue;
        }
        groupOfTerm.set(key, index);
      }
      groups.push([...terms]);
    });
    synonyms[locale] = groups;
  }
  return { synonyms, problems };
}

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
