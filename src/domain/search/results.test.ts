import { describe, expect, it } from 'vitest';
import { excerptParts, mergeVariantHits } from './results';

describe('mergeVariantHits', () => {
  it('lists each page once, scored by its best variant after the variant’s weight', () => {
    const merged = mergeVariantHits([
      {
        variant: { query: 'ros', weight: 1, reason: 'query' },
        hits: [
          { key: 'a', score: 2 },
          { key: 'b', score: 1 },
        ],
      },
      {
        variant: { query: 'risikoanalyse', weight: 0.9, reason: 'synonym' },
        hits: [
          { key: 'c', score: 10 },
          { key: 'b', score: 3 },
        ],
      },
    ]);
    expect(merged.map((hit) => hit.key)).toEqual(['c', 'b', 'a']);
  });

  it('lets a page named for a synonym beat a passing mention of the reader’s own word', () => {
    const merged = mergeVariantHits([
      {
        variant: { query: 'livestream', weight: 1, reason: 'query' },
        hits: [{ key: 'passing mention', score: 0.4 }],
      },
      {
        variant: { query: 'direktesending', weight: 0.9, reason: 'synonym' },
        hits: [
          { key: 'how-to', score: 5 },
          { key: 'passing mention', score: 0.3 },
        ],
      },
    ]);
    expect(merged.map((hit) => hit.key)).toEqual(['how-to', 'passing mention']);
  });
});

describe('excerptParts', () => {
  it('marks the matched words and decodes the text without keeping any other markup', () => {
    expect(excerptParts('Bilder &amp; <mark>samtykke</mark> <b>for</b> barn &lt;13')).toEqual([
      { text: 'Bilder & ', matched: false },
      { text: 'samtykke', matched: true },
      { text: ' for barn <13', matched: false },
    ]);
  });
});
