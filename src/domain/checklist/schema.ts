import * as z from 'zod';
import {
  description,
  evenWhenFieldsFail,
  fieldOf,
  kebabId,
  nonEmptyText,
  textFieldOf,
} from '../content/fields';

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
  .superRefine((checklist: object, context) => {
    const items = fieldOf(checklist, 'items');
    const groups = fieldOf(checklist, 'groups');
    if ((items === undefined) === (groups === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['items'],
        message:
          items === undefined
            ? 'is required: give either items (a flat list) or groups (titled groups of items)'
            : 'give either items or groups, not both',
      });
      return;
    }
    const firstPlace = new Map<string, string>();
    const note = (entry: unknown, place: string, field: (string | number)[]) => {
      const id = typeof entry === 'object' && entry !== null ? textFieldOf(entry, 'id') : undefined;
      if (id === undefined) return;
      const earlier = firstPlace.get(id);
      if (earlier === undefined) {
        firstPlace.set(id, place);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: [...field, 'id'],
        message: `"${id}" is already used by ${earlier}; ids must be unique in a checklist`,
      });
    };
    const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
    listOf(items).forEach((item, index) => note(item, `items[${index}]`, ['items', index]));
    listOf(groups).forEach((group, groupIndex) => {
      note(group, `groups[${groupIndex}]`, ['groups', groupIndex]);
      const groupItems = typeof group === 'object' && group ? fieldOf(group, 'items') : undefined;
      listOf(groupItems).forEach((item, index) =>
        note(item, `groups[${groupIndex}].items[${index}]`, ['groups', groupIndex, 'items', index]),
      );
    });
  }, evenWhenFieldsFail);

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = z.infer<typeof itemSchema>;
