import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import {
  filterFromSearch,
  searchFromFilter,
  type ToolFilter,
  type ToolSort,
} from '../domain/tools/filter';

/**
 * The catalogue's filter and sort, kept in the URL so a filtered view can be
 * shared. Changes replace the history entry: filtering is not navigation.
 */
export function useToolFilter(): {
  filter: ToolFilter;
  sort: ToolSort;
  update: (filter: ToolFilter, sort: ToolSort) => void;
} {
  const location = useLocation();
  const history = useHistory();
  const { filter, sort } = useMemo(() => filterFromSearch(location.search), [location.search]);
  const update = useCallback(
    (nextFilter: ToolFilter, nextSort: ToolSort) =>
      history.replace({
        pathname: history.location.pathname,
        search: searchFromFilter(nextFilter, nextSort),
        hash: history.location.hash,
      }),
    [history],
  );
  return { filter, sort, update };
}
