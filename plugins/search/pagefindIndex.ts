import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vocabularyLists } from '../../src/domain/search/typos';
import { searchWords } from '../../src/domain/search/words';
import type { SearchDocument } from './extract';

/** Where one locale's search files go, inside its build folder; the browser finds them at the same paths. */
export const searchFolders = {
  /** The pages a default search covers: everything but guideline editions not in force. */
  current: 'pagefind',
  /** Guideline editions not in force, merged in when the reader asks to search every edition. */
  editions: 'pagefind-utgaver',
  /** The site's words by length and first letter, for typo correction (see src/domain/search/typos.ts). */
  vocabulary: 'sokeord',
} as const;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A meta or filter value Pagefind reads from an attribute, so its text is not indexed as content. */
function valueTag(kind: 'meta' | 'filter', key: string, value: string): string {
  return `<span data-pagefind-${kind}="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`;
}

/**
 * The page as Pagefind should see it: only its content, its headings with
 * their ids (so results can link to a section), and the facts a result shows
 * as metadata. Built from the SearchDocument, so the embedded search and the
 * Algolia records are made from the same text.
 */
export function pagefindHtml(
  document: SearchDocument,
  editionLabels: ReadonlyMap<string, string>,
): string {
  const tags = [valueTag('meta', 'kind', document.kind), valueTag('filter', 'type', document.kind)];
  if (document.breadcrumb.length > 0)
    tags.push(valueTag('meta', 'section', document.breadcrumb.join(' › ')));
  if (document.edition !== null) {
    tags.push(valueTag('meta', 'edition', editionLabels.get(document.edition) ?? document.edition));
    tags.push(valueTag('filter', 'edition', document.edition));
  }
  if (document.toolStatus !== null) {
    tags.push(valueTag('meta', 'status', document.toolStatus));
    tags.push(valueTag('filter', 'status', document.toolStatus));
  }
  const body = document.sections.map((section) => {
    const text = section.text === '' ? '' : `<p>${escapeHtml(section.text)}</p>`;
    if (section.anchor === null && section.level === 1) return text;
    const id = section.anchor === null ? '' : ` id="${escapeHtml(section.anchor)}"`;
    // A postulate is known by its id (`lytt-forst`) as well as its title.
    const idWords =
      document.kind === 'postulat' && section.anchor !== null
        ? ` <span data-pagefind-weight="2">${escapeHtml(section.anchor)}</span>`
        : '';
    return `<h${section.level}${id}>${escapeHtml(section.heading)}${idWords}</h${section.level}>${text}`;
  });
  const description =
    document.description === ''
      ? ''
      : `<p data-pagefind-weight="2">${escapeHtml(document.description)}</p>`;
  return [
    `<!doctype html><html lang="${document.language}"><head><title>${escapeHtml(document.title)}</title></head>`,
    '<body><main data-pagefind-body>',
    ...tags,
    // The title counts most: a page named for the reader's words should come first. A
    // glossary entry explains a word the guidelines use, so the guideline ranks above it.
    `<h1 data-pagefind-meta="title" data-pagefind-weight="${document.kind === 'ordliste' ? 4 : 10}">${escapeHtml(document.title)}</h1>`,
    description,
    ...body,
    '</main></body></html>',
  ].join('');
}

/** How often each word occurs over the documents' text, for the typo lists. */
function wordCounts(documents: readonly SearchDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of documents) {
    const text = [
      document.title,
      document.description,
      ...document.sections.flatMap((section) => [section.heading, section.text]),
    ].join(' ');
    for (const word of searchWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Runs Pagefind over the prepared pages in a Node process of its own (see
 * pagefindWorker.mjs for why), through a JSON file in the build's temp folder.
 */
async function writePagefindBundles(
  siteDir: string,
  bundles: { outputPath: string; pages: { url: string; html: string }[] }[],
): Promise<void> {
  const workFolder = await mkdtemp(path.join(tmpdir(), 'verktoykassa-search-'));
  try {
    const input = path.join(workFolder, 'bundles.json');
    await writeFile(input, JSON.stringify({ bundles }));
    for (const bundle of bundles) await rm(bundle.outputPath, { recursive: true, force: true });
    const worker = path.join(siteDir, 'plugins/search/pagefindWorker.mjs');
    const result = spawnSync(process.execPath, [worker, input], { cwd: siteDir, encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(
        `Pagefind could not index the site: ${result.stderr || result.error?.message}`,
      );
  } finally {
    await rm(workFolder, { recursive: true, force: true });
  }
}

/**
 * Writes one locale's search files into its build folder: the Pagefind bundle
 * of the pages in force, a second bundle of the other guideline editions, and
 * the word lists for typo correction.
 *
 * @returns how many pages each bundle holds, for the build log
 */
export async function writeSearchFiles(
  siteDir: string,
  outDir: string,
  documents: readonly SearchDocument[],
  editionLabels: ReadonlyMap<string, string>,
): Promise<{ current: number; editions: number }> {
  const current = documents.filter((document) => document.edition === null);
  const editions = documents.filter((document) => document.edition !== null);
  const pages = (subset: readonly SearchDocument[]) =>
    subset.map((document) => ({ url: document.url, html: pagefindHtml(document, editionLabels) }));
  await writePagefindBundles(siteDir, [
    { outputPath: path.join(outDir, searchFolders.current), pages: pages(current) },
    { outputPath: path.join(outDir, searchFolders.editions), pages: pages(editions) },
  ]);
  const vocabularyFolder = path.join(outDir, searchFolders.vocabulary);
  await rm(vocabularyFolder, { recursive: true, force: true });
  await mkdir(vocabularyFolder, { recursive: true });
  for (const [list, words] of vocabularyLists(wordCounts(documents))) {
    await writeFile(path.join(vocabularyFolder, `${list}.json`), JSON.stringify(words));
  }
  return { current: current.length, editions: editions.length };
}
