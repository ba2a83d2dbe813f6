import { describe, expect, it } from 'vitest';
import {
  asciiForDocumentInfo,
  pageTemplates,
  pdfaDefinition,
  type EditionDocument,
} from './document';

const edition: EditionDocument = {
  title: 'Utgave 2026: Retningslinjer for sosiale medier | Verktøykassa',
  editionLabel: 'Utgave 2026',
  author: 'Tromsø kommune',
  subject: 'Hele «Utgave 2026» – samlet (for arkiv)',
  caseRef: '2026/2187',
};

describe('the archive copy’s running text and document information', () => {
  it('puts the edition and its case at the top of each page, "Side X av Y" at the foot', () => {
    const { headerTemplate, footerTemplate } = pageTemplates(edition);
    expect(headerTemplate).toContain('<span>Utgave 2026</span>');
    expect(headerTemplate).toContain('Sak 2026/2187');
    expect(footerTemplate).toContain(
      'Side <span class="pageNumber"></span> av <span class="totalPages"></span>',
    );
    expect(footerTemplate).toContain('Tromsø kommune');
  });

  it('escapes the page’s text in the templates, and leaves out the case of the draft', () => {
    const { headerTemplate } = pageTemplates({
      ...edition,
      editionLabel: 'Utkast <ny>',
      caseRef: null,
    });
    expect(headerTemplate).toContain('Utkast &lt;ny&gt;');
    expect(headerTemplate).not.toContain('Sak');
  });

  it('spells document information in ASCII, the Norwegian letters as the site’s addresses do', () => {
    expect(asciiForDocumentInfo('Verktøykassa for Værøy og Åfjord – «ny»')).toBe(
      'Verktoykassa for Vaeroy og Afjord - "ny"',
    );
    expect(asciiForDocumentInfo('Saint-Étienne ﬁl')).toBe('Saint-Etienne fil');
  });

  it('defines the document information and an sRGB output intent for Ghostscript', () => {
    const definition = pdfaDefinition(edition, '/usr/share/color/icc/ghostscript/srgb.icc');
    expect(definition).toContain(
      '/Title (Utgave 2026: Retningslinjer for sosiale medier | Verktoykassa)',
    );
    expect(definition).toContain('/Author (Tromso kommune)');
    expect(definition).toContain('/Subject (Hele "Utgave 2026" - samlet \\(for arkiv\\))');
    expect(definition).toContain('/Keywords (2026/2187)');
    expect(definition).toContain('(/usr/share/color/icc/ghostscript/srgb.icc) (r) file');
    expect(definition).toContain('/S /GTS_PDFA1');
    expect(pdfaDefinition({ ...edition, caseRef: null }, 'srgb.icc')).not.toContain('/Keywords');
  });
});
