import { describe, expect, it } from 'vitest';
import { unlinkedContactMentions } from '../src/domain/content/contactMentions';
import { allContentFiles, readContentFile } from './contentFiles';

/**
 * A page that says "ta kontakt med kompetansesenteret" must let the reader do
 * it: link the words with `<Kontakt>…</Kontakt>`, or give the address with
 * `<Kontakt />`. Adopted editions are records of what was decided and are left
 * as they are; the draft and every living page are checked.
 */
const livingFiles = allContentFiles().filter((file) => !/(^|\/)version-[^/]+\//.test(file));

describe('every request to get in touch gives a way to', () => {
  it('checks the living content, in both languages', () => {
    expect(livingFiles.some((file) => file.startsWith('i18n/en/'))).toBe(true);
    expect(livingFiles.some((file) => file.startsWith('retningslinjer/'))).toBe(true);
  });

  it.each(livingFiles)('%s', (file) => {
    const mentions = unlinkedContactMentions(readContentFile(file)).map(
      ({ line, text }) =>
        `${file}:${line}: "${text}" asks the reader to get in touch without a link; write <Kontakt>…</Kontakt> around the name, or <Kontakt /> for the address`,
    );
    expect(mentions).toEqual([]);
  });
});
