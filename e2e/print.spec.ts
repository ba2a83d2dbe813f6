import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openHydrated, test, wcagViolations } from './fixtures';
import { adoptedEditions, editionPages, pdfPages, pdfText } from './pdfFiles';

/**
 * Paper: what a reader gets from the browser's print, and the edition's print
 * page that `npm run pdf` archives. Page counts come from Chromium's own PDF of
 * the page (page.pdf() prints with the print stylesheet and fires beforeprint).
 */

const edition = adoptedEditions()[0]!;
const guidelines = editionPages(edition).filter((page) => page.kind === 'retningslinje');
const slugOf = (file: string) => file.replace(/\.mdx?$/, '');

async function printToPdf(page: Page, name: string): Promise<string> {
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  return file;
}

test.describe('printing a guideline', () => {
  test('leaves out navigation, keeps the edition and the facts, and prints embedded trees as their questions', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/ansattes-bruk');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoved' })).toBeHidden();
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await expect(page.locator('.theme-doc-breadcrumbs')).toBeHidden();
    for (const toc of await page.locator('.theme-doc-toc-mobile, .theme-doc-toc-desktop').all()) {
      await expect(toc).toBeHidden();
    }
    await expect(page.locator('.theme-layout-footer')).toBeHidden();
    await expect(page.locator('.theme-doc-version-badge')).toHaveText(`Versjon: Utgave ${edition}`);
    await expect(page.locator('.theme-doc-version-badge')).toBeVisible();
    const facts = page.getByRole('region', { name: 'Om dokumentet' });
    await expect(facts).toBeVisible();
    await expect(facts).toContainText('Ansvarlig');
    await expect(facts).toContainText('Neste gjennomgang');
    const tree = page.locator('[data-decision-tree]').first();
    // Embedded in a guideline, a tree prints as its questions and a link to the whole tree.
    await expect(tree.locator('[data-tree-outline]')).toBeHidden();
    await expect(tree.locator('[data-tree-print-summary]')).toBeVisible();
    // The interactive part (one question at a time, with its buttons) is for the screen.
    expect(await tree.locator('button').count()).toBeGreaterThan(0);
    for (const button of await tree.locator('button').all()) await expect(button).toBeHidden();

    const text = await pdfText(await printToPdf(page, 'ansattes-bruk'));
    expect(text).toContain('Ansattes bruk av sosiale medier');
    expect(text).toContain(`Versjon: Utgave ${edition}`);
    expect(text).toContain('Spørsmålene i treet');
    // Link addresses in content: external as written, internal on the public site, anchors not at all.
    expect(text).toContain('(https://lovdata.no/lov/1814-05-17)');
    expect(text).toMatch(/\(https:\/\/verktoykassa\.example\.no\/retningslinjer\/[a-z-]+/);
    expect(text).not.toContain('(#');
    expect(text).not.toContain('Gå til hovedinnhold');
  });

  for (const { file, title } of guidelines) {
    test(`${title} prints on at most 12 A4 pages`, async ({ page }) => {
      await openHydrated(page, `/retningslinjer/${slugOf(file)}`);
      // The longest guideline (two trees and a checklist) prints on about 7 pages; 12 leaves
      // room for the text to grow, and fails when the outline leaves blank pages behind it
      // again (a question that avoided page breaks made the same page 28 pages long).
      expect(await pdfPages(await printToPdf(page, slugOf(file)))).toBeLessThanOrEqual(12);
    });
  }

  test('opens collapsed parts for print, and closes them again after', async ({ page }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    await page.locator('.markdown').evaluate((markdown) => {
      markdown.insertAdjacentHTML(
        'beforeend',
        '<details id="skjult"><summary>Mer om arkivering</summary><p>Tekst bak en lukket detalj.</p></details>',
      );
    });
    const details = page.locator('#skjult');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(details).toHaveAttribute('open', '');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(details).not.toHaveAttribute('open', '');

    const text = await pdfText(await printToPdf(page, 'arkivering'));
    expect(text).toContain('Tekst bak en lukket detalj.');
    await expect(details).not.toHaveAttribute('open', '');
  });

  test('a checklist prints every item, without its buttons', async ({ page }) => {
    await openHydrated(page, '/sjekkliste/ny-konto');
    await page.emulateMedia({ media: 'print' });
    const checklist = page.locator('[data-checklist="ny-konto"]');
    await expect(checklist.getByRole('checkbox').first()).toBeVisible();
    await expect(checklist.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoved' })).toBeHidden();
  });
});

test.describe('the print page of an edition', () => {
  const printPage = `/utgaver/${edition}/utskrift`;

  test('has a title page with the adoption, the contents, and every guideline and the postulates', async ({
    page,
  }) => {
    await openHydrated(page, printPage);
    const titlePage = page.getByRole('region', { name: 'Retningslinjer for sosiale medier' });
    await expect(titlePage).toContainText(`Utgave ${edition}`);
    await expect(titlePage).toContainText('Saksnummer');
    const pages = editionPages(edition);
    const contents = page.getByRole('navigation', { name: 'Innhold' }).getByRole('link');
    await expect(contents).toHaveCount(pages.length);
    for (const link of await contents.all()) {
      const target = (await link.getAttribute('href'))!;
      await expect(page.locator(`article${target}`)).toHaveCount(1);
    }
    for (const { title } of pages) {
      await expect(page.locator('article h1', { hasText: title })).toHaveCount(1);
    }
    // Each page keeps its facts; the postulates render from their own frontmatter.
    await expect(page.locator('article [data-doc-facts]')).toHaveCount(pages.length);
    await expect(page.locator('article [data-postulate]').first()).toBeVisible();
    // Kept out of search engines and the sitemap (so the sitemap-wide checks do not see it):
    // every word of it is on its own page already.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    expect(await wcagViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoved' })).toBeHidden();
    await expect(page.getByText('Denne siden samler hele utgaven')).toBeHidden();
    // The copy is a blank form: no one's ticks or printing date.
    await expect(page.locator('[data-checklist] [data-reader-state]').first()).toBeHidden();
  });
});
