import { describe, expect, it } from 'vitest';
import { runSearch, type SearchBackend } from './engine';
import { vocabularyLists } from './typos';
import { searchWords } from './words';

type Hit = { key: string; score: number };

/** A tiny index: a page matches when it has every word of the query as a word or a word's start. */
function fakeBackend(pages: Record<string, string>): SearchBackend<Hit> & { queries: string[] } {
  const counts = new Map<string, number>();
  for (const text of Object.values(pages))
    for (const word of searchWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = vocabularyLists(counts);
  const queries: string[] = [];
  return {
    queries,
    async search(query) {
      queries.push(query);
      const words = searchWords(query);
      return Object.entries(pages)
        .filter(([, text]) =>
          words.every((word) => searchWords(text).some((pageWord) => pageWord.startsWith(word))),
        )
        .map(([key]) => ({ key, score: 1 }));
    },
    async vocabulary(list) {
      return vocabulary.get(list) ?? [];
    },
  };
}

const pages = {
  ros: 'Gjennomfør en ROS-analyse for en ny kanal',
  arkiv: 'Arkivering og journalføring av innlegg',
  engage: 'Viva Engage for ansatte',
};
const synonyms = [
  ['risikoanalyse', 'ROS-analyse'],
  ['Viva Engage', 'Yammer'],
];

describe('runSearch', () => {
  it('finds a page through a synonym of the reader’s word', async () => {
    const outcome = await runSearch('risikoanalyse', synonyms, fakeBackend(pages));
    expect(outcome.hits.map((hit) => hit.key)).toEqual(['ros']);
    expect(outcome.correctedQuery).toBeNull();
  });

  it('corrects a typo to a word the site uses, and says so', async () => {
    const outcome = await runSearch('arkiverng', synonyms, fakeBackend(pages));
    expect(outcome.hits.map((hit) => hit.key)).toEqual(['arkiv']);
    expect(outcome.correctedQuery).toBe('arkivering');
  });

  it('does not correct a synonym term that the site does not use', async () => {
    const backend = fakeBackend(pages);
    const outcome = await runSearch('yammer', synonyms, backend);
    expect(outcome.hits.map((hit) => hit.key)).toEqual(['engage']);
    expect(outcome.correctedQuery).toBeNull();
  });

  it('runs no search for a query without words', async () => {
    const backend = fakeBackend(pages);
    expect((await runSearch(' – ', synonyms, backend)).hits).toEqual([]);
    expect(backend.queries).toEqual([]);
  });
});
