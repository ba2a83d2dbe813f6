import path from 'node:path';
import { makeEditionPdf } from './pdf/makePdf';

/**
 * npm run build && npm run pdf -- 2026
 *
 * Writes pdf/verktoykassa-2026.pdf: the edition's title page with its adoption,
 * the contents, and every guideline and the postulates, as PDF/A-2b for the
 * municipality's records system. See README, "Print and archive".
 */
const siteDir = path.resolve(__dirname, '..');
void makeEditionPdf(siteDir, process.argv.slice(2)).then((outcome) => {
  if (outcome.ok) {
    const relative = path.relative(siteDir, outcome.file);
    console.log(
      `Wrote ${relative.startsWith('..') ? outcome.file : relative}: ${outcome.editionLabel}, ` +
        (outcome.pdfa ? 'PDF/A-2b.' : 'as Chromium printed it (not PDF/A).'),
    );
  } else {
    console.error(
      `No PDF was made:\n${outcome.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
});
