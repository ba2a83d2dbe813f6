import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pdfaDefinition, type EditionDocument } from './document';

/**
 * PDF/A-2b with Debian's Ghostscript (`apt-get install ghostscript`): the
 * Chromium PDF is rewritten with every font embedded, colours in sRGB with an
 * sRGB output intent, and XMP metadata that names the conformance level
 * (pdfaid:part 2, conformance B). Level B (visual appearance) is what Ghostscript
 * can promise: it does not carry Chromium's tagged structure over, so not level A.
 */

/** Where Debian's Ghostscript keeps its sRGB profile (the package ships it in both places). */
export function srgbProfile(): string | null {
  const candidates = ['/usr/share/color/icc/ghostscript/srgb.icc'];
  const ghostscript = '/usr/share/ghostscript';
  if (existsSync(ghostscript)) {
    for (const version of readdirSync(ghostscript)) {
      candidates.push(path.join(ghostscript, version, 'iccprofiles', 'srgb.icc'));
    }
  }
  return candidates.find((file) => existsSync(file)) ?? null;
}

export async function ghostscriptVersion(): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)('gs', ['--version']);
    return stdout.trim();
  } catch {
    return null;
  }
}

/** Writes `input` (a PDF) to `output` as PDF/A-2b. */
export async function convertToPdfA(
  input: string,
  output: string,
  document: EditionDocument,
): Promise<void> {
  const profile = srgbProfile();
  if (!profile) {
    throw new Error(
      "Ghostscript's sRGB profile (srgb.icc) is missing: apt-get install ghostscript",
    );
  }
  const work = mkdtempSync(path.join(tmpdir(), 'verktoykassa-pdfa-'));
  try {
    const definition = path.join(work, 'PDFA_def.ps');
    writeFileSync(definition, pdfaDefinition(document, profile));
    await promisify(execFile)(
      'gs',
      [
        '-dPDFA=2',
        '-dBATCH',
        '-dNOPAUSE',
        '-dQUIET',
        '-dSAFER',
        `--permit-file-read=${profile}`,
        '-sDEVICE=pdfwrite',
        '-sColorConversionStrategy=RGB',
        // 1: leave out what PDF/A forbids (Chromium's own document information) and go on.
        '-dPDFACompatibilityPolicy=1',
        `-sOutputFile=${output}`,
        definition,
        input,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
