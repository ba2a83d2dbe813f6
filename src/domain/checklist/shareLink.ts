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
 * plain page, where the reader finds the ticks saved on their device.
 */
export function checklistHref(checklistId: string, itemIds: readonly string[]): string {
  const path = decisionToolPath('checklist', checklistId);
  return itemIds.length > 0 ? `${path}${checklistShareQuery(checklistId, itemIds)}` : path;
}
