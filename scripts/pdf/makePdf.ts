import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { organisation as organisationSettings } from '../../organisation';
import { parseOrganisation } from '../../src/domain/organisation';
import { editionsLayout } from '../edition/makeEdition';
import { convertToPdfA, ghostscriptVersion } from './pdfa';
import { renderEditionPdf } from './render';
import { buildProblems, parsePdfArguments, pdfFileName, printPath } from './request';
import { serveBuild } from '../serve/serveBuild';

export type PdfOutcome =
  | { ok: true; file: string; pdfa: boolean; editionLabel: string }
  | { ok: false; problems: string[] };

function readVersions(siteDir: string): string[] {
  const file = path.join(siteDir, `${editionsLayout.pluginId}_versions.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/**
 * `npm run pdf -- <edition>`: one archivable PDF of an edition. Checks the
 * request and the build first, serves `build/` on a loopback port, prints the
 * edition's print page (/utgaver/<edition>/utskrift) with Chromium, and makes
 * it PDF/A-2b with Ghostscript. The file is written whole or not at all.
 */
export async function makeEditionPdf(
  siteDir: string,
  args: readonly string[],
): Promise<PdfOutcome> {
  const request = parsePdfArguments(args, readVersions(siteDir));
  if (!request.ok) return request;
  const { edition, outDir, pdfa } = request.value;
  const buildDir = path.join(siteDir, 'build');
  const problems = buildProblems(buildDir, edition, existsSync);
  if (pdfa && !(await ghostscriptVersion())) {
    problems.push(
      'making a PDF/A needs Ghostscript: apt-get install ghostscript (or add --no-pdfa for Chromium’s PDF as it is)',
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const { baseUrl } = parseOrganisation(organisationSettings);
  const server = await serveBuild(buildDir, baseUrl);
  const file = path.resolve(siteDir, outDir, pdfFileName(edition));
  const partial = `${file}.partial`;
  try {
    const { pdf, document } = await renderEditionPdf(
      `${server.origin}${printPath(baseUrl, edition)}`,
    );
    mkdirSync(path.dirname(file), { recursive: true });
    if (pdfa) {
      const chromiumPdf = `${file}.chromium.partial`;
      writeFileSync(chromiumPdf, pdf);
      try {
        await convertToPdfA(chromiumPdf, partial, document);
      } finally {
        rmSync(chromiumPdf, { force: true });
      }
    } else {
      writeFileSync(partial, pdf);
    }
    renameSync(partial, file);
    return { ok: true, file, pdfa, editionLabel: document.editionLabel };
  } catch (error) {
    rmSync(partial, { force: true });
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    await server.close();
  }
}
