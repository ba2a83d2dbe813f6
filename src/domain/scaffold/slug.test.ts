import { describe, expect, it } from 'vitest';
import { slugOf, slugPattern } from './slug';

describe('slugOf', () => {
  it.each([
    ['Svar på negative kommentarer', 'svar-pa-negative-kommentarer'],
    ['Tilgjengelighetserklæring', 'tilgjengelighetserklaering'],
    ['Verktøy for å bestemme', 'verktoy-for-a-bestemme'],
    ['Må dette arkiveres?', 'ma-dette-arkiveres'],
    ['Et år med kompetansesenteret', 'et-ar-med-kompetansesenteret'],
    ['Høstens kurs', 'hostens-kurs'],
    ['  ÆRLIG   OG  ÅPENT  ', 'aerlig-og-apent'],
    ['Café – «Økonomi» 2027!', 'cafe-okonomi-2027'],
    ['Microsoft Teams / Viva Engage', 'microsoft-teams-viva-engage'],
  ])('%s → %s', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
    expect(slug).toMatch(slugPattern);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugOf('???')).toBe('');
    expect(slugOf(' – ')).toBe('');
  });

  it('leaves a slug as it is, so a file name written by hand stays the same', () => {
    for (const slug of ['ansattes-bruk', 'ros-analyse-kanal', 'x', '2026-plan']) {
      expect(slugOf(slug)).toBe(slug);
    }
  });
});
