import { describe, expect, it } from 'vitest';
import { readSynonyms } from './synonymFile';
import { synonymVariants } from './synonyms';

const file = 'data/synonymer.yml';

describe('readSynonyms', () => {
  it('accepts groups per language of the site', () => {
    const read = readSynonyms(file, { nb: [['SoMe', 'sosiale medier']], en: [] }, ['nb', 'en']);
    expect(read.problems).toEqual([]);
    expect(read.synonyms.nb).toEqual([['SoMe', 'sosiale medier']]);
  });

  it('reports every mistake in one run, each naming the group', () => {
    const read = readSynonyms(
      file,
      {
        nb: [['ROS', 'risikoanalyse'], ['risikoanalyse', 'risikovurdering'], ['DPIA']],
        en: [['photo', 'Photo']],
        sv: [['a', 'b']],
      },
      ['nb', 'en'],
    );
    const lines = read.problems.map((problem) => `${problem.field}: ${problem.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sv: is not a language of the site; use one of: nb, en$/),
        expect.stringMatching(/^nb\[2\]: .*at least two terms/),
        expect.stringMatching(/^en\[0\]: "Photo" is in this group twice$/),
      ]),
    );
  });

  it('refuses a term in two groups, naming the other group', () => {
    const read = readSynonyms(
      file,
      {
        nb: [
          ['ROS', 'risikoanalyse'],
          ['risikoanalyse', 'risikovurdering'],
        ],
      },
      ['nb'],
    );
    expect(read.problems).toEqual([
      {
        file,
        field: 'nb[1]',
        message:
          '"risikoanalyse" is also in nb[0]; a term can belong to one group only, so merge the two groups',
      },
    ]);
  });

  it('refuses a term with nothing to search for', () => {
    const read = readSynonyms(file, { nb: [['–', 'strek']] }, ['nb']);
    expect(read.problems[0]?.message).toBe('"–" has no letters or digits to search for');
  });
});

describe('synonymVariants', () => {
  const groups = [
    ['sosiale medier', 'SoMe'],
    ['risiko- og sårbarhetsanalyse', 'ROS', 'ROS-analyse', 'risikoanalyse'],
    ['X', 'Twitter'],
  ];

  it('runs the reader’s own words first, then each synonym in their place', () => {
    expect(synonymVariants('risikoanalyse barnehage', groups).map((v) => v.query)).toEqual([
      'risikoanalyse barnehage',
      'risiko og sårbarhetsanalyse barnehage',
      'ros barnehage',
      'ros analyse barnehage',
    ]);
  });

  it('matches multi-word terms as whole runs of words', () => {
    expect(synonymVariants('Sosiale  medier i jobben', groups).map((v) => v.query)).toEqual([
      'sosiale medier i jobben',
      'some i jobben',
    ]);
  });

  it('does not match a term inside another word', () => {
    expect(synonymVariants('xylofon', groups).map((v) => v.query)).toEqual(['xylofon']);
  });

  it('weighs synonyms a little below the reader’s own words and caps the number of queries', () => {
    const variants = synonymVariants('ros', groups, 3);
    expect(variants).toHaveLength(3);
    expect(variants[0]).toMatchObject({ weight: 1, reason: 'query' });
    expect(variants[1]).toMatchObject({ weight: 0.75, reason: 'synonym' });
  });

  it('runs nothing for a query without words', () => {
    expect(synonymVariants(' – ', groups)).toEqual([]);
  });
});
