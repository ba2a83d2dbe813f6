import { describe, expect, it } from 'vitest';
import {
  algoliaRecordsOf,
  algoliaSynonymsOf,
  kindLabels,
  maxRecordBytes,
  preferredContentBytes,
  recordBytes,
  splitText,
  type PageForRecords,
} from './algoliaRecords';
import { searchKinds } from './pages';

const options = { siteUrl: 'https://verktoykassa.example.no', locale: 'nb' };

const guideline: PageForRecords = {
  url: '/retningslinjer/2025/arkivering',
  title: 'Arkivering og journalføring',
  kind: 'retningslinje',
  edition: '2025',
  version: '2025',
  docusaurusTag: 'docs-retningslinjer-2025',
  toolStatus: null,
  sections: [
    { anchor: null, heading: 'Arkivering og journalføring', level: 1, text: 'Innledning.' },
    { anchor: 'hva', heading: 'Hva skal arkiveres', level: 2, text: 'Henvendelser.' },
    { anchor: 'direkte', heading: 'Direktemeldinger', level: 3, text: 'Meldinger.' },
    { anchor: 'ansvar', heading: 'Ansvar', level: 2, text: '' },
  ],
};

describe('algoliaRecordsOf', () => {
  const records = algoliaRecordsOf(guideline, options);

  it('writes a record for the title, each heading and each text, in page order', () => {
    expect(records.map((record) => [record.type, record.anchor, record.content])).toEqual([
      ['lvl1', null, null],
      ['content', null, 'Innledning.'],
      ['lvl2', 'hva', null],
      ['content', 'hva', 'Henvendelser.'],
      ['lvl3', 'direkte', null],
      ['content', 'direkte', 'Meldinger.'],
      ['lvl2', 'ansvar', null],
    ]);
    expect(records.map((record) => record.weight.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(records.map((record) => record.objectID)).size).toBe(records.length);
  });

  it('gives each record the heading trail above it, and forgets deeper headings at a new section', () => {
    expect(records[5]!.hierarchy).toEqual({
      lvl0: 'Retningslinje',
      lvl1: 'Arkivering og journalføring',
      lvl2: 'Hva skal arkiveres',
      lvl3: 'Direktemeldinger',
      lvl4: null,
      lvl5: null,
      lvl6: null,
    });
    expect(records[6]!.hierarchy).toMatchObject({ lvl2: 'Ansvar', lvl3: null });
  });

  it('links absolutely, to the heading when there is one', () => {
    expect(records[0]).toMatchObject({
      url: 'https://verktoykassa.example.no/retningslinjer/2025/arkivering',
      url_without_anchor: 'https://verktoykassa.example.no/retningslinjer/2025/arkivering',
      anchor: null,
    });
    expect(records[3]!.url).toBe(
      'https://verktoykassa.example.no/retningslinjer/2025/arkivering#hva',
    );
  });

  it('carries what contextual search and the facets filter on', () => {
    expect(records[0]).toMatchObject({
      language: 'nb',
      version: ['2025'],
      docusaurus_tag: ['docs-retningslinjer-2025'],
      kind: 'retningslinje',
      tool_status: null,
    });
  });

  it('weighs headings above text, and the edition in force above older ones', () => {
    expect(records.map((record) => record.weight.level)).toEqual([90, 0, 80, 0, 70, 0, 80]);
    expect(records[0]!.weight.pageRank).toBe(0);
    const inForce = algoliaRecordsOf({ ...guideline, edition: null, version: '2026' }, options);
    expect(inForce[0]!.weight.pageRank).toBe(1);
  });

  it('names the kind in the locale of the page, and leaves version empty outside docs', () => {
    const tool = algoliaRecordsOf(
      {
        ...guideline,
        url: '/en/nytt/2026/01/02/x',
        kind: 'nyhet',
        edition: null,
        version: null,
        docusaurusTag: 'default',
      },
      { ...options, locale: 'en' },
    );
    expect(tool[0]).toMatchObject({ language: 'en', version: [], docusaurus_tag: ['default'] });
    expect(tool[0]!.hierarchy.lvl0).toBe('News');
  });

  it('splits a long section so that no record passes the 10 KB limit, keeping every word', () => {
    const sentence = 'Æøå-tegn og «sitater» tar plass i JSON, og det skal telles riktig. ';
    const text = sentence.repeat(600).trim();
    const long = algoliaRecordsOf(
      {
        ...guideline,
        title: 'T'.repeat(2000),
        sections: [{ anchor: 'lang', heading: 'Lang', level: 2, text }],
      },
      options,
    );
    const contents = long.filter((record) => record.type === 'content');
    expect(contents.length).toBeGreaterThan(10);
    for (const record of long) expect(recordBytes(record)).toBeLessThanOrEqual(maxRecordBytes);
    expect(contents.map((record) => record.content).join(' ')).toBe(text);
    expect(contents.every((record) => record.anchor === 'lang')).toBe(true);
    expect(long[0]!.hierarchy.lvl1!.length).toBeLessThan(2000);
  });
});

describe('kindLabels', () => {
  it.each(Object.keys(kindLabels))('names every kind of content in %s', (locale) => {
    expect(Object.keys(kindLabels[locale]!).sort()).toEqual([...searchKinds].sort());
  });
});

describe('splitText', () => {
  it('keeps short text whole and splits long text at sentences, then words, then letters', () => {
    expect(splitText('Kort.', 100)).toEqual(['Kort.']);
    expect(splitText('', 100)).toEqual([]);
    expect(splitText('Én setning. To setninger.', 16)).toEqual(['Én setning.', 'To setninger.']);
    expect(splitText('ord ord ord ord', 10)).toEqual(['ord ord', 'ord ord']);
    expect(splitText('x'.repeat(25), 12)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('prefers records of about a paragraph', () => {
    expect(preferredContentBytes).toBeLessThan(maxRecordBytes / 2);
  });
});

describe('algoliaSynonymsOf', () => {
  it('makes each group of each language a multi-way synonym with a stable id', () => {
    expect(
      algoliaSynonymsOf({
        nb: [
          ['SoMe', 'sosiale medier'],
          ['X', 'Twitter'],
        ],
        en: [['DPIA', 'data protection impact assessment']],
      }),
    ).toEqual([
      { objectID: 'nb-1', type: 'synonym', synonyms: ['SoMe', 'sosiale medier'] },
      { objectID: 'nb-2', type: 'synonym', synonyms: ['X', 'Twitter'] },
      {
        objectID: 'en-1',
        type: 'synonym',
        synonyms: ['DPIA', 'data protection impact assessment'],
      },
    ]);
  });
});
