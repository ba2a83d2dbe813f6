import { describe, expect, it } from 'vitest';
import { placeholderLines, placeholderMarker } from './placeholders';

describe('placeholderLines', () => {
  it('finds the marker in text and in YAML comments, by line', () => {
    const text = [
      '---',
      `description: "${placeholderMarker}: én setning"`,
      `category: video # ${placeholderMarker}: velg en av …`,
      '---',
      '',
      'Ferdig tekst.',
    ].join('\n');
    expect(placeholderLines(text)).toEqual([2, 3]);
  });

  it('finds nothing in a finished page', () => {
    expect(placeholderLines('---\ntitle: Ferdig\n---\n\nFyll inn skjemaet.\n')).toEqual([]);
  });
});
