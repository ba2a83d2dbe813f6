import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { vocabularyLists } from '../../src/domain/search/typos';
import { searchWords } from '../../src/domain/search/words';
import type { SearchDocument } from './extract';
import { escapeHtml } from '../../src/domain/html';

/** Where one locale's search files go, inside its build folder; the browser finds them at the same paths. */
export const searchFolders = {
  /** The pages a default search covers: everything but guideline editions not in force. */
  current: 'pagefind',
  /** Guideline editions not in force, merged in when the reader asks to search every edition. */
  editions: 'pagefind-utgaver',
  /** The site's words by length and first letter, for typo correction (see src/domain/search/typos.ts). */
  vocabulary: 'sokeord',
} as const;

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

/** Adds how often each word occurs in the document's text to `counts`, for the typo lists. */
function countWords(document: SearchDocument, counts: Map<string, number>): void {
  const text = [
    document.title,
    document.description,
    ...document.sections.flatMap((section) => [section.heading, section.text]),
  ].join(' ');
  for (const word of searchWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/**
 * Pagefind in a Node process of its own (see pagefindWorker.mjs for why), fed one
 * page per line on its standard input while this process reads the next page: the
 * two work side by side, on two cores, instead of one after the other.
 */
function startPagefindWorker(siteDir: string, outputPaths: readonly string[]) {
  const worker = spawn(
    process.execPath,
    [path.join(siteDir, 'plugins/search/pagefindWorker.mjs'), JSON.stringify(outputPaths)],
    { cwd: siteDir, stdio: ['pipe', 'inherit', 'pipe'] },
  );
  let errors = '';
  worker.stderr.setEncoding('utf8');
  worker.stderr.on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`Pagefind could not index the site: ${errors.trim() || `exit ${code}`}`),
          ),
    );
  });
  // Seen through `exited`; a write after the process ended must not crash the build as well.
  worker.stdin.on('error', () => undefined);
  return {
    async add(bundle: number, page: { url: string; html: string }): Promise<void> {
      if (!worker.stdin.write(`${JSON.stringify({ bundle, ...page })}\n`))
        await Promise.race([once(worker.stdin, 'drain'), exited]);
    },
    finish(): Promise<void> {
      worker.stdin.end();
      return exited;
    },
  };
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
  documents: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
  editionLabels: ReadonlyMap<string, string>,
): Promise<{ current: number; editions: number }> {
  const bundles = [searchFolders.current, searchFolders.editions].map((folder) =>
    path.join(outDir, folder),
  );
  for (const bundle of bundles) await rm(bundle, { recursive: true, force: true });
  const pagefind = startPagefindWorker(siteDir, bundles);
  const counts = { current: 0, editions: 0 };
  const words = new Map<string, number>();
  try {
    for await (const document of documents) {
      const isCurrent = document.edition === null;
      counts[isCurrent ? 'current' : 'editions'] += 1;
      countWords(document, words);
      await pagefind.add(isCurrent ? 0 : 1, {
        url: document.url,
        html: pagefindHtml(document, editionLabels),
      });
    }
  } catch (error) {
    // The page that could not be read is the news, not Pagefind stopping because its input ended.
    await pagefind.finish().catch(() => undefined);
    throw error;
  }
  await pagefind.finish();
  const vocabularyFolder = path.join(outDir, searchFolders.vocabulary);
  await rm(vocabularyFolder, { recursive: true, force: true });
  await mkdir(vocabularyFolder, { recursive: true });
  for (const [list, listWords] of vocabularyLists(words)) {
    await writeFile(path.join(vocabularyFolder, `${list}.json`), JSON.stringify(listWords));
  }
  return counts;
}
