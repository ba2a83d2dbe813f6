import { decisionToolPath } from '../decisionTools/overview';
import { checklistItems } from './items';
import type { Checklist } from './schema';

/**
 * Ticks in a link: `?ny-konto=eier.administrator`, the checklist's id as the
 * parameter and the ticked item ids joined by dots (ids are kebab-case, so a
 * dot never occurs inside one). Decision-tree outcomes, the checklist's own
 * "copy link" and its progress hook all write and read links through here.
 */

const separator = '.';

/** The query parameter that carries a checklist's ticks: its id, so two lists on a page keep apart. */
export function shareParam(checklistId: string): string {
  return checklistId;
}

/** The parameter's value for these item ids, in the order given. */
export function encodeItemIds(itemIds: readonly string[]): string {
  return itemIds.join(separator);
}

/** What a link's value says about a checklist's ticks. */
export type SharedTicks =
  /** The link names no ticks for this checklist. */
  | { status: 'none' }
  /** `unknown` counts ids the checklist does not have (an edited list). */
  | { status: 'read'; itemIds: string[]; unknown: number }
  /** The value names something, but not one item of the checklist: damaged, or not a share link at all. */
  | { status: 'unreadable' };

/**
 * Reads a link's ticks without trusting them. An empty value (`?ny-konto=`)
 * shares an empty list on purpose; a value in which not one id is known
 * cannot be read, and must not stand in for the reader's own ticks.
 */
export function readSharedTicks(checklist: Checklist, value: string | null): SharedTicks {
  if (value === null) return { status: 'none' };
  const named = value.split(separator).filter((id) => id.length > 0);
  const itemIds = decodeItemIds(checklist, value);
  if (named.length > 0 && itemIds.length === 0) return { status: 'unreadable' };
  return { status: 'read', itemIds, unknown: named.length - itemIds.length };
}

/**
 * Marks a link a tree's outcome wrote from the reader's own answers
 * (`&fra=svarene`), so the checklist can treat its ticks as the reader's,
 * not as someone else's shared list.
 */
export const fromAnswersParam = 'fra';
export const fromAnswersValue = 'svarene';

/** The item ids a link's value names, leaving out ids the checklist does not have (an old or edited link). */
export function decodeItemIds(checklist: Checklist, value: string | null): string[] {
  const known = new Set(checklistItems(checklist).map((item) => item.id));
  return (value ?? '').split(separator).filter((id) => known.has(id));
}

/**
 * The query string that shares exactly these ticks. With none ticked it still
 * names the checklist (`?ny-konto=`), so whoever opens it sees an empty list
 * rather than the ticks saved on their own device.
 */
export function checklistShareQuery(checklistId: string, itemIds: readonly string[]): string {
  return `?${new URLSearchParams({ [shareParam(checklistId)]: encodeItemIds(itemIds) }).toString()}`;
}

/**
 * The checklist's own page, opening with these items ticked; with none, the
 * plain page, where the reader finds the ticks saved on their device. A tree's
 * outcome passes `fromAnswers`: the ticks come from the reader's own answers.
 */
export function checklistHref(
  checklistId: string,
  itemIds: readonly string[],
  { fromAnswers = false }: { fromAnswers?: boolean } = {},
): string {
  const path = decisionToolPath('checklist', checklistId);
  if (itemIds.length === 0) return path;
  const marker = fromAnswers ? `&${fromAnswersParam}=${fromAnswersValue}` : '';
  return `${path}${checklistShareQuery(checklistId, itemIds)}${marker}`;
}
