import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  adoptedEditions,
  adoptionOf,
  editionPages,
  pdfFonts,
  pdfMetadata,
  pdfPages,
  pdfText,
  run,
  siteDir,
} from './pdfFiles';

/**
 * `npm run pdf -- <edition>`, the archive copy of an edition, run as a reader
 * of the README would run it, against the build the e2e stage has made. The
 * command serves build/ on a loopback port of its own, so it does not depend
 * on Playwright's web server.
 */

const edition = adoptedEditions()[0]!;
const pdfCommand = (...args: string[]) =>
  run('npx', ['tsx', 'scripts/pdf.ts', ...args], { cwd: siteDir, timeout: 120_000 });

test.describe('the archive PDF of an edition', () => {
  test(`npm run pdf -- ${edition} writes one PDF/A with a title page, the contents and every guideline`, async () => {
    test.setTimeout(180_000);
    const outDir = test.info().outputPath('pdf');
    const { stdout } = await pdfCommand(edition, '--out-dir', outDir);
    const file = path.join(outDir, `verktoykassa-${edition}.pdf`);
    expect(stdout).toContain('PDF/A-2b');
    expect(existsSync(file)).toBe(true);

    const pages = editionPages(edition);
    const count = await pdfPages(file);
    // At least a title page, a contents page and one sheet for each guideline and the
    // postulates, as each starts on a fresh sheet; at most 12 sheets for each of them,
    // the limit the print check holds every guideline page to (e2e/print.spec.ts).
    expect(pages.length).toBeGreaterThan(1);
    expect(count).toBeGreaterThanOrEqual(2 + pages.length);
    expect(count).toBeLessThanOrEqual(2 + 12 * pages.length);

    const text = await pdfText(file);
    const adoption = adoptionOf(edition);
    expect(text).toContain(`Utgave ${edition}`);
    expect(text).toContain(adoption.case_ref);
    expect(text).toContain(adoption.adopted_by);
    for (const { title } of pages) expect(text, `the title of ${title}`).toContain(title);
    // Every page is numbered, "Side X av Y".
    expect(text).toContain(`Side 1 av ${count}`);
    expect(text).toContain(`Side ${count} av ${count}`);
    // Trees print as their outline; links print where they lead, on the public site.
    // An embedded tree prints as its questions and the address of the whole tree.
    expect(text).toContain('Spørsmålene i treet');
    expect(text).toMatch(/\(https:\/\/verktoykassa\.example\.no\/retningslinjer\/[a-z-]+/);
    // The copy keeps no trace of the loopback server it was printed from.
    expect(readFileSync(file).includes('127.0.0.1')).toBe(false);

    // PDF/A as the file declares it (XMP), and the part of it poppler can see: every font
    // embedded. No full validation (veraPDF) is available here.
    const metadata = await pdfMetadata(file);
    expect(metadata).toMatch(/pdfaid:part=['"]2['"]/);
    expect(metadata).toMatch(/pdfaid:conformance=['"]B['"]/);
    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(info).toMatch(new RegExp(`^Title:.*Utgave ${edition}`, 'm'));
    expect(info).toMatch(new RegExp(`^Keywords:\\s+${adoption.case_ref}$`, 'm'));
  });

  test('refuses an edition the site does not have, naming those it has', async () => {
    const refusal = await pdfCommand('1999').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refusal?.code).toBe(1);
    expect(refusal?.stderr).toContain(
      `"1999" is not an edition of the site; editions are ${[...adoptedEditions(), 'utkast'].join(', ')}`,
    );
  });
});
