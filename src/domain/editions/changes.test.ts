import { describe, expect, it } from 'vitest';
import { compareEditions, paragraphChanges, readableParagraphs } from './changes';

describe('readableParagraphs', () => {
  it('compares what a reader sees, not the markup', () => {
    const markdown = [
      "import Tabs from '@theme/Tabs';",
      '',
      '## Direktemeldinger {/* #direktemeldinger */}',
      '',
      'Les **retningslinjen** om [arkivering](/retningslinjer/arkivering.mdx#x).',
      '',
      '- første punkt',
      '- andre punkt',
      '',
      '<DecisionTree id="ma-dette-arkiveres" />',
    ].join('\n');
    expect(readableParagraphs(markdown)).toEqual([
      'Direktemeldinger',
      'Les retningslinjen om arkivering.',
      '• første punkt',
      '• andre punkt',
      '[Beslutningstre: ma-dette-arkiveres]',
    ]);
  });
});

describe('paragraphChanges', () => {
  it('marks the words that changed inside an edited paragraph and counts the rest', () => {
    const changes = paragraphChanges(
      ['Innledning.', 'Innlegg arkiveres etter arkivloven av 1992.', 'Slutt.'],
      ['Innledning.', 'Innlegg arkiveres etter arkivlova av 2025.', 'Slutt.'],
    );
    expect(changes).toEqual([
      { kind: 'unchanged', count: 1 },
      {
        kind: 'changed',
        words: [
          { kind: 'same', text: 'Innlegg arkiveres etter ' },
          { kind: 'removed', text: 'arkivloven' },
          { kind: 'added', text: 'arkivlova' },
          { kind: 'same', text: ' av ' },
          { kind: 'removed', text: '1992' },
          { kind: 'added', text: '2025' },
          { kind: 'same', text: '.' },
        ],
      },
      { kind: 'unchanged', count: 1 },
    ]);
  });

  it('shows a paragraph replaced by a different one as removed and added', () => {
    expect(
      paragraphChanges(['Gammel regel om faks.'], ['Ny regel om direktemeldinger i alle kanaler.']),
    ).toEqual([
      { kind: 'removed', text: 'Gammel regel om faks.' },
      { kind: 'added', text: 'Ny regel om direktemeldinger i alle kanaler.' },
    ]);
  });

  it('shows new and dropped paragraphs', () => {
    expect(paragraphChanges(['A.', 'B.'], ['A.', 'B.', 'C.'])).toEqual([
      { kind: 'unchanged', count: 2 },
      { kind: 'added', text: 'C.' },
    ]);
    expect(paragraphChanges(['A.', 'B.', 'C.'], ['A.', 'C.'])).toEqual([
      { kind: 'unchanged', count: 1 },
      { kind: 'removed', text: 'B.' },
      { kind: 'unchanged', count: 1 },
    ]);
  });
});

describe('compareEditions', () => {
  const page = (id: string, title: string, ...paragraphs: string[]) => ({ id, title, paragraphs });

  it('lists added, removed, changed and unchanged pages', () => {
    const changes = compareEditions(
      [
        page('arkivering', 'Arkivering', 'Gammel tekst.'),
        page('faks', 'Faks', 'Ja.'),
        page('postulater', 'Postulater', 'Vær deg selv.'),
      ],
      [
        page('arkivering', 'Arkivering', 'Ny tekst.'),
        page('postulater', 'Postulater', 'Vær deg selv.'),
        page('kunstig-intelligens', 'KI', 'Tekst.'),
      ],
    );
    expect(changes.added).toEqual([{ id: 'kunstig-intelligens', title: 'KI' }]);
    expect(changes.removed).toEqual([{ id: 'faks', title: 'Faks' }]);
    expect(changes.unchanged).toEqual([{ id: 'postulater', title: 'Postulater' }]);
    expect(changes.changed.map((changed) => changed.id)).toEqual(['arkivering']);
  });

  it('counts a changed title as a change', () => {
    const changes = compareEditions(
      [page('a', 'Gammel tittel', 'Tekst.')],
      [page('a', 'Ny tittel', 'Tekst.')],
    );
    expect(changes.changed).toHaveLength(1);
  });
});
