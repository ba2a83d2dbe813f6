import { describe, expect, it } from 'vitest';
import { withQueryParam } from './url';

describe('withQueryParam', () => {
  it('sets a parameter and keeps the others', () => {
    expect(withQueryParam('?ny-konto=eier', 'kan-jeg-publisere', 'ja.nei')).toBe(
      '?ny-konto=eier&kan-jeg-publisere=ja.nei',
    );
  });
  it('replaces a parameter already there', () => {
    expect(withQueryParam('?kan-jeg-publisere=ja', 'kan-jeg-publisere', 'nei')).toBe(
      '?kan-jeg-publisere=nei',
    );
  });
  it('removes a parameter set to nothing, leaving no stray question mark', () => {
    expect(withQueryParam('?kan-jeg-publisere=ja', 'kan-jeg-publisere', null)).toBe('');
    expect(withQueryParam('', 'kan-jeg-publisere', '')).toBe('');
  });
});
