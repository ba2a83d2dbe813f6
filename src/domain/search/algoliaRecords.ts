import type { SynonymsByLocale } from './synonyms';

/**
 * Records for Algolia in the shape DocSearch's crawler writes and Docusaurus's
 * DocSearch theme reads: a record per heading and per run of text, each with
 * the heading trail above it (`hierarchy.lvl0`–`lvl6`), so a result can show
 * "Verktøy › Bluesky › Personvern" and link straight to the heading.
 */

/** Algolia refuses records over 10 KB on its smallest plan; this many bytes of JSON, at most. */
export const maxRecordBytes = 10_000;

/**
 * How much text one content record holds when a section is long. DocSearch's
 * records are a paragraph each; a record this size still snippets well and keeps
 * a match close to the heading it links to.
 */
export const preferredContentBytes = 2_000;

/** Hierarchy values are headings; a heading longer than this is cut, so it cannot crowd out the text. */
const maxHierarchyValueLength = 300;

export const hierarchyLevels = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'] as const;
export type HierarchyLevel = (typeof hierarchyLevels)[number];
export type Hierarchy = Record<HierarchyLevel, string | null>;

/** What a record is made from: a built page's view for the search (plugins/search's SearchDocument). */
export type PageForRecords = {
  /** Path with base URL and locale: `/en/verktoy/x`. */
  url: string;
  title: string;
  /** The content kind (pages.ts's SearchKind: `verktoy`, `retningslinje` …). */
  kind: string;
  /** The guideline edition when the page is not in the edition in force (`2025`, `utkast`). */
  edition: string | null;
  /** Docusaurus's docs version of the page (`current`, `2025`), null for pages outside docs. */
  version: string | null;
  /** Docusaurus's search tag (`docs-retningslinjer-2025`, `default`), what contextual search filters on. */
  docusaurusTag: string;
  toolStatus: string | null;
  sections: readonly { anchor: string | null; heading: string; level: number; text: string }[];
};

export type DocSearchRecord = {
  objectID: string;
  /** Absolute, with `#anchor` when the record belongs to a heading. */
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: HierarchyLevel | 'content';
  hierarchy: Hierarchy;
  /** The text of a content record; null for a heading's own record, as DocSearch writes it. */
  content: string | null;
  /** The locale, which DocSearch's contextual search filters on as `language:<locale>`. */
  language: string;
  version: string[];
  docusaurus_tag: string[];
  kind: string;
  tool_status: string | null;
  /** DocSearch's ranking: the page's rank, the record's level (headings above text), its place on the page. */
  weight: { pageRank: number; level: number; position: number };
};

/**
 * The name of each kind as `hierarchy.lvl0`, the group a DocSearch result is
 * listed under. The Norwegian names are the ones the embedded search shows.
 * Keyed by string because the layer rule reads an import of `./pages` as one of
 * src/pages; the tests check that every kind has a name in every language.
 */
export const kindLabels: Record<string, Record<string, string>> = {
  nb: {
    retningslinje: 'Retningslinje',
    postulat: 'Postulater',
    verktoy: 'Verktøy',
    veiledning: 'Veiledning',
    beslutningstre: 'Beslutningstre',
    sjekkliste: 'Sjekkliste',
    ordliste: 'Ordliste',
    nyhet: 'Nyhet',
    side: 'Side',
  },
  en: {
    retningslinje: 'Guideline',
    postulat: 'Postulates',
    verktoy: 'Tool',
    veiledning: 'How-to',
    beslutningstre: 'Decision tree',
    sjekkliste: 'Checklist',
    ordliste: 'Glossary',
    nyhet: 'News',
    side: 'Page',
  },
};

export function kindLabelOf(kind: string, locale: string): string {
  return (kindLabels[locale] ?? kindLabels.nb!)[kind] ?? kind;
}

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** The bytes a string takes inside a record's JSON, quotes and escapes included. */
function jsonBytes(text: string): number {
  return utf8Bytes(JSON.stringify(text));
}

export function recordBytes(record: DocSearchRecord): number {
  return utf8Bytes(JSON.stringify(record));
}

function shortened(text: string): string {
  const characters = [...text];
  return characters.length <= maxHierarchyValueLength
    ? text
    : `${characters.slice(0, maxHierarchyValueLength - 1).join('')}…`;
}

/** Cuts a piece that is too long on its own at code points, never inside a letter. */
function cutToBytes(piece: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of piece) {
    if (current !== '' && jsonBytes(current + character) > maxBytes) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * Splits a section's text into runs of at most `maxBytes` (as JSON): at sentence
 * ends where it can, else between words, else inside a very long word.
 */
export function splitText(text: string, maxBytes: number): string[] {
  if (jsonBytes(text) <= maxBytes) return text === '' ? [] : [text];
  const sentences = text.split(/(?<=[.!?:;])\s+/);
  const pieces = sentences.flatMap((sentence) =>
    jsonBytes(sentence) <= maxBytes
      ? [sentence]
      : sentence.split(/\s+/).flatMap((word) => cutToBytes(word, maxBytes)),
  );
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current === '' ? piece : `${current} ${piece}`;
    if (jsonBytes(joined) <= maxBytes) {
      current = joined;
    } else {
      chunks.push(current);
      current = piece;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

export type RecordOptions = {
  /** The site's address without a trailing slash: `https://verktoykassa.example.no`. */
  siteUrl: string;
  /** The locale whose build the page comes from (`nb`, `en`). */
  locale: string;
};

/**
 * The DocSearch records of one page: one for the page title, then for each
 * section a record for its heading and one or more for its text, in page order.
 */
export function algoliaRecordsOf(page: PageForRecords, options: RecordOptions): DocSearchRecord[] {
  const pageUrl = `${options.siteUrl.replace(/\/+$/, '')}${page.url}`;
  // The edition in force and the living pages rank above older editions and the draft,
  // for searches that span editions (DocSearch's contextual search shows one at a time).
  const pageRank = page.edition === null ? 1 : 0;
  const shared = {
    url_without_anchor: pageUrl,
    language: options.locale,
    version: page.version === null ? [] : [page.version],
    docusaurus_tag: [page.docusaurusTag],
    kind: page.kind,
    tool_status: page.toolStatus,
  };
  const trail: Hierarchy = {
    lvl0: kindLabelOf(page.kind, options.locale),
    lvl1: shortened(page.title),
    lvl2: null,
    lvl3: null,
    lvl4: null,
    lvl5: null,
    lvl6: null,
  };
  const records: DocSearchRecord[] = [];
  const add = (
    type: DocSearchRecord['type'],
    anchor: string | null,
    content: string | null,
  ): DocSearchRecord => {
    const position = records.length;
    const record: DocSearchRecord = {
      objectID: `${page.url}#${position}`,
      url: anchor === null ? pageUrl : `${pageUrl}#${anchor}`,
      anchor,
      type,
      hierarchy: { ...trail },
      content,
      ...shared,
      weight: {
        pageRank,
        level: type === 'content' ? 0 : 100 - 10 * hierarchyLevels.indexOf(type),
        position,
      },
    };
    records.push(record);
    return record;
  };
  add('lvl1', null, null);
  for (const section of page.sections) {
    let anchor: string | null = null;
    if (section.level >= 2 && section.level <= 6) {
      const level = hierarchyLevels[section.level]!;
      trail[level] = shortened(section.heading);
      for (const deeper of hierarchyLevels.slice(section.level + 1)) trail[deeper] = null;
      anchor = section.anchor;
      add(level, anchor, null);
    }
    if (section.text === '') continue;
    // What is left for the text once everything else in the record is counted.
    const emptyRecordBytes = recordBytes({
      ...records[records.length - 1]!,
      type: 'content',
      content: '',
    });
    const budget = Math.min(preferredContentBytes, maxRecordBytes - emptyRecordBytes - 32);
    for (const chunk of splitText(section.text, budget)) add('content', anchor, chunk);
  }
  return records;
}

/** Algolia's synonym records: each group from data/synonymer.yml as a multi-way synonym. */
export function algoliaSynonymsOf(
  synonyms: SynonymsByLocale,
): { objectID: string; type: 'synonym'; synonyms: string[] }[] {
  return Object.entries(synonyms).flatMap(([locale, groups]) =>
    groups.map((terms, index) => ({
      objectID: `${locale}-${index + 1}`,
      type: 'synonym' as const,
      synonyms: [...terms],
    })),
  );
}
