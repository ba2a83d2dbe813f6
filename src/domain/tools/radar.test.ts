import { describe, expect, it } from 'vitest';
import { exampleSummaries } from '../../../test/fixtures/tools';
import { radarLayout } from './radar';

describe('radar numbers', () => {
  it('numbers the blips 1 upwards from the centre ring outwards, the order the table lists them', () => {
    const { blips } = radarLayout(exampleSummaries, 200);
    expect(blips.map((blip) => blip.number)).toEqual([1, 2, 3, 4, 5]);
    expect(blips.map((blip) => blip.status)).toEqual([
      'anbefalt',
      'tillatt',
      'tillatt',
      'prøves',
      'frarådet',
    ]);
  });
});
