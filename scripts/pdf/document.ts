/**
 * The text around the pages of the archive copy: the running header and
 * footer, and the document information Ghostscript writes when it makes the
 * PDF/A. Pure, so what ends up in the file can be tested without a browser.
 */

import { escapeHtml } from '../../src/domain/html';

/** What the print page says about itself (its <title>, <meta> tags and data attributes). */
export type EditionDocument = {
  /** The page's title, e.g. "Utgave 2026: Retningslinjer for sosiale medier | Verktøykassa". */
  title: string;
  /** The edition's label, e.g. "Utgave 2026". */
  editionLabel: string;
  /** The municipality. */
  author: string | null;
  /** The page's description. */
  subject: string | null;
  /** The adoption's case reference; null for the draft. */
  caseRef: string | null;
};

/**
 * Chromium's header and footer on every page: the edition and its case at the
 * top, "Side X av Y" at the foot. Chromium fills in the page numbers; the
 * templates have no page styles of their own, so the font size is set here.
 */
export function pageTemplates(document: EditionDocument): {
  headerTemplate: string;
  footerTemplate: string;
} {
  const style =
    'width:100%;margin:0 15mm;font-family:sans-serif;font-size:8pt;color:#333;display:flex;justify-content:space-between;';
  const caseRef = document.caseRef ? `Sak ${escapeHtml(document.caseRef)}` : '';
  return {
    headerTemplate:
      `<div style="${style}"><span>${escapeHtml(document.editionLabel)}</span>` +
      `<span>${caseRef}</span></div>`,
    footerTemplate:
      `<div style="${style}"><span>${escapeHtml(document.author ?? '')}</span>` +
      '<span>Side <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>',
  };
}

/**
 * Text that Debian's Ghostscript 10.0 keeps in a PDF/A's document information:
 * it drops any entry with a letter outside ASCII (its check for PDF/A-1 wrongly
 * applies to PDF/A-2 too), so "Verktøykassa" would leave the title empty. The
 * Norwegian letters are spelt as in the site's own addresses (verktoykassa,
 * tilgjengelighetserklaering), other accents are dropped, and typographic
 * marks become their plain forms. The pages themselves keep every letter.
 */
export function asciiForDocumentInfo(text: string): string {
  const spelt: Record<string, string> = {
    æ: 'ae',
    Æ: 'Ae',
    ø: 'o',
    Ø: 'O',
    å: 'a',
    Å: 'A',
    '–': '-',
    '—': '-',
    '«': '"',
    '»': '"',
    '“': '"',
    '”': '"',
    '’': "'",
    '·': '-',
  };
  return [...text]
    .map((letter) => spelt[letter] ?? letter)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '');
}

/** A PostScript string literal. */
function postScriptString(text: string): string {
  return `(${asciiForDocumentInfo(text).replace(/[\\()]/g, (mark) => `\\${mark}`)})`;
}

/**
 * The PostScript prefix that makes Ghostscript's output PDF/A: the document
 * information and an sRGB output intent, as in Ghostscript's own PDFA_def.ps,
 * with the number of colour components given (3, for RGB) instead of guessed.
 */
export function pdfaDefinition(document: EditionDocument, iccProfile: string): string {
  const info: [string, string | null][] = [
    ['Title', document.title],
    ['Author', document.author],
    ['Subject', document.subject],
    ['Keywords', document.caseRef],
  ];
  const entries = info
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `/${key} ${postScriptString(value)}`)
    .join(' ');
  return `%!
[ ${entries} /DOCINFO pdfmark
[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark
[{icc_PDFA} << /N 3 >> /PUT pdfmark
[{icc_PDFA} (${iccProfile.replace(/[\\()]/g, (mark) => `\\${mark}`)}) (r) file /PUT pdfmark
[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark
[{OutputIntent_PDFA} <<
  /Type /OutputIntent
  /S /GTS_PDFA1
  /DestOutputProfile {icc_PDFA}
  /OutputConditionIdentifier (sRGB)
>> /PUT pdfmark
[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark
`;
}
