// From @playwright/test, the declared dependency (playwright-core comes with it).
import { chromium } from '@playwright/test';
import { pageTemplates, type EditionDocument } from './document';

/** Debian's Chromium, as in playwright.config.ts; Playwright downloads no browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type RenderedEdition = { pdf: Buffer; document: EditionDocument };

/**
 * Opens the edition's print page in headless Chromium and prints it to A4.
 * Waits for hydration (the checklists' boxes and the print client module are
 * then in place) and for the fonts. Links are made absolute against the site's
 * public address first, so the archive copy never points at this machine's
 * loopback server. A page error fails the run: a half-rendered page must not
 * reach the archive.
 */
export async function renderEditionPdf(url: string): Promise<RenderedEdition> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'nb-NO' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 30_000 });
    await page.evaluate(() => window.document.fonts.ready);
    if (errors.length > 0) throw new Error(`the print page has errors: ${errors.join('; ')}`);

    // No named functions inside: tsx would wrap them in a helper the browser does not have.
    const document: EditionDocument = await page.evaluate(() => {
      const page = window.document;
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical) {
        const site = new URL(canonical);
        page.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((link) => {
          const href = link.getAttribute('href')!;
          if (!href.startsWith('#')) link.setAttribute('href', new URL(href, site).href);
        });
      }
      const [author, subject, caseRef] = ['author', 'description', 'keywords'].map(
        (name) => page.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null,
      );
      return {
        title: page.title,
        editionLabel:
          page.querySelector<HTMLElement>('[data-edition-print]')?.dataset.editionLabel ?? '',
        author: author ?? null,
        subject: subject ?? null,
        caseRef: caseRef ?? null,
      };
    });
    if (!document.editionLabel) throw new Error(`${url} is not an edition's print page`);

    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(document),
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      outline: true,
      tagged: true,
    });
    return { pdf, document };
  } finally {
    await browser.close();
  }
}
