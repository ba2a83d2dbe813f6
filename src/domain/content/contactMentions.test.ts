import { describe, expect, it } from 'vitest';
import { unlinkedContactMentions } from './contactMentions';

const texts = (source: string) => unlinkedContactMentions(source).map((mention) => mention.text);

describe('unlinkedContactMentions', () => {
  it.each([
    'Savner du et verktøy? Ta kontakt med Kompetansesenter for sosiale medier.',
    'Vil en enhet bruke et slikt verktøy, tar den kontakt med kompetansesenteret først.',
    'Har du spørsmål, spør oss.',
    'Gå til kontaktskjemaet.',
    'Kompetansesenteret hjelper gjerne. Ta kontakt i løpet av høsten.',
    'Contact the Competence Centre for Social Media early.',
    'If a word is missing, write to the competence centre.',
    'Get in touch in the autumn.',
  ])('finds a request to get in touch with no way to do it: %s', (paragraph) => {
    expect(texts(paragraph)).toEqual([paragraph]);
  });

  it.each([
    'Ta kontakt med <Kontakt>Kompetansesenter for sosiale medier</Kontakt>.',
    'Skriv til kompetansesenteret på <Kontakt />.',
    'Kontakt kompetansesenteret på [e-post](mailto:a@b.no).',
    'Skjul kommentaren, og ta kontakt privat.',
    'Du ber forelderen ta kontakt med styreren i barnehagen.',
    '- at kommunen er behandlingsansvarlig, og hvordan de kan kontakte oss',
    '- how to contact us',
  ])('lets a linked or unrelated mention pass: %s', (paragraph) => {
    expect(texts(paragraph)).toEqual([]);
  });

  it('names the line in the file, after the frontmatter, one list item at a time', () => {
    const source = [
      '---',
      'title: Eksempel',
      'note: Ta kontakt med kompetansesenteret.',
      '---',
      '',
      'Innledning.',
      '',
      '1. Les retningslinjen.',
      '2. Ta kontakt med kompetansesenteret tidlig.',
      '',
      '```text',
      'Ta kontakt.',
      '```',
    ].join('\n');
    expect(unlinkedContactMentions(source)).toEqual([
      { line: 9, text: '2. Ta kontakt med kompetansesenteret tidlig.' },
    ]);
  });
});
