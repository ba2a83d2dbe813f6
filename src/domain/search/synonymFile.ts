import * as z from 'zod';
import type { ContentProblem } from '../content/problems';
import { checkWith } from '../content/validation';
import type { SynonymsByLocale } from './synonyms';
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
