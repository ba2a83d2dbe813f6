import { describe, expect, it } from 'vitest';
import { exampleTools } from '../../../test/fixtures/tools';
import { canCompare, comparedValue, toolsByTitle, toolsWithIds } from './compare';

describe('comparing tools', () => {
  it('lists the tools to pick from by name', () => {
    expect(toolsByTitle(exampleTools).map((tool) => tool.title)).toEqual([
      'Bildedeling',
      'Filsky',
      'Intranettet',
      'Lysbilder',
      'Strømmen',
    ]);
  });

  it('shows the chosen tools in the order they were chosen', () => {
    expect(toolsWithIds(exampleTools, ['strommen', 'filsky']).map((tool) => tool.id)).toEqual([
      'strommen',
      'filsky',
    ]);
  });

  it('writes the choice for the URL, and drops the parameter when nothing is chosen', () => {
    expect(comparedValue(['filsky', 'intranett'])).toBe('filsky,intranett');
    expect(comparedValue([])).toBeNull();
  });

  it('lets the reader tick a fourth tool only by unticking one first', () => {
    const three = ['filsky', 'intranett', 'lysbilder'];
    expect(canCompare(three, 'strommen')).toBe(false);
    expect(canCompare(three, 'filsky')).toBe(true);
    expect(canCompare(['filsky'], 'strommen')).toBe(true);
  });
});
