import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { editionOfPath, searchKindOf } from '../../src/domain/search/pages';
import { sitePathOf } from '../shared/sitePaths';
import { extractSearchDocument, type SearchDocument } from './extract';

/** What tells a built page's place in the site: its locale's base URL and the guideline editions. */
export type BuiltSite = {
  /** The build folder of one locale (`build`, `build/en`). */
  outDir: string;
  /** That locale's base URL (`/`, `/en/`). */
  baseUrl: string;
  /** Path segments of guideline editions other than the one in force (`2025`, `utkast`). */
  editionSegments: readonly string[];
  siteTitle: string;
};

/** The HTML file Docusaurus wrote for a route (trailingSlash: false → `x.html`, root → `index.html`). */
function htmlFileOf(outDir: string, sitePath: string): string {
  return sitePath === '/'
    ? path.join(outDir, 'index.html')
    : path.join(outDir, `${sitePath.slice(1)}.html`);
}

/**
 * The glossary is one page of many short entries; a reader searching for a
 * term wants that entry, not a long page where the term is one word among
 * thousands. Each term (a third-level heading) becomes a result of its own
 * that links to its place on the page; the page keeps its introduction.
 */
export function glossaryEntries(document: SearchDocument): SearchDocument[] {
  const isEntry = (level: number, anchor: string | null) => level === 3 && anchor !== null;
  const entries = document.sections
    .filter((section) => isEntry(section.level, section.anchor))
    .map((section) => ({
      ...document,
      url: `${document.url}#${section.anchor}`,
      title: section.heading,
      description: '',
      breadcrumb: [...document.breadcrumb, document.title],
      sections: [{ anchor: null, heading: section.heading, level: 1, text: section.text }],
    }));
  const introduction = {
    ...document,
    sections: document.sections.filter(
      (section) => !isEntry(section.level, section.anchor) && section.level < 3,
    ),
  };
  return [introduction, ...entries];
}

/**
 * Reads every built page that is a search result into SearchDocuments, one page at
 * a time, so the indexer can work on one page while the next is read. Routes that
 * are not results (lists, print copies, the 404 page) are skipped, and so is a
 * route whose HTML file is missing (a redirect, say).
 */
export async function* builtDocuments(
  site: BuiltSite,
  routePaths: readonly string[],
): AsyncGenerator<SearchDocument> {
  const seen = new Set<string>();
  for (const routePath of routePaths) {
    const sitePath = sitePathOf(routePath, site.baseUrl);
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const kind = searchKindOf(sitePath, site.editionSegments);
    if (kind === null) continue;
    let html: string;
    try {
      html = await readFile(htmlFileOf(site.outDir, sitePath), 'utf8');
    } catch {
      continue;
    }
    // A page that tells robots to stay away (noindex) is not a search result either.
    if (/<meta[^>]+name=["']?robots["']?[^>]+noindex/i.test(html)) continue;
    const url = `${site.baseUrl}${sitePath.slice(1)}`.replace(/(.)\/$/, '$1');
    const document = extractSearchDocument(html, {
      url,
      kind,
      edition: editionOfPath(sitePath, site.editionSegments),
      siteTitle: site.siteTitle,
    });
    yield* kind === 'ordliste' ? glossaryEntries(document) : [document];
  }
}

/** Every search result of a built site at once (for the Algolia records). */
export async function readBuiltDocuments(
  site: BuiltSite,
  routePaths: readonly string[],
): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for await (const document of builtDocuments(site, routePaths)) documents.push(document);
  return documents;
}
