import { expect, openHydrated, test, wcagViolations } from './fixtures';

/** One page of each kind a reader meets, in both languages where it is translated. */
const pages = [
  ['home', '/'],
  ['home in English', '/en/'],
  ['a guideline', '/retningslinjer/offisielle-kontoer'],
  ['a guideline in English', '/en/retningslinjer/personvern-og-bilder'],
  ['the postulates', '/retningslinjer/postulater'],
  ['a how-to', '/veiledninger/ros-analyse-for-ny-kanal'],
  ['an untranslated how-to on the English site', '/en/veiledninger/samskriving'],
  ['the glossary', '/ordliste'],
  ['the news list', '/nytt'],
  ['the search page with results', '/search?q=samtykke'],
  ['the tool catalogue in English', '/en/verktoy'],
  ['the decision tools overview', '/verktoy-for-a-bestemme'],
] as const;

test.describe('WCAG 2.1 A and AA, checked by axe', () => {
  for (const [name, path] of pages) {
    test(`${name} (${path}) has no violations`, async ({ page }) => {
      await openHydrated(page, path);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }

  test('a blog post has no violations', async ({ page }) => {
    await openHydrated(page, '/nytt');
    await page
      .getByRole('main')
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link')
      .click();
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(page).toHaveURL(/\/nytt\/.+/);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the open search suggestions have no violations', async ({ page }) => {
    await openHydrated(page, '/');
    await page.getByPlaceholder('Søk').fill('samtykke');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  for (const path of [
    '/retningslinjer/arkivering',
    '/verktoy/radar',
    '/verktoy/dropbox',
    '/retningslinjer/ansattes-bruk',
  ]) {
    test(`the dark colour scheme has no violations on ${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await openHydrated(page, path);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});

test.describe('keyboard', () => {
  test('a reader can skip to the content and reach the first link with a visible focus ring', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: /Gå til hovedinnhold/ });
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
  });
});
