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

test.describe('printing a decision tree', () => {
  const treePage = '/beslutningstre/kan-jeg-publisere';

  test('at an outcome prints the reader’s answers, the outcome and its reasons, not the whole tree', async ({
    page,
  }) => {
    await openHydrated(page, `${treePage}?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja`);
    const file = await printToPdf(page, 'tree-outcome');
    const text = await pdfText(file);
    expect(text).toContain('Svarene dine');
    expect(text).toContain('Hvor skal du publisere? På en av kommunens kontoer');
    expect(text).toContain('Ja, når du har gått gjennom sjekklisten');
    expect(text).toContain('Dette bygger på:');
    expect(text).toContain('Svarene kan åpnes igjen på https://');
    expect(text).not.toContain('Alle spørsmål og svar');
    expect(text).not.toContain('Endre');
    // The summary prints on one page; two leave room for a long outcome text. The whole
    // outline, which this page printed before, took 12.
    expect(await pdfPages(file)).toBeLessThanOrEqual(2);
  });

  test('at a question prints the whole tree as a flat outline', async ({ page }) => {
    await openHydrated(page, treePage);
    const file = await printToPdf(page, 'tree-outline');
    const text = await pdfText(file);
    expect(text).toContain('Alle spørsmål og svar');
    expect(text).toContain('Spørsmål 1: Hvor skal du publisere?');
    // Every question and outcome once prints on 7 pages (the nested outline took 12); 9
    // leaves room to grow, and fails if the outline starts nesting or leaving blank pages again.
    expect(await pdfPages(file)).toBeLessThanOrEqual(9);
  });

  test('embedded in a guideline prints short, at a question and at an outcome', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/ansattes-bruk');
    const atQuestion = await printToPdf(page, 'embedded-question');
    const atQuestionPages = await pdfPages(atQuestion);
    expect(await pdfText(atQuestion)).toContain('Spørsmålene i treet');

    await openHydrated(
      page,
      '/retningslinjer/ansattes-bruk?kan-jeg-publisere=kommunens-konto.nei.nei.nei.ja',
    );
    const atOutcome = await printToPdf(page, 'embedded-outcome');
    const text = await pdfText(atOutcome);
    expect(text).toContain('Svarene dine');
    // The tree at its outcome prints the summary in place of its list of questions.
    expect(text).not.toContain(
      'Hele treet med alle svar og utfall: /beslutningstre/kan-jeg-publisere',
    );
    // The guideline prints on about 7 pages with its trees as lists of their questions (the
    // nested outline made it 16); 9 leaves room for the text to grow. At an outcome the
    // reader's summary replaces the list, so it is no longer.
    expect(atQuestionPages).toBeLessThanOrEqual(9);
    expect(await pdfPages(atOutcome)).toBeLessThanOrEqual(atQuestionPages + 1);
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
