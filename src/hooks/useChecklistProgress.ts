import { useCallback, useMemo } from 'react';
import { useLocation } from '@docusaurus/router';
import { useStorageSlot } from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
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
  decodeItemIds,
  encodeItemIds,
  shareParam,
} from '../domain/checklist/shareLink';
import { useQueryParam } from './useQueryParam';

export type ChecklistNotice =
  { kind: 'unreadable' } | { kind: 'changed'; droppedItems: number } | { kind: 'shared' };

export type ChecklistProgressState = {
  progress: Progress;
  summary: ProgressSummary;
  /** Something the reader should know about the state shown. */
  notice: ChecklistNotice | null;
  /** True while showing ticks from a link rather than the ones saved on this device. */
  isShared: boolean;
  toggle: (itemId: string, ticked: boolean) => void;
  reset: () => void;
  /** Keeps the shared ticks as this device's own. */
  keepShared: () => void;
  /** Leaves the shared ticks and shows this device's own. */
  leaveShared: () => void;
  /**
   * The address that shares exactly these ticks: this page with
   * `?ny-konto=eier.administrator`. Empty before hydration, when the page's
   * own address is not known.
   */
  shareUrl: string;
};

/** The storage key for a checklist's progress on this device. */
export function checklistStorageKey(checklistId: string): string {
  return `verktoykassa.sjekkliste.${checklistId}`;
}

/**
 * Ticks on a checklist: saved on this device with Docusaurus's storage slots,
 * or read from a shared link (`?<checklist-id>=item.item`) without touching
 * what this device has saved. Damaged saved state reads as an empty list with a
 * notice, and is replaced by the reader's next tick.
 */
export function useChecklistProgress(
  checklist: Checklist,
  clock: () => Date = () => new Date(),
): ChecklistProgressState {
  const isBrowser = useIsBrowser();
  const { pathname } = useLocation();
  const [saved, slot] = useStorageSlot(checklistStorageKey(checklist.id));
  const [sharedValue, setShared] = useQueryParam(shareParam(checklist.id));
  const restored = useMemo(() => restoreProgress(checklist, saved), [checklist, saved]);

  const isShared = isBrowser && sharedValue !== null;
  const progress = isShared
    ? { ticked: new Set(decodeItemIds(checklist, sharedValue)) }
    : restored.progress;

  const save = useCallback(
    (next: Progress) => slot.set(serializeProgress(next, clock())),
    [slot, clock],
  );

  const notice: ChecklistNotice | null = isShared
    ? { kind: 'shared' }
    : // Damaged saved state shows as an empty list; the first tick overwrites it.
      restored.status === 'unreadable'
      ? { kind: 'unreadable' }
      : restored.status === 'restored-with-changes'
        ? { kind: 'changed', droppedItems: restored.droppedItems }
        : null;

  return {
    progress,
    summary: summarizeProgress(checklist, progress),
    notice,
    isShared,
    toggle: (itemId, ticked) => {
      const next = toggleItem(progress, itemId, ticked);
      if (isShared) setShared(encodeItemIds(tickedIds(checklist, next)) || null, { push: false });
      else save(next);
    },
    reset: () => {
      slot.del();
      if (isShared) setShared(null, { push: false });
    },
    keepShared: () => {
      save(progress);
      setShared(null, { push: false });
    },
    leaveShared: () => setShared(null, { push: false }),
    shareUrl: isBrowser
      ? `${window.location.origin}${pathname}${checklistShareQuery(checklist.id, tickedIds(checklist, progress))}`
      : '',
  };
}
