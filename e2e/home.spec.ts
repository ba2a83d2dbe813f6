import { expect, openHydrated, test } from './fixtures';

test.describe('home page', () => {
  test('shows the toolbox in Norwegian with the main paths and the news', async ({ page }) => {
    await openHydrated(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb-NO');
    await expect(page.getByRole('heading', { level: 1, name: 'Verktøykassa' })).toBeVisible();
    const paths = page.getByRole('region', { name: 'Hva vil du gjøre?' });
    for (const name of [
      'Jeg vil poste noe',
      'Jeg vil opprette en konto',
      'Jeg vil ta i bruk et verktøy',
      'Jeg vil finne reglene',
    ]) {
      await expect(paths.getByRole('link', { name })).toBeVisible();
    }
    const news = page.getByRole('region', { name: 'Nytt fra kompetansesenteret' });
    await expect(news.getByRole('listitem')).toHaveCount(3);
  });

  test('takes a reader from "Jeg vil opprette en konto" to the accounts guideline', async ({
    page,
  }) => {
    await openHydrated(page, '/');
    await page.getByRole('link', { name: 'Jeg vil opprette en konto' }).click();
    await expect(page).toHaveURL(/\/retningslinjer\/offisielle-kontoer$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kommunens offisielle kontoer',
    );
  });

  test('is in English at /en/, with the right language attribute', async ({ page }) => {
    await openHydrated(page, '/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(
      page.getByRole('heading', { level: 2, name: 'What do you want to do?' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'I want to open an account' })).toBeVisible();
  });

  test('marks Norwegian news on the English home page with its language', async ({ page }) => {
    await openHydrated(page, '/en/');
    const news = page.getByRole('region', { name: 'News from the competence centre' });
    await expect(news.getByRole('listitem').first().getByRole('link')).toHaveAttribute(
      'lang',
      'nb-NO',
    );
  });

  test('says so when an English page falls back to Norwegian, and marks its language', async ({
    page,
  }) => {
    await openHydrated(page, '/en/verktoy/facebook');
    await expect(
      page.getByText('This page has not been translated yet and is shown in Norwegian.'),
    ).toBeVisible();
    await expect(page.locator('[lang="nb-NO"] h1')).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this document' })).toBeVisible();
  });

  test('switches language from the navbar and keeps the page', async ({ page }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    // Opened by keyboard: a hover menu closes when the mouse strays on a busy machine.
    await page.getByRole('button', { name: 'Norsk bokmål' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/retningslinjer\/arkivering$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/archiving/i);
  });
});
