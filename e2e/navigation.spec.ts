import { expect, openHydrated, test } from './fixtures';

test.describe('navigating the sections', () => {
  test('Retningslinjer lists every guideline', async ({ page }) => {
    await openHydrated(page, '/');
    await page
      .getByRole('navigation', { name: 'Hoved' })
      .getByRole('link', { name: 'Retningslinjer' })
      .click();
    await expect(page).toHaveURL(/\/retningslinjer$/);
    const index = page.locator('main article');
    for (const title of [
      'Ansattes bruk av sosiale medier',
      'Kommunens offisielle kontoer',
      'Personvern, bilder og samtykke',
      'Universell utforming av innlegg',
      'Arkivering og journalføring',
    ]) {
      await expect(index.getByRole('link', { name: new RegExp(title) })).toBeVisible();
    }
  });

  test('Postulater shows at least seven postulates, each linkable by its id', async ({ page }) => {
    await openHydrated(page, '/');
    await page
      .getByRole('navigation', { name: 'Hoved' })
      .getByRole('link', { name: 'Postulater' })
      .click();
    await expect(page).toHaveURL(/\/retningslinjer\/postulater$/);
    await expect.poll(() => page.locator('[data-postulate]').count()).toBeGreaterThanOrEqual(7);
    // Links from before the postulates joined the editions still arrive, anchor and all.
    await page.goto('/postulater#tenk-for-du-poster');
    await expect(page).toHaveURL(/\/retningslinjer\/postulater#tenk-for-du-poster$/);
    await expect(page.locator('#tenk-for-du-poster')).toBeInViewport();
  });

  test('Veiledninger lists the how-tos and opens one', async ({ page }) => {
    await openHydrated(page, '/');
    await page
      .getByRole('navigation', { name: 'Hoved' })
      .getByRole('link', { name: 'Veiledninger' })
      .click();
    await expect(page).toHaveURL(/\/veiledninger$/);
    await page
      .getByRole('main')
      .getByRole('link', { name: /ROS-analyse/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ROS-analyse');
  });

  test('Nytt lists the blog posts with authors', async ({ page }) => {
    await openHydrated(page, '/');
    await page
      .getByRole('navigation', { name: 'Hoved' })
      .getByRole('link', { name: 'Nytt' })
      .click();
    await expect(page).toHaveURL(/\/nytt$/);
    await expect.poll(() => page.locator('article').count()).toBeGreaterThanOrEqual(4);
  });

  test('the feeds are published', async ({ request }) => {
    for (const feed of ['/nytt/rss.xml', '/nytt/atom.xml']) {
      const response = await request.get(feed);
      expect(response.ok()).toBe(true);
      expect(await response.text()).toContain('nytt fra kompetansesenteret');
    }
  });
});

test('a slow navigation shows the loading bar, hidden from assistive technology, without errors', async ({
  page,
}) => {
  await openHydrated(page, '/verktoy-for-a-bestemme');
  // Hold back the next page's code, so Docusaurus shows its loading bar (after 200 ms).
  await page.route('**/assets/js/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.getByRole('link', { name: 'Kan jeg publisere dette?' }).first().click();
  const bar = page.locator('#nprogress .bar');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  await expect(page).toHaveURL(/\/beslutningstre\/kan-jeg-publisere$/);
  await expect(page.locator('#nprogress')).toHaveCount(0);
});
