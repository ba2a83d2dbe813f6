import { describe, expect, it } from 'vitest';
import { exampleChecklist } from '../../../test/fixtures/decisionTools';
import { checklistHref, checklistShareQuery, decodeItemIds, encodeItemIds } from './shareLink';

describe('a checklist share link', () => {
  it('reads back the ids it wrote', () => {
    const value = encodeItemIds(['samtykke', 'folg-opp']);
    expect(value).toBe('samtykke.folg-opp');
    expect(decodeItemIds(exampleChecklist, value)).toEqual(['samtykke', 'folg-opp']);
  });

  it('ignores ids the checklist no longer has, and reads nothing from no value', () => {
    expect(decodeItemIds(exampleChecklist, 'samtykke.gammelt-punkt')).toEqual(['samtykke']);
    expect(decodeItemIds(exampleChecklist, '')).toEqual([]);
    expect(decodeItemIds(exampleChecklist, null)).toEqual([]);
  });

  it('shares exactly the ticks, an empty list included', () => {
    expect(checklistShareQuery('ny-konto', ['eier', 'administrator'])).toBe(
      '?ny-konto=eier.administrator',
    );
    expect(checklistShareQuery('ny-konto', [])).toBe('?ny-konto=');
  });

  it('opens the checklist’s own page with the given items ticked, or as the reader left it', () => {
    expect(checklistHref('for-du-publiserer', ['samtykke', 'alt-tekst'])).toBe(
      '/sjekkliste/for-du-publiserer?for-du-publiserer=samtykke.alt-tekst',
    );
    expect(checklistHref('for-du-publiserer', [])).toBe('/sjekkliste/for-du-publiserer');
  });
});
