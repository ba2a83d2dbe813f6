import { expect, openHydrated, test, wcagViolations } from './fixtures';
import { builtPages, onePagePerKind } from './sitePages';

/**
 * One page of every kind in the build's sitemaps (content kind, theme page or
 * embedded component, in each language) and every tree's and checklist's own
 * page: a new kind of page is checked without anyone adding it here.
 */
const allPages = builtPages();
const pages = onePagePerKind(allPages);

/** Pages per test in the sweep over every page: enough to share the browser, few enough to time out fairly. */
const sweepGroupSize = 12;
const sweepGroups: string[][] = [];
for (let start = 0; start < allPages.length; start += sweepGroupSize) {
  sweepGroups.push(allPages.slice(start, start + sweepGroupSize).map(({ path }) => path));
}

test.describe('WCAG 2.1 A and AA on every page of the sitemaps, checked by axe', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const group of sweepGroups) {
    test(`${group[0]} … ${group.at(-1)}`, async ({ page }) => {
      test.setTimeout(group.length * 6_000);
      const violations: string[] = [];
      for (const path of group) {
        await openHydrated(page, path);
        for (const violation of await wcagViolations(page))
          violations.push(`${path}: ${violation.rule} (${violation.targets.join(', ')})`);
      }
      expect(violations).toEqual([]);
    });
  }
});

test.describe('WCAG 2.1 A and AA, checked by axe', () => {
  for (const { kind, path } of pages) {
    const name = kind.endsWith(path) ? kind : `${kind} (${path})`;
    test(`${name} has no violations`, async ({ page }) => {
      await openHydrated(page, path);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }

  test('an untranslated page on the English site has no violations', async ({ page }) => {
    await openHydrated(page, '/en/veiledninger/samskriving');
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('a blog post has no violations', async ({ page }) => {
    await openHydrated(page, '/nytt');
    await page
      .getByRole('main')
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/nytt\/.+/);
    // wcagViolations waits for the new page to settle: axe must not judge the old one.
    expect(await wcagViolations(page)).toEqual([]);
  });

  for (const path of [
    '/',
    '/retningslinjer/arkivering',
    '/verktoy',
    '/verktoy/radar',
    '/verktoy/dropbox',
    '/verktoy/sammenlign?verktoy=facebook,prezi,wordpress',
    '/retningslinjer/ansattes-bruk',
    '/beslutningstre/kan-jeg-publisere',
    '/veiledninger',
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

test('a focused link in the dark footer has a focus ring of at least 3:1 against it, in light mode too', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openHydrated(page, '/');
  const link = page.getByRole('contentinfo').getByRole('link').first();
  await link.focus();
  const contrast = await link.evaluate((element) => {
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ring = luminance(getComputedStyle(element).outlineColor);
    const footer = luminance(getComputedStyle(element.closest('footer')!).backgroundColor);
    return (Math.max(ring, footer) + 0.05) / (Math.min(ring, footer) + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(3);
});
