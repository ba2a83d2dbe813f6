import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { addressOfFile, type Site } from '../../src/domain/linkCheck/address';
import {
  checkReferences,
  type BuiltSite,
  type ExternalLink,
  type Problem,
} from '../../src/domain/linkCheck/check';
import {
  anchorsOf,
  manifestReferences,
  referencesOf,
  stylesheetReferences,
  type PageElement,
  type Reference,
} from '../../src/domain/linkCheck/references';

/**
 * Reads a built site and checks every reference in it: each HTML page of
 * every locale and edition (plugin-made pages, print copies and redirects
 * included), each stylesheet, and each web app manifest. The decisions are
 * the domain's (src/domain/linkCheck); this file only reads files.
 */

export type BuildReport = {
  problems: Problem[];
  external: ExternalLink[];
  /** How many files of each kind were read, and how many references they held. */
  counts: { pages: number; stylesheets: number; manifests: number; references: number };
};

const isManifest = (file: string) => /(^|\/)manifest\.json$|\.webmanifest$/.test(file);

function elementsOf(html: string): PageElement[] {
  const $ = load(html);
  return $('*')
    .toArray()
    .flatMap((node) =>
      'attribs' in node ? [{ name: node.name.toLowerCase(), attributes: node.attribs }] : [],
    );
}

export function checkBuild(buildDir: string, site: Site): BuildReport {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No built site in ${buildDir}: run \`npm run build\` first.`);
  }
  const files = readdirSync(buildDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(buildDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    // The file system's order differs from machine to machine; the report should not.
    .sort();
  const fileSet = new Set(files);
  const read = (file: string) => readFileSync(path.join(buildDir, file), 'utf8');

  const referencesByFile = new Map<string, Reference[]>();
  const anchorsByPage = new Map<string, Set<string>>();
  const counts = { pages: 0, stylesheets: 0, manifests: 0, references: 0 };
  const problems: Problem[] = [];
  const external: ExternalLink[] = [];
  for (const file of files) {
    if (file.endsWith('.html')) {
      const elements = elementsOf(read(file));
      referencesByFile.set(file, referencesOf(elements));
      anchorsByPage.set(file, anchorsOf(elements));
      counts.pages++;
    } else if (file.endsWith('.css')) {
      referencesByFile.set(file, stylesheetReferences(read(file)));
      counts.stylesheets++;
    } else if (isManifest(file)) {
      counts.manifests++;
      try {
        referencesByFile.set(file, manifestReferences(JSON.parse(read(file))));
      } catch (error) {
        const reason = `not JSON: ${(error as Error).message}`;
        problems.push({
          page: addressOfFile(file, site),
          attribute: 'manifest',
          target: file,
          reason,
        });
      }
    }
  }

  const built: BuiltSite = {
    hasFile: (file) => fileSet.has(file),
    anchorsOf: (file) => anchorsByPage.get(file),
  };
  for (const [file, references] of referencesByFile) {
    counts.references += references.length;
    const result = checkReferences(addressOfFile(file, site), file, references, built, site);
    problems.push(...result.problems);
    external.push(...result.external);
  }
  return { problems, external, counts };
}
