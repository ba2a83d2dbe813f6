import type { Checklist, ChecklistItem } from './schema';

/*
 * Kept apart from schema.ts so that code running in the browser can use these
 * without pulling zod into the page's JavaScript.
 */

export type ChecklistGroup = { id: string; title: string | undefined; items: ChecklistItem[] };

/** The checklist's items in groups; a flat list becomes one group without a title. */
export function checklistGroups(checklist: Checklist): ChecklistGroup[] {
  if (checklist.groups) return checklist.groups;
  return [{ id: checklist.id, title: undefined, items: checklist.items ?? [] }];
}

export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklistGroups(checklist).flatMap((group) => group.items);
}
