/**
 * Headings for components placed inside a page (a tree, a checklist): the page
 * decides the level of the component's title, and the component's own
 * headings sit one level below it, so the outline never skips a level.
 */

/** The level of a component's title: 1 on its own page, deeper inside a guideline. */
export type TitleLevel = 1 | 2 | 3 | 4;

/** The tag of a heading one level below a component's title. */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

const tagBelow = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' } as const satisfies Record<
  TitleLevel,
  HeadingTag
>;

/** The title's own tag and the tag for the headings under it. */
export function headingTags(titleLevel: TitleLevel) {
  return { title: `h${titleLevel}` as const, below: tagBelow[titleLevel] };
}
