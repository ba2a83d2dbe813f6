import { describe, expect, it } from 'vitest';
import { searchPageSearch, searchPageStateOf } from './searchPageAddress';

describe('the search page address', () => {
  it('reads and writes the query, the kind and the edition choice', () => {
    const state = searchPageStateOf('?q=bilde+av+barn&utgaver=alle&type=verktoy');
    expect(state).toEqual({ query: 'bilde av barn', allEditions: true, kind: 'verktoy' });
    expect(searchPageSearch(state)).toBe('?q=bilde+av+barn&utgaver=alle&type=verktoy');
  });

  it('leaves out defaults, so a shared link stays short', () => {
    expect(searchPageSearch({ query: ' ros ', allEditions: false, kind: null })).toBe('?q=ros');
    expect(searchPageStateOf('')).toEqual({ query: '', allEditions: false, kind: null });
  });
});
