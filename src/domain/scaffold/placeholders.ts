/**
 * A new page from `npm run new` passes the content model at once, so the
 * writer can see it with `npm start` while writing. What the scaffold could
 * not know is written as a placeholder that starts with this marker, in the
 * text or in a YAML comment beside a value it had to choose; the content
 * tests refuse a page that still has one, so nothing is published half-written.
 */
export const placeholderMarker = 'FYLL INN';

/** The line numbers (from 1) of the lines that still hold a placeholder. */
export function placeholderLines(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, index) => (line.includes(placeholderMarker) ? [index + 1] : []));
}
