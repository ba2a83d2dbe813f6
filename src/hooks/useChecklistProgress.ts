import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { useStorageSlot } from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  handOffFromAnswers,
  restoreProgress,
  serializeProgress,
  summarizeProgress,
  tickedIds,
  toggleItem,
  type Progress,
  type ProgressSummary,
} from '../domain/checklist/progress';
import type { Checklist } from '../domain/checklist/schema';
import {
  checklistShareQuery,
  encodeItemIds,
  fromAnswersParam,
  fromAnswersValue,
  readSharedTicks,
  shareParam,
} from '../domain/checklist/shareLink';
import { withQueryParam } from '../domain/url';
import { useQueryParam } from './useQueryParam';

export type ChecklistNotice =
  | { kind: 'unreadable' }
  | { kind: 'changed'; droppedItems: number }
  | { kind: 'shared' }
  /** A link's ticks could not be read; the reader's own list is shown. */
  | { kind: 'link-unreadable' }
  /** The ticks the reader's answers settled were saved. */
  | { kind: 'saved-from-answers'; replacedUnreadable: boolean }
  /** The reader's answers tick items their saved list has not; they choose what to keep. */
  | { kind: 'ask-from-answers'; savedCount: number; newCount: number };

export type ChecklistProgressState = {
  progress: Progress;
  summary: ProgressSummary;
  /** Something the reader should know about the state shown. */
  notice: ChecklistNotice | null;
  /** True when this device's storage cannot keep the ticks: they last for this visit. */
  storageUnavailable: boolean;
  /** True while showing ticks from a link rather than the ones saved on this device. */
  isShared: boolean;
  toggle: (itemId: string, ticked: boolean) => void;
  reset: () => void;
  /** Keeps the shared ticks as this device's own. */
  keepShared: () => void;
  /** Leaves the shared ticks and shows this device's own. */
  leaveShared: () => void;
  /** With 'ask-from-answers': adds the answers' ticks to the saved ones. */
  addFromAnswers: () => void;
  /**
   * The address that shares exactly these ticks: this page with
   * `?ny-konto=eier.administrator`. Empty before hydration, when the page's
   * own address is not known.
   */
  shareUrl: string;
};

/** What the history entry keeps about how the checklist was opened from a link. */
type Opening = { notice?: ChecklistNotice; visitTicks?: string[] };

function openingOf(state: unknown, checklistId: string): Opening | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as { checklistOpening?: Opening & { id?: unknown } }).checklistOpening;
  return mark?.id === checklistId ? mark : null;
}

/** The storage key for a checklist's progress on this device. */
export function checklistStorageKey(checklistId: string): string {
  return `verktoykassa.sjekkliste.${checklistId}`;
}

/**
 * Ticks on a checklist: saved on this device with Docusaurus's storage slots,
 * or read from a shared link (`?<checklist-id>=item.item`) without touching
 * what this device has saved. A link a tree's outcome wrote from the reader's
 * own answers (`&fra=svarene`) is the reader's: its ticks are saved, unless
 * that would drop ticks saved before, and then the reader is asked. Damaged
 * saved state reads as an empty list with a notice; a link that cannot be read
 * never hides the saved list; and where storage is blocked or full, ticks last
 * for the visit, with a notice.
 */
export function useChecklistProgress(
  checklist: Checklist,
  clock: () => Date = () => new Date(),
): ChecklistProgressState {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const [saved, slot] = useStorageSlot(checklistStorageKey(checklist.id));
  const [sharedValue, setShared] = useQueryParam(shareParam(checklist.id));
  const [marker] = useQueryParam(fromAnswersParam);
  const restored = useMemo(() => restoreProgress(checklist, saved), [checklist, saved]);
  // How the page was opened (a notice, and ticks storage refused) goes with the
  // tidied history entry, so it survives the address changing under it.
  const location = useLocation();
  const opening = openingOf(location.state, checklist.id);
  // Ticks held for this visit only, once storage has refused them.
  const [visitTicks, setVisitProgress] = useState<Progress | null>(null);
  const visitProgress =
    visitTicks ?? (opening?.visitTicks ? { ticked: new Set(opening.visitTicks) } : null);
  const openingNotice = opening?.notice ?? null;
  /** The reader has acted: the notice about how the page opened has had its time. */
  const dismiss = () => {
    if (!openingNotice) return;
    const { pathname, search, hash } = history.location;
    history.replace(
      { pathname, search, hash },
      { checklistOpening: { ...opening, id: checklist.id, notice: undefined } },
    );
  };

  const shared = isBrowser ? readSharedTicks(checklist, sharedValue) : { status: 'none' as const };
  const isFromAnswers = shared.status === 'read' && marker === fromAnswersValue;
  const handOff = isFromAnswers ? handOffFromAnswers(restored, shared.itemIds) : null;
  const isShared = shared.status === 'read';
  const ownProgress = visitProgress ?? restored.progress;
  const progress = shared.status === 'read' ? { ticked: new Set(shared.itemIds) } : ownProgress;

  /** Takes the link's parameters out of the address, leaving the page as the reader's own. */
  const tidyAddress = useCallback(
    (opened?: Opening) => {
      const { pathname: path, search, hash } = history.location;
      const tidied = withQueryParam(
        withQueryParam(search, shareParam(checklist.id), null),
        fromAnswersParam,
        null,
      );
      history.replace(
        { pathname: path, search: tidied, hash },
        opened ? { checklistOpening: { id: checklist.id, ...opened } } : undefined,
      );
    },
    [history, checklist.id],
  );

  /** Writes to storage; false where storage refuses (blocked, full). */
  const store = useCallback(
    (next: Progress): boolean => {
      const text = serializeProgress(next, clock());
      slot.set(text);
      return slot.get() === text;
    },
    [slot, clock],
  );
  /** Saves, or, once storage has refused, keeps the ticks for this visit (and stops asking). */
  const save = (next: Progress) => {
    if (visitProgress === null && store(next)) return;
    setVisitProgress(next);
  };

  // A link's ticks are dealt with once, when the page opens with them.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!isBrowser || sharedValue === null) return;
    const key = `${sharedValue}|${marker ?? ''}`;
    if (handled.current === key) return;
    if (shared.status === 'unreadable') {
      handled.current = key;
      tidyAddress({ notice: { kind: 'link-unreadable' } });
      return;
    }
    if (!handOff || handOff.kind === 'ask') return;
    handled.current = key;
    if (handOff.kind === 'nothing-new') {
      tidyAddress();
      return;
    }
    tidyAddress(
      store(handOff.progress)
        ? {
            notice: { kind: 'saved-from-answers', replacedUnreadable: handOff.replacesUnreadable },
          }
        : { visitTicks: [...handOff.progress.ticked] },
    );
  }, [isBrowser, sharedValue, marker, shared.status, handOff, store, tidyAddress]);

  const notice: ChecklistNotice | null =
    handOff?.kind === 'ask'
      ? {
          kind: 'ask-from-answers',
          savedCount: handOff.saved.ticked.size,
          newCount: [...handOff.fromAnswers.ticked].filter((id) => !handOff.saved.ticked.has(id))
            .length,
        }
      : isShared && !isFromAnswers
        ? { kind: 'shared' }
        : openingNotice
          ? openingNotice
          : // Damaged saved state shows as an empty list; the first tick overwrites it.
            restored.status === 'unreadable' && visitProgress === null && isBrowser
            ? { kind: 'unreadable' }
            : restored.status === 'restored-with-changes'
              ? { kind: 'changed', droppedItems: restored.droppedItems }
              : null;

  return {
    progress,
    summary: summarizeProgress(checklist, progress),
    notice,
    storageUnavailable: visitProgress !== null,
    isShared,
    toggle: (itemId, ticked) => {
      const next = toggleItem(progress, itemId, ticked);
      if (isShared) {
        setShared(encodeItemIds(tickedIds(checklist, next)) || null, { push: false });
      } else {
        dismiss();
        save(next);
      }
    },
    reset: () => {
      slot.del();
      if (visitProgress !== null) setVisitProgress({ ticked: new Set() });
      dismiss();
      if (isShared) tidyAddress();
    },
    keepShared: () => {
      save(handOff?.kind === 'ask' ? handOff.fromAnswers : progress);
      dismiss();
      tidyAddress();
    },
    leaveShared: () => {
      dismiss();
      tidyAddress();
    },
    addFromAnswers: () => {
      if (handOff?.kind === 'ask') save(handOff.merged);
      dismiss();
      tidyAddress();
    },
    shareUrl: isBrowser
      ? `${window.location.origin}${location.pathname}${checklistShareQuery(checklist.id, tickedIds(checklist, progress))}`
      : '',
  };
}
