import type { Page } from '@playwright/test';
import { expect, openHydrated, test, wcagViolations } from './fixtures';

const rows = (page: Page) => page.locator('[data-tool-catalogue] tbody tr');

test.describe('the tool catalogue', () => {
  test('filters by URL, so a filtered view can be shared', async ({ page }) => {
    await openHydrated(page, '/verktoy?status=frarådet');
    await expect(rows(page)).not.toHaveCount(0);
    for (const status of await rows(page)
      .locator('td[data-status]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-status')))) {
      expect(status).toBe('frarådet');
    }
    await expect(
      page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Frarådet' }),
    ).toBeChecked();
  });

  test('filters as the reader ticks and types, and writes the view into the URL', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy');
    const total = await rows(page).count();
    expect(total).toBeGreaterThanOrEqual(12);
    await page
      .getByRole('group', { name: 'Kategori' })
      .getByRole('checkbox', { name: 'Video og direktesending' })
      .check();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page)).toContainText(['Vimeo', 'YouTube']);
    await expect(page).toHaveURL(/kategori=video/);
    await page.getByRole('button', { name: 'Vis alle' }).click();
    await page.getByRole('searchbox', { name: 'Søk i katalogen' }).fill('wordpress');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('WordPress');
  });

  test('keeps the filtered view when the reader opens a tool at once and comes back', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy');
    await page
      .getByRole('group', { name: 'Status' })
      .getByRole('checkbox', { name: 'Frarådet' })
      .check();
    const first = rows(page).first().locator('th a');
    const name = await first.textContent();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '');
    await page.goBack();
    await expect(page).toHaveURL(/status=frar%C3%A5det|status=frarådet/);
    await expect(
      page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Frarådet' }),
    ).toBeChecked();
    for (const status of await rows(page)
      .locator('td[data-status]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-status')))) {
      expect(status).toBe('frarådet');
    }
  });

  test('counts the tools that lack an owner, administrator or support, and marks them', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy');
    const count = page.locator('[data-missing-roles-count]');
    await expect(count).toBeVisible();
    const missing = Number(await count.getAttribute('data-missing-roles-count'));
    expect(missing).toBeGreaterThan(0);
    await expect(
      page.locator('[data-tool-catalogue] tbody').getByText('Mangler ansvar'),
    ).toHaveCount(missing);
  });

  test('sorts by a column', async ({ page }) => {
    await openHydrated(page, '/verktoy');
    await page.getByRole('button', { name: 'Verktøy', exact: true }).click();
    const names = await rows(page).locator('th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    await expect(page).toHaveURL(/sorter=navn/);
  });

  test('publishes the whole catalogue as JSON', async ({ request }) => {
    const response = await request.get('/verktoy.json');
    expect(response.ok()).toBe(true);
    const catalogue = await response.json();
    expect(catalogue.formatVersion).toBe(1);
    expect(catalogue.tools.length).toBeGreaterThanOrEqual(12);
    expect(catalogue.tools.find((tool: { id: string }) => tool.id === 'wordpress')).toMatchObject({
      status: 'anbefalt',
      dataLocation: 'norge',
    });
  });

  test('has no WCAG violations, filtered or not', async ({ page }) => {
    await openHydrated(page, '/verktoy');
    expect(await wcagViolations(page)).toEqual([]);
    await openHydrated(page, '/verktoy?status=tillatt&sorter=-navn');
    expect(await wcagViolations(page)).toEqual([]);
  });
});

test.describe('the radar', () => {
  test('opens a tool from its blip by keyboard', async ({ page }) => {
    await openHydrated(page, '/verktoy/radar');
    const blip = page.locator('[data-blip="wordpress"]');
    await blip.focus();
    await expect(blip).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-blip]:focus')).toHaveCount(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/verktoy\/wordpress$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('WordPress');
  });

  test('has a blip for every tool and no WCAG violations', async ({ page }) => {
    await openHydrated(page, '/verktoy/radar');
    const tools = await (await page.request.get('/verktoy.json')).json();
    await expect(page.locator('[data-blip]')).toHaveCount(tools.tools.length);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('fits on an A4 page when printed', async ({ page }) => {
    await openHydrated(page, '/verktoy/radar');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.emulateMedia({ media: 'print' });
    const width = await page
      .locator('[data-tool-radar] svg')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    // 160 mm at 96 dpi, the width left on A4 after margins.
    expect(width).toBeLessThanOrEqual(Math.ceil((160 / 25.4) * 96));
  });
});

test.describe('a tool page', () => {
  test('starts with the status panel and ends with the history', async ({ page }) => {
    await openHydrated(page, '/verktoy/wordpress');
    const panel = page.getByRole('region', { name: 'Status for WordPress' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Anbefalt');
    await expect(panel.locator('dt', { hasText: 'Data lagres' }).locator('+ dd')).toHaveText(
      'Norge',
    );
    // The review dates are in the panel, and only there.
    await expect(panel.locator('dt', { hasText: 'Neste vurdering' })).toHaveCount(1);
    const pageFacts = page.getByRole('region', { name: 'Om dokumentet' });
    await expect(pageFacts.locator('dt', { hasText: 'Ansvarlig' })).toHaveCount(1);
    await expect(pageFacts.locator('dt', { hasText: /gjennomgang|gjennomgått/ })).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'Statushistorikk' }).getByRole('listitem').first(),
    ).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('warns when a role is missing', async ({ page }) => {
    const tools = await (await page.request.get('/verktoy.json')).json();
    const lacking = tools.tools.find(
      (tool: { missingRoles: string[] }) => tool.missingRoles.length > 0,
    );
    await openHydrated(page, `/verktoy/${lacking.id}`);
    await expect(page.getByText('Mangler ansvar.')).toBeVisible();
  });
});

test('compares tools side by side, with the choice in the URL', async ({ page }) => {
  await openHydrated(page, '/verktoy/sammenlign?verktoy=facebook,wordpress');
  await expect(page.locator('[data-compared]')).toHaveAttribute(
    'data-compared',
    'facebook wordpress',
  );
  await page.getByRole('checkbox', { name: 'Prezi' }).check();
  await expect(page).toHaveURL(
    /verktoy=facebook%2Cwordpress%2Cprezi|verktoy=facebook,wordpress,prezi/,
  );
  await expect(
    page.getByRole('table', { name: /^Sammenligning/ }).getByRole('columnheader'),
  ).toHaveText(['Facebook', 'WordPress', 'Prezi']);
  expect(await wcagViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue table is complete', async ({ page, request }) => {
    const tools = await (await request.get('/verktoy.json')).json();
    await page.goto('/verktoy?status=frarådet');
    await expect(rows(page)).toHaveCount(tools.tools.length);
  });
});
