import { useMemo, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import {
  filterFromSearch,
  searchFromFilter,
  type ToolFilter,
  type ToolSort,
} from '../domain/tools/filter';

type View = { filter: ToolFilter; sort: ToolSort };

/**
 * The catalogue's filter and sort, kept in the URL so a filtered view can be
 * shared. The address is updated with `history.replaceState` rather than the
 * router: filtering is not navigation, and telling the router re-renders the
 * whole page (sidebar included), which with 500 tools took ~90 ms per click.
 * A real navigation (a link to a filtered view, Back) still comes through the
 * router's location and wins over the reader's last local change.
 */
export function useToolFilter(): View & { update: (filter: ToolFilter, sort: ToolSort) => void } {
  const location = useLocation();
  const fromUrl = useMemo(() => filterFromSearch(location.search), [location.search]);
  const [local, setLocal] = useState<{ base: string; view: View } | null>(null);
  const view = local?.base === location.search ? local.view : fromUrl;
  return {
    ...view,
    update: (filter, sort) => {
      setLocal({ base: location.search, view: { filter, sort } });
      const url = `${window.location.pathname}${searchFromFilter(filter, sort)}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    },
  };
}
