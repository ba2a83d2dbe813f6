import * as z from 'zod';
import { description, kebabId, nonEmptyText } from '../content/fields';

/** A checklist as contributors write it in `data/sjekklister/<id>.yml`. */

const itemSchema = z.strictObject({
  /** Stable id: saved progress and shared links refer to items by it. */
  id: kebabId,
  text: nonEmptyText,
  /** "Why this matters", shown under the item. */
  help: nonEmptyText.optional(),
  /** Optional items can be left unticked; the list is complete when every required one is ticked. */
  required: z.boolean().default(true),
});

const groupSchema = z.strictObject({
  id: kebabId,
  title: nonEmptyText,
  items: z.array(itemSchema).min(1, { message: 'must list at least one item' }),
});

export const checklistSchema = z
  .strictObject({
    id: kebabId,
    title: nonEmptyText,
    description,
    owner: nonEmptyText,
    /** Either a flat list of items … */
    items: z.array(itemSchema).min(1, { message: 'must list at least one item' }).optional(),
    /** … or items in titled groups. */
    groups: z.array(groupSchema).min(1, { message: 'must list at least one group' }).optional(),
  })
  .superRefine((checklist, context) => {
    if ((checklist.items === undefined) === (checklist.groups === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['items'],
        message:
          checklist.items === undefined
            ? 'is required: give either items (a flat list) or groups (titled groups of items)'
            : 'give either items or groups, not both',
      });
      return;
    }
    const firstPlace = new Map<string, string>();
    const note = (id: string, place: string, field: (string | number)[]) => {
      const earlier = firstPlace.get(id);
      if (earlier === undefined) {
        firstPlace.set(id, place);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: field,
        message: `"${id}" is already used by ${earlier}; ids must be unique in a checklist`,
      });
    };
    checklist.items?.forEach((item, index) =>
      note(item.id, `items[${index}]`, ['items', index, 'id']),
    );
    checklist.groups?.forEach((group, groupIndex) => {
      note(group.id, `groups[${groupIndex}]`, ['groups', groupIndex, 'id']);
      group.items.forEach((item, index) =>
        note(item.id, `groups[${groupIndex}].items[${index}]`, [
          'groups',
          groupIndex,
          'items',
          index,
          'id',
        ]),
      );
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = z.infer<typeof itemSchema>;
