/**
 * The named ids contributors write in frontmatter. Values are Norwegian because
 * contributors write them; the UI shows translated labels for them.
 */

/** What a docs page is. */
export const contentKinds = [
  'retningslinje',
  'postulater',
  'veiledning',
  'verktoy',
  'side',
] as const;
export type ContentKind = (typeof contentKinds)[number];

/** Where a page stands in its life: draft, adopted (in force), or retired. */
export const documentStatuses = ['utkast', 'vedtatt', 'utgått'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** The longest review interval we accept: a guideline nobody reads for three years is stale. */
export const maxReviewIntervalMonths = 36;
