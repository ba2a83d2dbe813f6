import { describe, expect, it } from 'vitest';
import { exampleSummaries } from '../../../test/fixtures/tools';
import {
  countMissingRoles,
  defaultView,
  noFilter,
  sortByColumn,
  tickChoice,
  toolsInView,
} from './filter';

const titles = (tools: { title: string }[]) => tools.map((tool) => tool.title);

describe('toolsInView', () => {
  it('shows every tool in status order by default', () => {
    expect(titles(toolsInView(exampleSummaries, defaultView))).toEqual([
      'Intranettet',
      'Bildedeling',
      'Strømmen',
      'Lysbilder',
      'Filsky',
    ]);
  });

  it('filters first, then sorts what is left', () => {
    expect(
      titles(
        toolsInView(exampleSummaries, {
          filter: { ...noFilter, statuses: ['tillatt', 'anbefalt'] },
          sort: { key: 'navn', descending: true },
        }),
      ),
    ).toEqual(['Strømmen', 'Intranettet', 'Bildedeling']);
  });
});

describe('sortByColumn', () => {
  it('sorts a new column ascending, and turns the current one round', () => {
    const byName = sortByColumn(defaultView.sort, 'navn');
    expect(byName).toEqual({ key: 'navn', descending: false });
    expect(sortByColumn(byName, 'navn')).toEqual({ key: 'navn', descending: true });
    expect(sortByColumn({ key: 'navn', descending: true }, 'navn').descending).toBe(false);
    expect(sortByColumn({ key: 'navn', descending: true }, 'status')).toEqual({
      key: 'status',
      descending: false,
    });
  });
});

describe('tickChoice', () => {
  it('keeps the vocabulary’s order whatever order the reader ticks in, so equal choices give equal links', () => {
    const first = tickChoice(noFilter, { field: 'statuses', value: 'frarådet' }, true);
    const both = tickChoice(first, { field: 'statuses', value: 'anbefalt' }, true);
    expect(both.statuses).toEqual(['anbefalt', 'frarådet']);
  });

  it('unticks one value and leaves the other lists alone', () => {
    const filter = { ...noFilter, categories: ['video' as const], personalData: ['nei' as const] };
    expect(tickChoice(filter, { field: 'categories', value: 'video' }, false)).toEqual({
      ...filter,
      categories: [],
    });
    expect(tickChoice(filter, { field: 'personalData', value: 'ja' }, true).personalData).toEqual([
      'ja',
      'nei',
    ]);
  });
});

describe('countMissingRoles', () => {
  it('counts the tools lacking an owner, an administrator or support', () => {
    expect(countMissingRoles(exampleSummaries)).toBe(1);
    expect(countMissingRoles([])).toBe(0);
  });
});
