/**
 * Forgiving small typos: a word of five or more letters that the site does not
 * use is read as the site's most frequent word one edit away ("arkiverng" →
 * "arkivering"). An edit is one letter added, removed, changed, or two
 * neighbours swapped (optimal string alignment distance).
 *
 * The build writes the site's words into one list per word length and first
 * letter, most frequent first; a query word needs the lists for its first
 * letter at its own length and the lengths one shorter and one longer, a few
 * kilobytes. So a slip in the first letter is not corrected: that would need
 * every list of three lengths, tens of kilobytes more before the first result.
 */

/** Words shorter than this are taken as written: "ros" one edit away is "ord", "rot", "bos" … */
export const shortestCorrectedWord = 5;

/**
 * Longer words are taken as written. The build writes a list for every length
 * up to one past this and every letter of `alphabet`, empty or not, so the
 * browser never asks for a list that is not there.
 */
export const longestCorrectedWord = 30;

/** The first letters whose words are corrected: the Norwegian alphabet. */
export const alphabet = [...'abcdefghijklmnopqrstuvwxyzæøå'];

/** The name of the list of words of `length` letters starting with `letter` (`9-97` for a). */
export function vocabularyListName(length: number, letter: string): string {
  return `${length}-${letter.codePointAt(0)}`;
}

function firstLetter(word: string): string {
  return [...word][0] ?? '';
}

/** The lists that decide about `word`, or none when it is not corrected. */
export function vocabularyListsFor(word: string): string[] {
  if (!isCorrectable(word)) return [];
  const length = [...word].length;
  const letter = firstLetter(word);
  return [length, length - 1, length + 1].map((size) => vocabularyListName(size, letter));
}

function isCorrectable(word: string): boolean {
  const length = [...word].length;
  return (
    length >= shortestCorrectedWord &&
    length <= longestCorrectedWord &&
    alphabet.includes(firstLetter(word)) &&
    !/\p{N}/u.test(word)
  );
}

/** True when `a` becomes `b` by at most one edit (insert, delete, substitute, swap neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
  }
  const restX = x.slice(start, endX);
  const restY = y.slice(start, endY);
  if (restX.length + restY.length <= 1) return true;
  if (restX.length === 1 && restY.length === 1) return true;
  return restX.length === 2 && restY.length === 2 && restX[0] === restY[1] && restX[1] === restY[0];
}

/**
 * The word the reader probably meant, or null when `word` is fine as it is
 * (short, a number, or a word the site uses).
 *
 * @param vocabulary the site's word lists by name (vocabularyListName), each most frequent first
 */
export function correctionFor(
  word: string,
  vocabulary: ReadonlyMap<string, readonly string[]>,
): string | null {
  if (!isCorrectable(word)) return null;
  const [own, ...neighbours] = vocabularyListsFor(word);
  if (vocabulary.get(own!)?.includes(word)) return null;
  let best: { word: string; rank: number } | null = null;
  for (const list of [own!, ...neighbours]) {
    const words = vocabulary.get(list) ?? [];
    for (let rank = 0; rank < words.length; rank += 1) {
      if (best !== null && rank >= best.rank) break;
      const candidate = words[rank]!;
      // "bilde" against "bilder" is another form of the same word, which the index's
      // stemming already finds; only a real slip of the keyboard is corrected.
      if (candidate.startsWith(word) || word.startsWith(candidate)) continue;
      if (withinOneEdit(word, candidate)) {
        best = { word: candidate, rank };
        break;
      }
    }
  }
  return best?.word ?? null;
}

/**
 * The site's words as lists by length and first letter, most frequent first,
 * for the build to write: one list for every name a correction can ask for,
 * empty or not.
 */
export function vocabularyLists(wordCounts: ReadonlyMap<string, number>): Map<string, string[]> {
  const lists = new Map<string, [string, number][]>();
  for (let length = shortestCorrectedWord - 1; length <= longestCorrectedWord + 1; length += 1)
    for (const letter of alphabet) lists.set(vocabularyListName(length, letter), []);
  for (const [word, count] of wordCounts) {
    if (/\p{N}/u.test(word)) continue;
    lists.get(vocabularyListName([...word].length, firstLetter(word)))?.push([word, count]);
  }
  return new Map(
    [...lists].map(([name, entries]) => [
      name,
      entries
        .sort(([wordA, countA], [wordB, countB]) => countB - countA || wordA.localeCompare(wordB))
        .map(([word]) => word),
    ]),
  );
}
