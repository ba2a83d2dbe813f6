import type { Page, Request } from '@playwright/test';
import { expect, openHydrated, test, waitForSettledPage, wcagViolations } from './fixtures';

/** Requests for the search's own files: Pagefind's bundle and the word lists. */
function searchRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (/\/(pagefind|pagefind-utgaver|sokeord)\//.test(new URL(request.url()).pathname))
      requests.push(request);
  });
  return requests;
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Søk i Verktøykassa' });

/** The results page's result links, once it has answered `query`. */
async function resultLinks(page: Page, query: string) {
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('data-search-status', 'done');
  await expect(status).toHaveAttribute('data-search-query', query);
  return page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link');
}

test.describe('the search box in the navbar', () => {
  test('downloads nothing of the index until a reader types, and nothing again on the next page', async ({
    page,
  }) => {
    const requests = searchRequests(page);
    await openHydrated(page, '/retningslinjer/arkivering');
    await searchBox(page).focus();
    expect(requests).toHaveLength(0);
    await searchBox(page).fill('kontoene');
    await expect(page.getByRole('option', { name: /Kommunens offisielle kontoer/ })).toBeVisible();
    const afterFirstSearch = requests.length;
    expect(afterFirstSearch).toBeGreaterThan(0);
    await page
      .getByRole('option', { name: /Kommunens offisielle kontoer/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/retningslinjer\/offisielle-kontoer/);
    await waitForSettledPage(page);
    // The next search on the next page finds Pagefind in place: no second download of it.
    await searchBox(page).fill('kontoene');
    await expect(page.getByRole('option').first()).toBeVisible();
    const reloaded = requests
      .slice(afterFirstSearch)
      .map((request) => new URL(request.url()).pathname)
      .filter((path) => /pagefind\.js$|\.pf_meta$|wasm\./.test(path));
    expect(reloaded).toEqual([]);
  });

  test('"/" jumps to the box, arrow keys choose a result and Enter opens it', async ({ page }) => {
    await openHydrated(page, '/');
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('journalføringen');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('Arkivering og journalføring');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(searchBox(page)).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id'))!,
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/retningslinjer\/arkivering/);
  });

  test('Ctrl+K jumps to the box; Enter without a choice opens the results page with the query in the address', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy');
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('samtykke');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sok\?q=samtykke$/);
    await expect((await resultLinks(page, 'samtykke')).first()).toContainText(
      'Personvern, bilder og samtykke',
    );
  });

  test('the open suggestions pass axe, in light and dark mode, and the shortcut hint is readable', async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openHydrated(page, '/');
      expect(await wcagViolations(page), `${colorScheme}, closed`).toEqual([]);
      await searchBox(page).fill('samtykke');
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await wcagViolations(page), `${colorScheme}, open`).toEqual([]);
    }
  });

  test('works on a phone: a button-sized box that opens across the navbar, results within the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openHydrated(page, '/');
    const box = searchBox(page);
    const closed = await box.boundingBox();
    // About a finger's width: the site's title keeps the rest of the bar.
    expect(closed!.width).toBeLessThanOrEqual(56);
    await box.tap().catch(() => box.click());
    await box.fill('facebookside barnehage');
    const option = page.getByRole('option', { name: /Facebook-side for barnehagen/ }).first();
    await expect(option).toBeVisible();
    const opened = await page.getByRole('listbox').boundingBox();
    expect(opened!.x).toBeGreaterThanOrEqual(0);
    expect(opened!.x + opened!.width).toBeLessThanOrEqual(375);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(1);
    await option.click();
    await expect(page).toHaveURL(/\/veiledninger\/facebookside-for-barnehagen/);
  });
});

test.describe('the results page', () => {
  test('shows each result’s title, kind, section and a snippet with the words marked', async ({
    page,
  }) => {
    await openHydrated(page, '/sok?q=risikoanalyse');
    const links = await resultLinks(page, 'risikoanalyse');
    await expect(links.first()).toContainText('ROS-analyse');
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first).toContainText(/Veiledning|Sjekkliste/);
    await expect(first.locator('mark').first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('narrows to one kind of content and keeps the choice in the address', async ({ page }) => {
    await openHydrated(page, '/sok?q=publisering');
    await resultLinks(page, 'publisering');
    await page.getByRole('combobox', { name: 'Vis' }).selectOption('verktoy');
    await expect(page).toHaveURL(/type=verktoy/);
    const links = await resultLinks(page, 'publisering');
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((all) =>
      all.map((link) => (link as HTMLAnchorElement).pathname),
    ))
      expect(href).toMatch(/^\/verktoy\//);
  });

  test('searches the edition in force by default, and older editions on request', async ({
    page,
  }) => {
    await openHydrated(page, '/sok?q=journalf%C3%B8ringen');
    let hrefs = await (
      await resultLinks(page, 'journalføringen')
    ).evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/retningslinjer/arkivering');
    expect(hrefs.filter((href) => /^\/retningslinjer\/(\d{4}|utkast)/.test(href))).toEqual([]);

    await page.getByRole('checkbox', { name: /eldre utgaver/ }).check();
    await expect(page).toHaveURL(/utgaver=alle/);
    hrefs = await (
      await resultLinks(page, 'journalføringen')
    ).evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/retningslinjer/2025/arkivering');
    await expect(
      page.getByRole('main').getByRole('listitem').filter({ hasText: 'Utgave 2025' }).first(),
    ).toBeVisible();
  });

  test('corrects a typo and says so', async ({ page }) => {
    await openHydrated(page, '/sok?q=arkiverng');
    await expect((await resultLinks(page, 'arkiverng')).first()).toContainText('Arkivering');
    const status = page.locator('[data-search-status]');
    await expect(status).toContainText('arkivering');
    await expect(status).toContainText('skrivefeil');
  });

  test('finds, among the first three, a tool by a synonym, a postulate by its id, a checklist by an item and a glossary term', async ({
    page,
  }) => {
    const cases: [string, RegExp][] = [
      ['yammer', /^\/verktoy\/viva-engage/],
      ['lytt-forst', /^\/retningslinjer\/postulater/],
      ['navngitte administratorer tilgang', /^\/sjekkliste\/ny-konto/],
      ['taushetsplikt', /^\/ordliste|^\/retningslinjer/],
    ];
    for (const [query, expected] of cases) {
      await openHydrated(page, `/sok?q=${encodeURIComponent(query)}`);
      const paths = await (
        await resultLinks(page, query)
      ).evaluateAll((links) =>
        links.slice(0, 3).map((link) => (link as HTMLAnchorElement).pathname),
      );
      expect(
        paths.some((path) => expected.test(path)),
        `${query}: ${paths.join(', ')}`,
      ).toBe(true);
    }
  });

  test('with no results, points to the tool tree, the catalogue and a person to ask', async ({
    page,
  }) => {
    await openHydrated(page, '/sok?q=qzxvbnm');
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveAttribute('data-search-status', 'done');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Kan jeg bruke verktøyet?' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Verktøykatalogen' })).toBeVisible();
    await expect(main.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('searches the English site in English, and only the English site', async ({ page }) => {
    await openHydrated(page, '/en/sok?q=archiving');
    const hrefs = await (
      await resultLinks(page, 'archiving')
    ).evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs.slice(0, 3)).toContain('/en/retningslinjer/arkivering');
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the navbar box is a form that opens the results page, which says what it needs', async ({
    page,
  }) => {
    await page.goto('/retningslinjer/arkivering');
    const box = page.getByRole('combobox', { name: 'Søk i Verktøykassa' });
    await box.fill('samtykke');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/sok\?q=samtykke/);
    await expect(page.getByText('Søket trenger JavaScript')).toBeVisible();
  });
});
