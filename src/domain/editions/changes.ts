import { diffArrays, diffWords } from 'diff';

/**
 * What changed between two editions: pages added, removed and changed, and for
 * a changed page a readable word-level diff of the paragraphs that changed.
 * The diffing is the `diff` library's; this module only decides what to compare
 * and how to group it for a reader.
 */

/** One page of an edition, as text a reader would recognise. */
export type EditionPage = {
  /** Stable across editions: the page's path inside the edition, e.g. `arkivering`. */
  id: string;
  title: string;
  /** The page as paragraphs of plain text, in order. */
  paragraphs: string[];
};

export type WordChange = { kind: 'same' | 'added' | 'removed'; text: string };

export type ParagraphChange =
  | { kind: 'unchanged'; count: number }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; words: WordChange[] };

export type PageChange = { id: string; title: string; paragraphs: ParagraphChange[] };

export type EditionChanges = {
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  changed: PageChange[];
  unchanged: { id: string; title: string }[];
};

function wordChanges(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** How alike two paragraphs are, 0–1, by the share of words they keep. */
function likeness(before: string, after: string): number {
  const parts = diffWords(before, after);
  const kept = parts
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return kept / Math.max(before.length, after.length, 1);
}

/**
 * Paragraph changes of one page. Paragraphs are matched with a sequence diff;
 * a removed paragraph followed by an added one that keeps most of its words is
 * shown as one changed paragraph with the words marked, which is how a reader
 * thinks of an edit.
 */
export function paragraphChanges(
  before: readonly string[],
  after: readonly string[],
): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  const pushUnchanged = (count: number) => {
    const last = changes.at(-1);
    if (last?.kind === 'unchanged') last.count += count;
    else changes.push({ kind: 'unchanged', count });
  };
  const parts = diffArrays([...before], [...after]);
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (!part.added && !part.removed) {
      pushUnchanged(part.value.length);
      continue;
    }
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const removed = [...part.value];
      const added = [...next.value];
      while (removed.length > 0 || added.length > 0) {
        const old = removed.shift();
        const fresh = added.shift();
        if (old !== undefined && fresh !== undefined && likeness(old, fresh) >= 0.5) {
          changes.push({ kind: 'changed', words: wordChanges(old, fresh) });
        } else {
          if (old !== undefined) changes.push({ kind: 'removed', text: old });
          if (fresh !== undefined) changes.push({ kind: 'added', text: fresh });
        }
      }
      index += 1;
      continue;
    }
    for (const text of part.value) changes.push({ kind: part.added ? 'added' : 'removed', text });
  }
  return changes;
}

/** Compares an edition with the one before it. Pages are matched by id; order follows the new edition. */
export function compareEditions(
  previous: readonly EditionPage[],
  next: readonly EditionPage[],
): EditionChanges {
  const before = new Map(previous.map((page) => [page.id, page]));
  const afterIds = new Set(next.map((page) => page.id));
  const result: EditionChanges = { added: [], removed: [], changed: [], unchanged: [] };
  for (const page of next) {
    const old = before.get(page.id);
    if (!old) {
      result.added.push({ id: page.id, title: page.title });
      continue;
    }
    const oldText = [old.title, ...old.paragraphs];
    const newText = [page.title, ...page.paragraphs];
    if (oldText.join('\n') === newText.join('\n')) {
      result.unchanged.push({ id: page.id, title: page.title });
      continue;
    }
    result.changed.push({
      id: page.id,
      title: page.title,
      paragraphs: paragraphChanges(oldText, newText),
    });
  }
  for (const page of previous) {
    if (!afterIds.has(page.id)) result.removed.push({ id: page.id, title: page.title });
  }
  return result;
}

/**
 * Markdown/MDX as paragraphs of plain text for comparing: markup, imports,
 * comments and anchors are dropped, links keep their text, an embedded tree or
 * checklist is named. What a reader sees is what is compared.
 */
export function readableParagraphs(markdown: string): string[] {
  return (
    markdown
      .replace(/\r\n/g, '\n')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .split(/\n\s*\n/)
      // Each list item is a paragraph of its own, so an edit to one item does not mark the whole list.
      .flatMap((block) => block.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/))
      .map((block) =>
        block
          .split('\n')
          .filter((line) => !/^\s*(import|export)\s/.test(line))
          .map((line) =>
            line
              .replace(/^\s*<DecisionTree\s+id="([^"]+)"\s*\/>\s*$/, '[Beslutningstre: $1]')
              .replace(/^\s*<Checklist\s+id="([^"]+)"\s*\/>\s*$/, '[Sjekkliste: $1]')
              .replace(/<[^>]+>/g, '')
              .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
              .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
              .replace(/^\s{0,3}#{1,6}\s+/, '')
              .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '• ')
              .replace(/^\s*>\s?/, '')
              .replace(/^:::\w*.*$/, '')
              .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
              .trim(),
          )
          .filter(Boolean)
          .join(' '),
      )
      .filter(Boolean)
  );
}
