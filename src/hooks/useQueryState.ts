import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';

/** Marks the history entries this hook wrote, to tell them from the reader's own navigation. */
export const ownEntry = { writtenByQueryState: true } as const;

function isOwnEntry(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { writtenByQueryState?: unknown }).writtenByQueryState === true
  );
}

export type QueryState<T> = {
  value: T;
  set: (next: T) => void;
  /** Writes a change still waiting for the reader to pause, e.g. when focus leaves the controls. */
  flush: () => void;
};

/** How long the reader must pause before the address is written. */
const queryWriteDelayMs = 400;

/**
 * A view kept in the query string, for controls a reader works fast (typing,
 * ticking box after box). Like useQueryParam it reads the router's location
 * and writes through the router's history, so a link opens the same view,
 * Back and links win, and the locale switcher keeps the query. Unlike it, a
 * change shows at once from local state and the address follows when the
 * reader pauses.
 *
 * Why not write at once inside startTransition: Docusaurus re-renders the
 * whole page on any location change (sidebar and content included), and
 * commits that render from its route-preloading promise, outside any
 * transition. Measured with 500 tools, that put 50–90 ms between a tick and
 * the filtered table, against about 30 ms when the address is written after
 * the reader pauses.
 */
export function useQueryState<T>(
  read: (search: string) => T,
  write: (value: T) => string,
): QueryState<T> {
  const location = useLocation();
  const history = useHistory();
  const fromUrl = useMemo(() => read(location.search), [read, location.search]);
  // The reader's latest change, and the location it was made on.
  const [local, setLocal] = useState<{ value: T; madeOn: string | undefined } | null>(null);
  // Shown while nothing but our own writes has happened since; any other navigation wins.
  const value =
    local !== null && (local.madeOn === location.key || isOwnEntry(location.state))
      ? local.value
      : fromUrl;

  const pendingWrite = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => void } | null>(
    null,
  );
  useEffect(() => () => clearTimeout(pendingWrite.current?.timer), []);

  const set = useCallback(
    (next: T) => {
      const madeOn = location.key;
      setLocal({ value: next, madeOn });
      clearTimeout(pendingWrite.current?.timer);
      const run = () => {
        pendingWrite.current = null;
        const now = history.location;
        // The reader navigated meanwhile (a link, Back): leave their navigation alone.
        if (now.key !== madeOn && !isOwnEntry(now.state)) return;
        history.replace({ pathname: now.pathname, search: write(next), hash: now.hash }, ownEntry);
      };
      pendingWrite.current = { timer: setTimeout(run, queryWriteDelayMs), run };
    },
    [history, location.key, write],
  );

  const flush = useCallback(() => {
    const pending = pendingWrite.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.run();
  }, []);

  return { value, set, flush };
}
