import { describe, expect, it } from 'vitest';
import { exampleChecklist } from '../../../test/fixtures/decisionTools';
import {
  checklistHref,
  checklistShareQuery,
  decodeItemIds,
  encodeItemIds,
  readSharedTicks,
} from './shareLink';

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

describe('reading a shared link', () => {
  it('reads the ids it knows, counting the ones it does not', () => {
    expect(readSharedTicks(exampleChecklist, 'samtykke.gammelt-punkt')).toEqual({
      status: 'read',
      itemIds: ['samtykke'],
      unknown: 1,
    });
  });

  it('takes an empty value as an empty list shared on purpose, and no value as no link', () => {
    expect(readSharedTicks(exampleChecklist, '')).toEqual({
      status: 'read',
      itemIds: [],
      unknown: 0,
    });
    expect(readSharedTicks(exampleChecklist, null)).toEqual({ status: 'none' });
  });

  it.each(['garbage', '%3Cscript%3E', 'constructor.__proto__', '....x'])(
    'cannot read %s, so it must not stand in for the reader’s own ticks',
    (value) => {
      expect(readSharedTicks(exampleChecklist, value)).toEqual({ status: 'unreadable' });
    },
  );

  it('marks a link written from the reader’s own answers', () => {
    expect(checklistHref('for-du-publiserer', ['samtykke'], { fromAnswers: true })).toBe(
      '/sjekkliste/for-du-publiserer?for-du-publiserer=samtykke&fra=svarene',
    );
    expect(checklistHref('for-du-publiserer', [], { fromAnswers: true })).toBe(
      '/sjekkliste/for-du-publiserer',
    );
  });
});
