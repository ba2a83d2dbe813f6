import { describe, expect, it } from 'vitest';
import { correctionFor, vocabularyByLength, vocabularyLengthsFor, withinOneEdit } from './typos';

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
  const vocabulary = vocabularyByLength(
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
    expect(vocabularyLengthsFor('arkiverng')).toEqual([9, 8, 10]);
    expect(vocabularyLengthsFor('ros')).toEqual([]);
  });
});

describe('vocabularyByLength', () => {
  it('keeps words of four letters and more, most frequent first, without numbers', () => {
    const lists = vocabularyByLength(
      new Map([
        ['og', 100],
        ['bilde', 3],
        ['bilder', 9],
        ['tekst', 7],
        ['2026', 50],
      ]),
    );
    expect(lists.get(5)).toEqual(['tekst', 'bilde']);
    expect(lists.get(6)).toEqual(['bilder']);
    expect(lists.get(4)).toEqual([]);
  });

  it('has a list, empty or not, for every length a correction asks for', () => {
    const lists = vocabularyByLength(new Map([['bilde', 1]]));
    expect([...lists.keys()]).toEqual(Array.from({ length: 28 }, (_, index) => index + 4));
    expect(vocabularyLengthsFor('a'.repeat(31))).toEqual([]);
  });
});
