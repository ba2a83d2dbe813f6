import { useCallback } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { withQueryParam } from '../domain/url';

/**
 * One query-string parameter as state. Reads from the router's location, so a
 * change arrives in the same render as the rest of the page; writes keep the
 * path and the #anchor, so answering a tree in the middle of a page neither
 * scrolls to the top nor loses the reader's place. `state` goes with the
 * history entry (a notice about how the entry came about, say).
 */
export function useQueryParam(
  key: string,
): [string | null, (value: string | null, options: { push: boolean; state?: unknown }) => void] {
  const location = useLocation();
  const history = useHistory();
  const value = new URLSearchParams(location.search).get(key);
  const setValue = useCallback(
    (next: string | null, { push, state }: { push: boolean; state?: unknown }) => {
      const target = {
        pathname: history.location.pathname,
        search: withQueryParam(history.location.search, key, next),
        hash: history.location.hash,
      };
      if (push) history.push(target, state);
      else history.replace(target, state);
    },
    [history, key],
  );
  return [value, setValue];
}
