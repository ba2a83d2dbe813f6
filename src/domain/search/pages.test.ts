import { describe, expect, it } from 'vitest';
import { editionOfPath, searchKindOf } from './pages';

const editions = ['2025', '2026', 'utkast'];

describe('searchKindOf', () => {
  it.each([
    ['/', 'side'],
    ['/retningslinjer', 'side'],
    ['/retningslinjer/arkivering', 'retningslinje'],
    ['/retningslinjer/2025/arkivering', 'retningslinje'],
    ['/retningslinjer/postulater', 'postulat'],
    ['/retningslinjer/utkast/postulater', 'postulat'],
    ['/verktoy', 'side'],
    ['/verktoy/facebook', 'verktoy'],
    ['/verktoy/sammenlign', 'side'],
    ['/veiledninger/ros-analyse-for-ny-kanal', 'veiledning'],
    ['/beslutningstre/kan-jeg-publisere', 'beslutningstre'],
    ['/sjekkliste/ny-konto', 'sjekkliste'],
    ['/ordliste', 'ordliste'],
    ['/nytt/2026/09/22/ny-retningslinje', 'nyhet'],
    ['/utgaver', 'side'],
    ['/tilgjengelighetserklaering', 'side'],
  ])('%s is a %s', (path, kind) => {
    expect(searchKindOf(path, editions)).toBe(kind);
  });

  it.each([
    '/nytt',
    '/nytt/page/2',
    '/nytt/tags/kurs',
    '/nytt/archive',
    '/utgaver/2025/utskrift',
    '/utgaver/2026/hva-er-endret',
    '/sok',
    '/404',
    '/innholdsstatus',
  ])('%s lists or repeats other pages and is no result', (path) => {
    expect(searchKindOf(path, editions)).toBeNull();
  });
});

describe('editionOfPath', () => {
  it('names the edition of a guideline not in force, and nothing for the rest', () => {
    expect(editionOfPath('/retningslinjer/2025/arkivering', editions)).toBe('2025');
    expect(editionOfPath('/retningslinjer/utkast', editions)).toBe('utkast');
    expect(editionOfPath('/retningslinjer/arkivering', editions)).toBeNull();
    expect(editionOfPath('/verktoy/2025', editions)).toBeNull();
  });
});
