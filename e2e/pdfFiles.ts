import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

/**
 * What the print and PDF checks read: a PDF's page count, text and metadata
 * (poppler-utils: pdfinfo, pdftotext), and what an edition must contain, read
 * from its sources rather than written out here.
 */

export const siteDir = path.resolve(__dirname, '..');
export const run = promisify(execFile);

export async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
}

/** The PDF's text, with runs of white space (line and page breaks) as one space. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.replace(/\s+/g, ' ');
}

/** The XMP metadata, where a PDF/A names its part and conformance level. */
export async function pdfMetadata(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-meta', file]);
  return stdout;
}

/** The fonts the PDF uses (pdffonts), each with whether it is embedded, as PDF/A requires. */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  // name, type, encoding, then emb, sub, uni (yes/no) and the object id; types hold spaces.
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const flags = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      return { name: line.split(/\s+/)[0]!, embedded: flags?.[1] === 'yes' };
    });
}

type EditionPage = { file: string; title: string; kind: string };

/** The guidelines and postulates of an edition (`current` for the draft), from their frontmatter. */
export function editionPages(edition: string): EditionPage[] {
  const folder =
    edition === 'current'
      ? path.join(siteDir, 'retningslinjer')
      : path.join(siteDir, 'retningslinjer_versioned_docs', `version-${edition}`);
  return readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .flatMap((file) => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const frontMatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as {
        kind?: string;
        title?: string;
      };
      const { kind, title } = frontMatter;
      return (kind === 'retningslinje' || kind === 'postulater') && title
        ? [{ file, title, kind }]
        : [];
    });
}

/** The adopted editions, newest first. */
export function adoptedEditions(): string[] {
  return JSON.parse(
    readFileSync(path.join(siteDir, 'retningslinjer_versions.json'), 'utf8'),
  ) as string[];
}

/** Who adopted an edition, when, and its case reference, from data/utgaver.yml. */
export function adoptionOf(edition: string): { case_ref: string; adopted_by: string } {
  const { editions } = parse(readFileSync(path.join(siteDir, 'data/utgaver.yml'), 'utf8')) as {
    editions: { edition: string; case_ref: string; adopted_by: string }[];
  };
  const record = editions.find((entry) => entry.edition === edition);
  if (!record) throw new Error(`data/utgaver.yml has no record of edition ${edition}`);
  return record;
}
