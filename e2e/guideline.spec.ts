import { expect, openHydrated, test } from './fixtures';

const guideline = '/retningslinjer/offisielle-kontoer';

test.describe('a guideline page', () => {
  test('tells who owns it, its status and its review dates', async ({ page }) => {
    await openHydrated(page, guideline);
    const facts = page.getByRole('region', { name: 'Om dokumentet' });
    await expect(facts).toBeVisible();
    await expect(facts.locator('dt', { hasText: 'Ansvarlig' }).locator('+ dd')).toHaveText(
      'Kommunikasjonsenheten',
    );
    await expect(facts.locator('dt', { hasText: 'Status' }).locator('+ dd')).toHaveText('Vedtatt');
    await expect(facts.locator('dt', { hasText: 'Sist gjennomgått' }).locator('+ dd')).toHaveText(
      /^\d{1,2}\. \w+ \d{4} \(innholdet vurdert\)/,
    );
    await expect(facts.locator('dt', { hasText: 'Neste gjennomgang' }).locator('+ dd')).toHaveText(
      /^\d{1,2}\. \w+ \d{4}$/,
    );
    await expect(facts.getByRole('link', { name: 'Offentleglova' })).toHaveAttribute(
      'href',
      /lovdata\.no/,
    );
    await expect(page.getByText('Gjennomgangen er forsinket.')).toHaveCount(0);
  });

  test('links to the source file for editing and tells when it last changed, in one date line', async ({
    page,
  }) => {
    await openHydrated(page, guideline);
    await expect(page.getByRole('link', { name: 'Rediger denne siden' })).toHaveAttribute(
      'href',
      /\/edit\/main\/retningslinjer_versioned_docs\/version-2026-2\/offisielle-kontoer\.mdx$/,
    );
    // One line says both dates and what each means; the theme's own "Sist oppdatert" is gone.
    await expect(page.getByText(/Sist oppdatert/)).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'Om dokumentet' })
        .locator('dt', { hasText: 'Sist gjennomgått' })
        .locator('+ dd'),
    ).toHaveText(/\(innholdet vurdert\)(; teksten sist endret \d{1,2}\. \w+ \d{4})?$/);
  });

  test('warns when the review date has passed, checked against the reader’s own clock', async ({
    page,
  }) => {
    // Two years on, nobody has reviewed the page: the built HTML cannot know, the browser can.
    await page.clock.setFixedTime(new Date(Date.now() + 2 * 365 * 24 * 60 * 60 * 1000));
    await openHydrated(page, guideline);
    await expect(page.getByText('Gjennomgangen er forsinket.')).toBeVisible();
    await expect(
      page.getByText(/Denne siden skulle vært gjennomgått .*spør Kommunikasjonsenheten/),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Om dokumentet' })).toContainText('(forsinket)');
  });

  test('marks a page of the draft as not in force', async ({ page }) => {
    await openHydrated(page, '/retningslinjer/utkast/offisielle-kontoer');
    await expect(page.locator('[data-edition-banner="draft"]')).toContainText(
      'Du leser utkastet til neste utgave.',
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guideline is fully readable, with its owner and review dates', async ({ page }) => {
    await page.goto(guideline);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kommunens offisielle kontoer',
    );
    await expect(
      page.getByRole('heading', { name: /Roller: eier, administrator og brukerstøtte/ }),
    ).toBeVisible();
    const facts = page.getByRole('region', { name: 'Om dokumentet' });
    await expect(facts).toContainText('Kommunikasjonsenheten');
    await expect(facts).toContainText('Neste gjennomgang');
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('the postulates are all there', async ({ page }) => {
    await page.goto('/retningslinjer/postulater');
    await expect.poll(() => page.locator('[data-postulate]').count()).toBeGreaterThanOrEqual(7);
    await expect(page.locator('#tenk-for-du-poster')).toBeVisible();
  });
});
