import type { QueryVariant } from './synonyms';

/** One page a variant query found: a key naming the page (Pagefind's page id) and the engine's score. */
export type VariantHit = { key: string; score: number };

/**
 * Puts together what the variants of one query found (the reader's words and
 * their synonyms): each page once, scored by its best variant after that
 * variant's weight, best first. Ties keep the order the reader's own words gave.
 *
 * The engine's scores are compared across variants as they are: for queries of
 * known words they measure the same thing (how strongly the page is about the
 * words), which a per-variant scale would throw away: a word mentioned once in
 * passing would count as much as a page named for its synonym. Queries with a
 * misspelt word are not merged with their correction (see engine.ts).
 */
export function mergeVariantHits<T extends VariantHit>(
  runs: readonly { variant: QueryVariant; hits: readonly T[] }[],
): T[] {
  const best = new Map<string, { hit: T; score: number; order: number }>();
  let order = 0;
  for (const { variant, hits } of runs) {
    for (const hit of hits) {
      const score = hit.score * variant.weight;
      const earlier = best.get(hit.key);
      if (earlier === undefined) best.set(hit.key, { hit, score, order: order++ });
      else if (score > earlier.score) best.set(hit.key, { hit, score, order: earlier.order });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);
}

/** A run of an excerpt's text, and whether it is one of the words the reader searched for. */
export type ExcerptPart = { text: string; matched: boolean };

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an engine's excerpt (`… om <mark>bilder</mark> av barn …`, HTML-escaped
 * text with `<mark>` around matched words) into plain runs of text, so a view
 * can render it without inserting HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let matched = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) matched = true;
    else if (/^<\/mark>$/i.test(piece)) matched = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text !== '') parts.push({ text, matched });
    }
  }
  return parts;
}
