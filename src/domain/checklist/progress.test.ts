import { describe, expect, it } from 'vitest';
import { exampleChecklist } from '../../../test/fixtures/decisionTools';
import { checklistToMarkdown } from './markdown';
import {
  handOffFromAnswers,
  restoreProgress,
  serializeProgress,
  summarizeProgress,
  tickedIds,
  toggleItem,
} from './progress';

const savedAt = new Date('2026-11-20T10:00:00Z');
const ticked = (...ids: string[]) => ({ ticked: new Set(ids) });

describe('saving and restoring progress', () => {
  it('restores what was saved', () => {
    const restored = restoreProgress(
      exampleChecklist,
      serializeProgress(ticked('samtykke'), savedAt),
    );
    expect(restored).toEqual({
      status: 'restored',
      progress: ticked('samtykke'),
      savedAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it('starts empty when nothing is saved', () => {
    expect(restoreProgress(exampleChecklist, null)).toEqual({
      status: 'empty',
      progress: ticked(),
    });
  });

  it('keeps the ticks that still match when the checklist has changed, and counts the dropped ones', () => {
    const saved = JSON.stringify({
      version: 1,
      ticked: ['samtykke', 'fjernet-punkt'],
      savedAt: savedAt.toISOString(),
    });
    expect(restoreProgress(exampleChecklist, saved)).toEqual({
      status: 'restored-with-changes',
      progress: ticked('samtykke'),
      savedAt: '2026-11-20T10:00:00.000Z',
      droppedItems: 1,
    });
  });

  it.each([
    ['text that is not JSON', '{ikke json'],
    ['JSON of another shape', JSON.stringify({ ticked: 'samtykke' })],
    ['a version we do not know', JSON.stringify({ version: 2, ticked: [], savedAt: '' })],
    ['ids that are not text', JSON.stringify({ version: 1, ticked: [1, 2], savedAt: '' })],
  ])('treats %s as unreadable and starts empty', (_case, saved) => {
    expect(restoreProgress(exampleChecklist, saved)).toEqual({
      status: 'unreadable',
      progress: ticked(),
    });
  });
});

describe('ticking and summarising', () => {
  it('ticks and unticks', () => {
    const once = toggleItem(ticked(), 'samtykke', true);
    expect([...once.ticked]).toEqual(['samtykke']);
    expect([...toggleItem(once, 'samtykke', false).ticked]).toEqual([]);
  });

  it('counts required and optional items apart', () => {
    expect(summarizeProgress(exampleChecklist, ticked('samtykke', 'folg-opp'))).toEqual({
      done: 2,
      total: 3,
      requiredDone: 1,
      requiredTotal: 2,
      complete: false,
    });
    expect(summarizeProgress(exampleChecklist, ticked('samtykke', 'alt-tekst')).complete).toBe(
      true,
    );
  });
});

describe('tickedIds', () => {
  it('lists ticked items in checklist order, whatever order they were ticked in', () => {
    expect(tickedIds(exampleChecklist, ticked('folg-opp', 'samtykke'))).toEqual([
      'samtykke',
      'folg-opp',
    ]);
    expect(tickedIds(exampleChecklist, ticked())).toEqual([]);
  });
});

describe('checklistToMarkdown', () => {
  it('writes a task list with title, date, groups, help and the state of every item', () => {
    const markdown = checklistToMarkdown(exampleChecklist, ticked('samtykke'), {
      dateLine: 'Skrevet ut 22. november 2026',
      optional: '(valgfri)',
      summary: '1 av 3 punkter er krysset av.',
    });
    expect(markdown).toBe(
      [
        '# Før du publiserer',
        '',
        'Skrevet ut 22. november 2026',
        '',
        '1 av 3 punkter er krysset av.',
        '',
        '## Innhold',
        '',
        '- [x] Alle på bildet har samtykket.',
        '  Samtykke må kunne dokumenteres.',
        '- [ ] Bildet har alternativ tekst.',
        '',
        '## Etterpå',
        '',
        '- [ ] Noen følger med på kommentarene. (valgfri)',
        '',
      ].join('\n'),
    );
  });
});

describe('handOffFromAnswers', () => {
  const restoredWith = (...ids: string[]) =>
    restoreProgress(exampleChecklist, serializeProgress(ticked(...ids), savedAt));

  it('saves the answers’ ticks when nothing is saved', () => {
    expect(handOffFromAnswers(restoreProgress(exampleChecklist, null), ['samtykke'])).toEqual({
      kind: 'save',
      progress: ticked('samtykke'),
      replacesUnreadable: false,
    });
  });

  it('saves over damaged saved text, and says so', () => {
    expect(handOffFromAnswers(restoreProgress(exampleChecklist, '{ødelagt'), ['samtykke'])).toEqual(
      { kind: 'save', progress: ticked('samtykke'), replacesUnreadable: true },
    );
  });

  it('has nothing to do when every tick is saved already', () => {
    expect(handOffFromAnswers(restoredWith('samtykke', 'folg-opp'), ['samtykke'])).toEqual({
      kind: 'nothing-new',
    });
  });

  it('asks, never overwrites, when the reader has other ticks saved', () => {
    expect(handOffFromAnswers(restoredWith('folg-opp'), ['samtykke'])).toEqual({
      kind: 'ask',
      saved: ticked('folg-opp'),
      fromAnswers: ticked('samtykke'),
      merged: ticked('folg-opp', 'samtykke'),
    });
  });
});
