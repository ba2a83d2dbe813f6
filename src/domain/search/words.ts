/**
 * How the search splits text into words, on both sides: when the build lists
 * the words the site uses (for typo correction) and when a reader's query is
 * read. Letters and digits make words; everything else separates them. Case
 * and Unicode composition are folded, so "Å" typed as A + ring still matches.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The query as one normalised line: folded case, single spaces, no edge whitespace. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}
