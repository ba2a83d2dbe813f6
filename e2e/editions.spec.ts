import { expect, openHydrated, test, wcagViolations } from './fixtures';

/**
 * Adopted editions: which rules apply today, which applied before, and what
 * changed between them. Runs against the editions in the repository (2025,
 * 2026 and the draft).
 */

test.describe('editions of the guidelines', () => {
  test('the version menu lists every edition and the draft, and keeps the reader on the same page', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    const menu = page
      .getByRole('navigation', { name: 'Hoved' })
      .getByRole('button', { name: 'Utgave 2026-2' });
    // The menu opens on hover or keyboard focus; its links are in the page either way,
    // so they are read without depending on where the mouse ends up.
    const items = page
      .locator('.dropdown')
      .filter({ has: page.getByRole('button', { name: 'Utgave 2026-2' }) })
      .getByRole('link', { includeHidden: true });
    await expect(items).toHaveText([
      'Utkast',
      'Utgave 2026-2',
      'Utgave 2026',
      'Utgave 2025',
      'Alle utgaver',
    ]);
    // Each edition's link keeps the reader on the same page.
    await expect(items.filter({ hasText: 'Utgave 2025' })).toHaveAttribute(
      'href',
      '/retningslinjer/2025/arkivering',
    );
    await menu.focus();
    await page.keyboard.press('Enter');
    await items.filter({ hasText: 'Utgave 2025' }).click();
    await expect(page).toHaveURL(/\/retningslinjer\/2025\/arkivering$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkivering og journalføring');
  });

  test('an older edition says which it is, when it was adopted, and links to the page in force', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/2025/arkivering');
    const banner = page.locator('[data-edition-banner="superseded"]');
    await expect(banner).toContainText(
      'Du leser Utgave 2025, vedtatt 10. mars 2025 (sak 2025/1432).',
    );
    await expect(banner).toContainText('Den er erstattet av Utgave 2026-2');
    await banner.getByRole('link', { name: 'Les denne siden i Utgave 2026-2' }).click();
    await expect(page).toHaveURL(/\/retningslinjer\/arkivering$/);
    await expect(page.locator('[data-edition-banner]')).toHaveCount(0);
  });

  test('the draft says it does not apply yet, and links to the same page in force', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/utkast/arkivering');
    const banner = page.locator('[data-edition-banner="draft"]');
    await expect(banner).toContainText('Det er ikke vedtatt og gjelder ikke ennå.');
    await expect(
      banner.getByRole('link', { name: 'Les denne siden i Utgave 2026-2' }),
    ).toHaveAttribute('href', '/retningslinjer/arkivering');
  });

  test('an edition starts with its adoption: who, when and which case', async ({ page }) => {
    await openHydrated(page, '/retningslinjer/2025');
    const facts = page.getByRole('region', { name: 'Utgave 2025' });
    await expect(facts).toContainText('Kommunedirektøren');
    await expect(facts).toContainText('10. mars 2025');
    await expect(facts).toContainText('2025/1432');
    await expect(facts).toContainText('Erstattet av en nyere utgave');
  });

  test('the English site names the editions in English', async ({ page }) => {
    await openHydrated(page, '/en/retningslinjer/2025/arkivering');
    await expect(page.locator('[data-edition-banner="superseded"]')).toContainText(
      'You are reading Edition 2025, adopted on 10 March 2025 (case 2025/1432).',
    );
  });

  for (const path of [
    '/utgaver',
    '/utgaver/2026/hva-er-endret',
    '/retningslinjer/2025/arkivering',
  ]) {
    test(`${path} has no WCAG violations`, async ({ page }) => {
      await openHydrated(page, path);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});

test.describe('what changed, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists the new page and marks the changed words of each changed page', async ({ page }) => {
    await page.goto('/utgaver/2026/hva-er-endret');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hva er endret i Utgave 2026');
    const added = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Nye sider' }) });
    await expect(added.getByRole('link', { name: 'Kommunens offisielle kontoer' })).toBeVisible();
    const archiving = page
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: 'Arkivering og journalføring' }) });
    await expect(archiving.locator('del').filter({ hasText: 'innen tre virkedager' })).toHaveCount(
      1,
    );
    await expect(
      archiving.locator('ins').filter({ hasText: 'samme dag eller senest neste virkedag' }),
    ).toHaveCount(1);
    const unchanged = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Uendrede sider' }) });
    await expect(
      unchanged.getByRole('link', { name: 'Personvern, bilder og samtykke' }),
    ).toBeVisible();
  });

  test('the list of editions leads to each one and to what changed', async ({ page }) => {
    await page.goto('/utgaver');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Utkast',
      'Utgave 2026-2',
      'Utgave 2026',
      'Utgave 2025',
    ]);
    await expect(
      page.getByRole('link', { name: 'Hva er endret siden Utgave 2025' }),
    ).toHaveAttribute('href', '/utgaver/2026/hva-er-endret');
  });
});

test.describe('freshness and someone to tell', () => {
  test('a page lists its major changes, dated, with a link to its full history', async ({
    page,
  }) => {
    await openHydrated(page, '/verktoy/x');
    const log = page.getByRole('region', { name: 'Endringslogg' });
    await expect(log.getByRole('listitem')).toHaveCount(3);
    await expect(log.getByRole('listitem').first()).toContainText('24. november 2026');
    await expect(log.getByRole('link', { name: /historikken/ })).toHaveAttribute(
      'href',
      'https://github.com/eksempel-kommune/verktoykassa/commits/main/docs/verktoy/x.mdx',
    );
  });

  test('every page has a "Meld fra om feil" link with the page title, address and edition', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/2025/arkivering');
    const link = page.getByRole('link', { name: 'Meld fra om feil' });
    await expect
      .poll(async () => new URL((await link.getAttribute('href'))!).searchParams.get('title'))
      .toBe('Feil på siden: Arkivering og journalføring');
    const url = new URL((await link.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://github.com/eksempel-kommune/verktoykassa/issues/new',
    );
    expect(url.searchParams.get('body')).toContain(
      'Adresse: https://verktoykassa.example.no/retningslinjer/2025/arkivering',
    );
    expect(url.searchParams.get('body')).toContain('Utgave: Utgave 2025');
  });

  test('the content status page lists pages due for review by owner, and is linked from the footer', async ({
    page,
  }) => {
    await openHydrated(page, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Innholdsstatus' }).click();
    await expect(page).toHaveURL(/\/innholdsstatus$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innholdsstatus');
    await expect(page.getByRole('heading', { name: 'Sider uten kjent eier' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
