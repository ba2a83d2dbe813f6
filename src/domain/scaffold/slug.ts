/**
 * File names (and so addresses) made from a title, the way the existing files
 * are named: lower-case ASCII words joined by hyphens, with æ, ø and å written
 * ae, o and a (`svar-pa-negative-kommentarer`, `tilgjengelighetserklaering`).
 * ASCII keeps addresses readable when they are pasted into e-mail or chat.
 */

const norwegianLetters: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** A slug as the scaffold writes them: what the kebabId schema allows, without æøå. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * "Svar på negative kommentarer" → `svar-pa-negative-kommentarer`.
 * Other accented letters lose their accent (é → e); anything that is not a
 * letter or a digit separates words. Returns '' when the title has neither.
 */
export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => norwegianLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
