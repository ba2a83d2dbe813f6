import { describe, expect, it } from 'vitest';
import {
  correctionFor,
  vocabularyListName,
  vocabularyLists,
  vocabularyListsFor,
  withinOneEdit,
} from './typos';

describe('withinOneEdit', () => {
  it.each([
    ['arkivering', 'arkivering'],
    ['arkiverng', 'arkivering'],
    ['arkivvering', 'arkivering'],
    ['arkivaring', 'arkivering'],
    ['arkviering', 'arkivering'],
    ['samtyke', 'samtykke'],
    ['personvren', 'personvern'],
  ])('%s is one edit from %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ['arkvieringg', 'arkivering'],
    ['arkivring', 'arkiveringer'],
    ['samtkye', 'samtykker'],
  ])('%s is more than one edit from %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

describe('correctionFor', () => {
  const vocabulary = vocabularyLists(
    new Map([
      ['arkivering', 40],
      ['arkiveringen', 3],
      ['personvern', 30],
      ['samtykke', 25],
      ['samtykker', 2],
      ['bilder', 20],
      ['bildet', 18],
    ]),
  );

  it('reads a misspelt word as the most frequent word one edit away', () => {
    expect(correctionFor('arkiverng', vocabulary)).toBe('arkivering');
    expect(correctionFor('personvren', vocabulary)).toBe('personvern');
    expect(correctionFor('samtyke', vocabulary)).toBe('samtykke');
  });

  it('leaves words the site uses, short words and numbers as they are', () => {
    expect(correctionFor('arkivering', vocabulary)).toBeNull();
    expect(correctionFor('bilde', vocabulary)).toBeNull();
    expect(correctionFor('ros', vocabulary)).toBeNull();
    expect(correctionFor('20266', vocabulary)).toBeNull();
  });

  it('gives up when nothing is one edit away', () => {
    expect(correctionFor('kanalstrategi', vocabulary)).toBeNull();
  });

  it('needs only the lists of the word’s length and its neighbours', () => {
    expect(vocabularyListsFor('arkiverng')).toEqual(['9-97', '8-97', '10-97']);
    expect(vocabularyListsFor('ros')).toEqual([]);
  });

  it('does not correct a slip in the first letter, which would need every list', () => {
    expect(correctionFor('srkivering', vocabulary)).toBeNull();
  });
});

describe('vocabularyLists', () => {
  it('keeps words of four letters and more by length and first letter, most frequent first, without numbers', () => {
    const lists = vocabularyLists(
      new Map([
        ['og', 100],
        ['bilde', 3],
        ['bilder', 9],
        ['blant', 7],
        ['2026', 50],
      ]),
    );
    expect(lists.get(vocabularyListName(5, 'b'))).toEqual(['blant', 'bilde']);
    expect(lists.get(vocabularyListName(6, 'b'))).toEqual(['bilder']);
    expect(lists.get(vocabularyListName(4, 'b'))).toEqual([]);
  });

  it('has a list, empty or not, for every name a correction asks for', () => {
    const lists = vocabularyLists(new Map([['bilde', 1]]));
    expect(lists.size).toBe(28 * 29);
    for (const word of ['æresord', 'åpenhet', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'])
      for (const name of vocabularyListsFor(word)) expect(lists.has(name), name).toBe(true);
    expect(vocabularyListsFor('a'.repeat(31))).toEqual([]);
    expect(vocabularyListsFor('écran')).toEqual([]);
  });
});
