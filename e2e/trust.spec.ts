import type { Page } from '@playwright/test';
import { expect, openHydrated, test, wcagViolations } from './fixtures';

/**
 * What a reader needs before trusting a page: where a rule stands, said at the
 * top; someone to ask, with an address; and, at a dead link, a way on.
 */

const guideline = '/retningslinjer/offisielle-kontoer';
const contactAddress = /^mailto:.+@.+/;

const documentNotFound =
  'Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Opens an address that does not exist and checks the server says so. The
 * browser logs the page's own 404 as a console error; that one is expected,
 * so it is taken off the list the fixture checks, and any other error stays.
 */
async function openMissing(page: Page, consoleErrors: string[], path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect.poll(() => consoleErrors.includes(documentNotFound)).toBe(true);
  consoleErrors.splice(consoleErrors.indexOf(documentNotFound), 1);
}

function statusBox(page: Page) {
  return page.locator('[data-status-line]');
}

function valueIn(page: Page, term: string) {
  return statusBox(page)
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('+ dd');
}

test.describe('status first', () => {
  test('a guideline says under its title whether it is in force, who adopted it, and when it is reviewed', async ({
    page,
  }) => {
    await openHydrated(page, guideline);
    const box = statusBox(page);
    await expect(box).toBeVisible();
    // Under the title, above the text.
    const order = await page.evaluate(() => {
      const heading = document.querySelector('main h1');
      const status = document.querySelector('[data-status-line]');
      const firstParagraph = document.querySelector('main .markdown > p');
      const follows = (a: Element | null, b: Element | null) =>
        Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { afterTitle: follows(heading, status), beforeText: follows(status, firstParagraph) };
    });
    expect(order).toEqual({ afterTitle: true, beforeText: true });
    await expect(valueIn(page, 'Status')).toHaveText('Vedtatt');
    await expect(valueIn(page, 'Vedtatt')).toContainText(/\d{4} av Kommunedirektøren/);
    await expect(valueIn(page, 'Utgave')).toHaveText(
      /^Utgave 2026-2, vedtatt \d{1,2}\. \w+ \d{4}$/,
    );
    await expect(valueIn(page, 'Neste gjennomgang')).toHaveText(/^\d{1,2}\. \w+ \d{4}$/);
    await box.getByRole('link', { name: 'Alle fakta om dokumentet' }).click();
    await expect(page.getByRole('region', { name: 'Om dokumentet' })).toBeInViewport();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the English guideline says the same in English, and a how-to has no box', async ({
    page,
  }) => {
    await openHydrated(page, `/en${guideline}`);
    await expect(valueIn(page, 'Status')).toHaveText('Adopted');
    await expect(valueIn(page, 'Next review')).toHaveText(/^\d{1,2} \w+ \d{4}$/);
    await openHydrated(page, '/veiledninger/samskriving');
    await expect(statusBox(page)).toHaveCount(0);
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the status box keeps its contrast', async ({ page }) => {
      await openHydrated(page, '/retningslinjer/postulater');
      await expect(statusBox(page)).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});

test.describe('someone to ask', () => {
  for (const { path, words } of [
    { path: '/tilgjengelighetserklaering', words: /kompetansesenteret@/ },
    { path: '/verktoy', words: /^Kompetansesenter for sosiale medier$/ },
    { path: guideline, words: /^Kompetansesenter for sosiale medier$/ },
    { path: '/en/tilgjengelighetserklaering', words: /kompetansesenteret@/ },
    { path: `/en${guideline}`, words: /^Competence Centre for Social Media$/ },
  ]) {
    test(`"get in touch" on ${path} links to the address`, async ({ page }) => {
      await openHydrated(page, path);
      const link = page.getByRole('main').getByRole('link', { name: words }).first();
      await expect(link).toHaveAttribute('href', contactAddress);
    });
  }
});

test.describe('a dead link', () => {
  for (const { path, title, search, other } of [
    {
      path: '/finnes-ikke/lenger',
      title: 'Vi finner ikke denne siden',
      search: 'Hva lette du etter?',
      other: 'Page not found. Go to the English site',
    },
    {
      // Static hosts give one 404 page per site; the English one is built at /en/404.html.
      path: '/en/404.html',
      title: 'We cannot find this page',
      search: 'What were you looking for?',
      other: 'Fant ikke siden. Gå til den norske forsiden',
    },
  ]) {
    test(`${path} offers search, the main paths, the decision tools and the contact`, async ({
      page,
      consoleErrors,
    }) => {
      if (path.endsWith('404.html')) await page.goto(path);
      else await openMissing(page, consoleErrors, path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const main = page.getByRole('main');
      for (const href of [
        '/retningslinjer',
        '/retningslinjer/postulater',
        '/verktoy',
        '/veiledninger',
        '/verktoy-for-a-bestemme',
      ]) {
        await expect(main.locator(`a[href$="${href}"]`)).toHaveCount(1);
      }
      await expect(main.getByRole('link', { name: /@/ })).toHaveAttribute('href', contactAddress);
      await expect(main.getByRole('link', { name: other })).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      // The search box takes the reader to the results page, with what they typed.
      await main.getByRole('searchbox', { name: search }).fill('arkivering');
      await main.getByRole('searchbox', { name: search }).press('Enter');
      await expect(page).toHaveURL(/\/sok\?q=arkivering$/);
    });
  }

  test('an unknown English address still points an English reader home', async ({
    page,
    consoleErrors,
  }) => {
    await openMissing(page, consoleErrors, '/en/no-such-page');
    await expect(
      page.getByRole('link', { name: 'Page not found. Go to the English site' }),
    ).toHaveAttribute('href', '/en/');
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the 404 page has no violations', async ({ page, consoleErrors }) => {
      await openMissing(page, consoleErrors, '/finnes-ikke');
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search form still works', async ({ page, consoleErrors }) => {
      await openMissing(page, consoleErrors, '/finnes-ikke');
      const main = page.getByRole('main');
      await main.getByRole('searchbox', { name: 'Hva lette du etter?' }).fill('konto');
      await main.getByRole('button', { name: 'Søk', exact: true }).click();
      await expect(page).toHaveURL(/\/sok\?q=konto$/);
    });
  });
});

test.describe('words a reader understands', () => {
  test('the catalogue says what its personal-data column means, and offers its data in plain words', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy');
    await expect(
      page.getByRole('columnheader', { name: /Tillatt med personopplysninger/ }),
    ).toBeVisible();
    const download = page.getByRole('link', { name: /Last ned hele katalogen/ });
    await expect(download).toHaveAttribute('href', '/verktoy.json');
    expect((await page.request.get('/verktoy.json')).ok()).toBe(true);
  });

  test('a tool advised against is not "used once the roles are in place"', async ({ page }) => {
    await openHydrated(page, '/verktoy/evernote');
    const panel = page.locator('[data-tool-panel="evernote"]');
    await expect(panel).toHaveAttribute('data-tool-status', 'frarådet');
    const warning = panel.locator('[data-missing-roles]');
    await expect(warning).toContainText('Verktøyet er frarådet og skal ikke tas i bruk.');
    await expect(warning).not.toContainText('Bruk verktøyet først');
  });
});
