/**
 * Sentences that send the reader to the competence centre ("ta kontakt med
 * kompetansesenteret", "spør oss", "contact the competence centre") must give
 * them a way to do it: a link, usually `<Kontakt />`. This finds the ones that
 * do not, so a test can name the file and the line.
 *
 * Only mentions that point at the centre or at "us" count: "tar kontakt med
 * forelderen" is advice about someone else, not a dead end for the reader.
 */

/** One paragraph that asks the reader to get in touch but gives no way to. */
export type UnlinkedContactMention = { line: number; text: string };

// JavaScript's \b knows only ASCII letters, so "spør" needs word edges of its own.
const start = String.raw`(?<!\p{L})`;
const end = String.raw`(?!\p{L})`;
const reachPhrases = [
  // Bokmål: an imperative or a statement about getting in touch, then whom.
  String.raw`${start}(?:ta|tar|kontakt|kontakte|kontakter|spør|si fra|sier fra|skriv til|skriver til|henvend deg|gi beskjed)${end}[^.!?]{0,40}?${start}(?:kompetansesenter\p{L}*|oss)${end}`,
  String.raw`${start}kontaktskjema\p{L}*`,
  // English.
  String.raw`${start}(?:contact|ask|write to|get in touch with)\s+(?:the\s+)?(?:competence centre|us)${end}`,
  String.raw`${start}get in touch${end}(?! with)`,
  String.raw`${start}contact form${end}`,
];
const reachPattern = new RegExp(reachPhrases.join('|'), 'giu');
/**
 * A bare "Ta kontakt." or "Ta kontakt i løpet av høsten" names no one, so it
 * means us; lower-case "ta kontakt privat" is advice about someone else.
 */
const bareTaKontakt = /\bTa kontakt\b(?! med\b)/;
/** "hvordan de kan kontakte oss", "how to contact us": what a notice must say, not a request. */
const describesContact = /(?:hvordan \p{L}+ kan|how to)\s*$/iu;

function asksReaderToReach(text: string): boolean {
  for (const match of text.matchAll(reachPattern)) {
    if (!describesContact.test(text.slice(0, match.index))) return true;
  }
  return bareTaKontakt.test(text);
}

/** A Markdown link, a bare address, or the contact component: the reader can act on it. */
const hasWayToReach = /\]\((?:mailto:|[^)]*kontakt)|<Kontakt\b|mailto:|https?:\/\/\S*kontakt/i;

function stripFrontMatter(source: string): { body: string; offset: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  if (!match) return { body: source, offset: 0 };
  return { body: source.slice(match[0].length), offset: match[0].split('\n').length - 1 };
}

/**
 * Paragraphs (and list items, and table rows) of a Markdown body that send the
 * reader to the centre without a link. Frontmatter and code are skipped.
 */
export function unlinkedContactMentions(source: string): UnlinkedContactMention[] {
  const { body, offset } = stripFrontMatter(source);
  const lines = body.split(/\r?\n/);
  const found: UnlinkedContactMention[] = [];
  let block: { start: number; text: string[] } | null = null;
  let inCode = false;
  const close = () => {
    if (!block) return;
    const text = block.text.join(' ');
    if (asksReaderToReach(text) && !hasWayToReach.test(text)) {
      found.push({ line: block.start + offset + 1, text: text.trim() });
    }
    block = null;
  };
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      close();
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const startsItem = /^\s*(?:[-*+]|\d+\.)\s|^\s*\|/.test(line);
    if (line.trim() === '' || startsItem) close();
    if (line.trim() === '') return;
    if (!block) block = { start: index, text: [] };
    block.text.push(line);
  });
  close();
  return found;
}
