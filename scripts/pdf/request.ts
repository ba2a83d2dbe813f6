import path from 'node:path';
import { draftPath, printPathOf } from '../../plugins/editions';

/**
 * What `npm run pdf -- <edition>` is asked to do, checked before anything runs.
 * Pure: the caller reads the site's editions and the build folder and passes
 * them in, so every refusal can be tested without a build.
 */

export const usage =
  'npm run pdf -- <edition> [--out-dir <folder>] [--no-pdfa]\n' +
  '  <edition>   an adopted edition (e.g. 2026) or utkast, the draft\n' +
  '  --out-dir   where to write verktoykassa-<edition>.pdf (default: pdf)\n' +
  '  --no-pdfa   keep Chromium’s PDF as it is, without making it PDF/A (needs no Ghostscript)';

export type PdfRequest = {
  edition: string;
  /** Relative to the site folder unless absolute. */
  outDir: string;
  pdfa: boolean;
};

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The editions a PDF can be made of: the adopted ones, newest first, then the draft. */
export function editionNames(versions: readonly string[]): string[] {
  return [...versions, draftPath];
}

/** The archive file's name: one per edition, so a new run replaces the old copy. */
export function pdfFileName(edition: string): string {
  return `verktoykassa-${edition}.pdf`;
}

/** The path of the edition's print view on the site (the default locale's). */
export function printPath(baseUrl: string, edition: string): string {
  return printPathOf(baseUrl, edition);
}

/** The built page of the edition's print view, as `docusaurus build` writes it (trailingSlash: false). */
export function printPageFile(buildDir: string, edition: string): string {
  return path.join(buildDir, `${printPathOf('/', edition)}.html`);
}

export function parsePdfArguments(
  args: readonly string[],
  versions: readonly string[],
): Checked<PdfRequest> {
  const problems: string[] = [];
  const positional: string[] = [];
  let outDir = 'pdf';
  let pdfa = true;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--no-pdfa') pdfa = false;
    else if (arg === '--out-dir') {
      const value = args[index + 1];
      if (!value || value.startsWith('--')) {
        problems.push('--out-dir needs a folder');
      } else {
        outDir = value;
        index++;
      }
    } else if (arg.startsWith('--')) problems.push(`${arg} is not an option`);
    else positional.push(arg);
  }
  const names = editionNames(versions);
  const [edition] = positional;
  if (edition === undefined) {
    problems.push(`name the edition: ${names.join(', ')}`);
  } else if (!names.includes(edition)) {
    problems.push(`"${edition}" is not an edition of the site; editions are ${names.join(', ')}`);
  }
  if (positional.length > 1) problems.push(`one edition at a time, not ${positional.join(', ')}`);
  if (problems.length > 0 || edition === undefined) {
    return { ok: false, problems: [...problems, `usage: ${usage}`] };
  }
  return { ok: true, value: { edition, outDir, pdfa } };
}

/** Refuses a missing build, or one made without this edition (`EDITIONS=…`), naming the fix. */
export function buildProblems(
  buildDir: string,
  edition: string,
  exists: (file: string) => boolean,
): string[] {
  if (!exists(path.join(buildDir, 'index.html'))) {
    return [`there is no built site in ${buildDir}: run \`npm run build\` first`];
  }
  if (!exists(printPageFile(buildDir, edition))) {
    return [
      `the built site in ${buildDir} has no print page for ${edition} ` +
        `(${path.relative(buildDir, printPageFile(buildDir, edition))}): ` +
        'build every edition with `npm run build` (without EDITIONS=…)',
    ];
  }
  return [];
}
