import { expect, openHydrated, test } from './fixtures';

test.describe('search, in Norwegian with inflected words', () => {
  test('"kontoene" finds the guideline on official accounts, and opens it', async ({ page }) => {
    await openHydrated(page, '/');
    const search = page.getByRole('combobox').or(page.getByPlaceholder('Søk')).first();
    await search.fill('kontoene');
    const suggestion = page.getByRole('option', { name: /Kommunens offisielle kontoer/ }).first();
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).toHaveURL(/\/retningslinjer\/offisielle-kontoer/);
  });

  test('"retningslinjene" finds pages that say "retningslinje" and "retningslinjen"', async ({
    page,
  }) => {
    await openHydrated(page, '/search?q=retningslinjene');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Søkeresultater for «retningslinjene»',
    );
    await expect(page.getByText(/^Fant \d+ dokumenter$/)).toBeVisible();
    const results = page.getByRole('article');
    // The guideline itself says "retningslinjen"; the news post says "retningslinje".
    await expect(results.locator('a[href^="/retningslinjer/ansattes-bruk"]').first()).toBeVisible();
    await expect(
      results
        .getByRole('link', { name: 'Ny retningslinje for kommunens offisielle kontoer' })
        .first(),
    ).toBeVisible();
  });

  test('"journalføringen" finds the archiving guideline', async ({ page }) => {
    await openHydrated(page, '/search?q=journalf%C3%B8ringen');
    // Every edition has the page; the edition in force is among the results.
    // (Scoping search to one edition is the search issue's work.)
    await expect(
      page
        .getByRole('article')
        .getByRole('link', { name: 'Arkivering og journalføring' })
        .and(page.locator('[href="/retningslinjer/arkivering"]')),
    ).toBeVisible();
  });
});
