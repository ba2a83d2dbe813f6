import { checklistItems } from './items';
import type { Checklist } from './schema';

/**
 * A reader's ticks on one checklist, saved in the browser and shared in links
 * (the link's format is in shareLink.ts).
 * Everything here takes what was stored as untrusted text: the checklist may
 * have changed since, or the text may be damaged.
 */

export type Progress = { ticked: ReadonlySet<string> };

export type RestoredProgress =
  | { status: 'empty'; progress: Progress }
  | { status: 'restored'; progress: Progress; savedAt: string }
  /** Saved ticks on items that no longer exist were dropped. */
  | { status: 'restored-with-changes'; progress: Progress; savedAt: string; droppedItems: number }
  | { status: 'unreadable'; progress: Progress };

const emptyProgress: Progress = { ticked: new Set() };

type SavedShape = { version: 1; ticked: string[]; savedAt: string };

function isSavedShape(value: unknown): value is SavedShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate.version === 1 &&
    typeof candidate.savedAt === 'string' &&
    Array.isArray(candidate.ticked) &&
    candidate.ticked.every((id) => typeof id === 'string')
  );
}

export function serializeProgress(progress: Progress, savedAt: Date): string {
  const saved: SavedShape = {
    version: 1,
    ticked: [...progress.ticked].sort(),
    savedAt: savedAt.toISOString(),
  };
  return JSON.stringify(saved);
}

/** Reads saved progress against the checklist as it is now: keeps what still matches, drops the rest. */
export function restoreProgress(checklist: Checklist, saved: string | null): RestoredProgress {
  if (saved === null || saved === '') return { status: 'empty', progress: emptyProgress };
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return { status: 'unreadable', progress: emptyProgress };
  }
  if (!isSavedShape(parsed)) return { status: 'unreadable', progress: emptyProgress };
  const known = new Set(checklistItems(checklist).map((item) => item.id));
  const kept = parsed.ticked.filter((id) => known.has(id));
  const droppedItems = new Set(parsed.ticked).size - new Set(kept).size;
  const progress = { ticked: new Set(kept) };
  return droppedItems > 0
    ? { status: 'restored-with-changes', progress, savedAt: parsed.savedAt, droppedItems }
    : { status: 'restored', progress, savedAt: parsed.savedAt };
}

export function toggleItem(progress: Progress, itemId: string, ticked: boolean): Progress {
  const next = new Set(progress.ticked);
  if (ticked) next.add(itemId);
  else next.delete(itemId);
  return { ticked: next };
}

export type ProgressSummary = {
  done: number;
  total: number;
  requiredDone: number;
  requiredTotal: number;
  /** True when every required item is ticked. */
  complete: boolean;
};

export function summarizeProgress(checklist: Checklist, progress: Progress): ProgressSummary {
  const items = checklistItems(checklist);
  const required = items.filter((item) => item.required);
  const requiredDone = required.filter((item) => progress.ticked.has(item.id)).length;
  return {
    done: items.filter((item) => progress.ticked.has(item.id)).length,
    total: items.length,
    requiredDone,
    requiredTotal: required.length,
    complete: requiredDone === required.length,
  };
}

/** The ticked item ids in checklist order, so equal ticks always give equal links. */
export function tickedIds(checklist: Checklist, progress: Progress): string[] {
  return checklistItems(checklist)
    .filter((item) => progress.ticked.has(item.id))
    .map((item) => item.id);
}

/**
 * What to do with the ticks a tree's outcome brings from the reader's own
 * answers. They are the reader's, so they are saved, except where that would
 * drop ticks the reader saved before: then the reader is asked.
 */
export type HandOff =
  /** Nothing readable is saved: save these. `replacesUnreadable` when damaged saved text is replaced. */
  | { kind: 'save'; progress: Progress; replacesUnreadable: boolean }
  /** Every tick the answers bring is saved already. */
  | { kind: 'nothing-new' }
  /** The reader has other ticks saved: ask whether to add to them, replace them, or keep them. */
  | { kind: 'ask'; saved: Progress; fromAnswers: Progress; merged: Progress };

export function handOffFromAnswers(
  restored: RestoredProgress,
  fromAnswers: readonly string[],
): HandOff {
  const answers: Progress = { ticked: new Set(fromAnswers) };
  const saved = restored.progress;
  if (saved.ticked.size === 0) {
    return {
      kind: 'save',
      progress: answers,
      replacesUnreadable: restored.status === 'unreadable',
    };
  }
  if (fromAnswers.every((id) => saved.ticked.has(id))) return { kind: 'nothing-new' };
  return {
    kind: 'ask',
    saved,
    fromAnswers: answers,
    merged: { ticked: new Set([...saved.ticked, ...fromAnswers]) },
  };
}
