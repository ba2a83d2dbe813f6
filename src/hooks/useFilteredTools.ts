import { useMemo } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  countMissingRoles,
  defaultView,
  filterFromSearch,
  noFilter,
  searchFromFilter,
  sortByColumn,
  tickChoice,
  toolsInView,
  type FilterChoice,
  type SortKey,
  type ToolFilter,
  type ToolView,
} from '../domain/tools/filter';
import type { ToolSummary } from '../domain/tools/summary';
import { useQueryState } from './useQueryState';

export type FilteredTools = {
  /** The reader's filter and sort; the defaults until the page has hydrated. */
  view: ToolView;
  /** The rows to show. Before hydration every tool in the default order, so the static page is complete. */
  shown: ToolSummary[];
  /** How many tools in the whole catalogue lack an owner, an administrator or support. */
  missingRoleCount: number;
  search: (text: string) => void;
  tick: (choice: FilterChoice, ticked: boolean) => void;
  sortBy: (key: SortKey) => void;
  /** Clears the filter and keeps the sort. */
  showAll: () => void;
  /** Writes a change still waiting for the reader to pause into the address now. */
  saveToUrl: () => void;
};

const viewFromSearch = (search: string): ToolView => filterFromSearch(search);
const searchFromView = (view: ToolView): string => searchFromFilter(view.filter, view.sort);

/**
 * The catalogue's filtering and sorting, over the pure functions in
 * src/domain/tools/filter.ts, with the view kept in the URL (useQueryState)
 * so a filtered catalogue can be shared.
 */
export function useFilteredTools(tools: readonly ToolSummary[]): FilteredTools {
  const isBrowser = useIsBrowser();
  const { value, set, flush } = useQueryState(viewFromSearch, searchFromView);
  const view = isBrowser ? value : defaultView;
  const shown = useMemo(() => toolsInView(tools, view), [tools, view]);
  const missingRoleCount = useMemo(() => countMissingRoles(tools), [tools]);
  const setFilter = (filter: ToolFilter) => set({ ...view, filter });
  return {
    view,
    shown,
    missingRoleCount,
    search: (text) => setFilter({ ...view.filter, text }),
    tick: (choice, ticked) => setFilter(tickChoice(view.filter, choice, ticked)),
    sortBy: (key) => set({ ...view, sort: sortByColumn(view.sort, key) }),
    showAll: () => setFilter(noFilter),
    saveToUrl: flush,
  };
}
