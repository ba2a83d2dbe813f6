import type { Page, Request } from '@playwright/test';
import { expect, openHydrated, test as base, waitForSettledPage } from './fixtures';
import { builtPages } from './sitePages';

/**
 * No page scrolls sideways, on a phone or on a laptop, light or dark: text,
 * buttons, tables and diagrams wrap or scroll inside their own box. And no
 * page asks another host for anything: the sweep that opens every page also
 * records every request it makes, so the check costs no extra page loads.
 */

const widths = [375, 1280] as const;
const colourModes = ['light', 'dark'] as const;
/** Pages per test: small enough to fail with a short list, large enough to keep the sweep quick. */
const groupSize = 12;

/** One page per worker, reused from test to test: opening a new one for each URL costs more than the check. */
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ locale: 'nb-NO' });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** How far the document is wider than the window, in CSS pixels (0 when it fits). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/** Sets the colour mode the way a reader's system and Docusaurus's switch would. */
async function setColourMode(page: Page, mode: (typeof colourModes)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: mode });
  await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), mode);
}

/**
 * Whether a request leaves the site: anything not on the server under test,
 * except addresses the browser answers itself (inline data, blobs).
 */
function isForeign(url: string, ownOrigin: string): boolean {
  if (/^(data|blob):/i.test(url)) return false;
  return new URL(url).origin !== ownOrigin;
}

/** Hash links whose name is not their heading's text (Docusaurus falls back to the raw id). */
async function misnamedHashLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main .hash-link'))
      .map((link) => {
        const heading = link.parentElement?.textContent?.replace(/\u200b/g, '').trim() ?? '';
        const name = link.getAttribute('aria-label') ?? '';
        return name.endsWith(heading) ? '' : `"${name}" on the heading "${heading}"`;
      })
      .filter(Boolean),
  );
}

/** The elements that stick out past the window's right edge, for a failure message a person can act on. */
async function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    return (
      Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > limit && !clipped(element))
        // A fixed element (the skip link waiting off-screen) does not widen the page.
        .filter((element) => getComputedStyle(element).position !== 'fixed')
        .slice(0, 5)
        .map((element) => {
          const classes = Array.from(element.classList).slice(0, 2).join('.');
          const right = Math.round(element.getBoundingClientRect().right);
          return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} (right edge ${right} px)`;
        })
    );
  });
}

const pages = builtPages().map(({ path }) => path);
const groups: string[][] = [];
for (let start = 0; start < pages.length; start += groupSize) {
  groups.push(pages.slice(start, start + groupSize));
}

test.describe('no page scrolls sideways, every hash link is named by its heading, and no page asks another host for anything', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const group of groups) {
    test(`at ${widths.join(' and ')} px, light and dark: ${group[0]} … ${group.at(-1)}`, async ({
      sweepPage: page,
      baseURL,
    }) => {
      test.setTimeout(group.length * 4_000);
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      page.on('pageerror', onError);
      // Every request of the browser context: scripts, styles, fonts, images, prefetches, popups.
      const ownOrigin = new URL(baseURL!).origin;
      let pageInView = '';
      const foreignRequests: string[] = [];
      const onRequest = (request: Request) => {
        if (isForeign(request.url(), ownOrigin)) {
          foreignRequests.push(`${pageInView}: ${request.resourceType()} ${request.url()}`);
        }
      };
      page.context().on('request', onRequest);
      const overflowing: string[] = [];
      const misnamed: string[] = [];
      try {
        for (const path of group) {
          pageInView = path;
          await page.setViewportSize({ width: widths[0], height: 800 });
          await page.goto(path);
          await waitForSettledPage(page);
          misnamed.push(...(await misnamedHashLinks(page)).map((link) => `${path}: ${link}`));
          for (const width of widths) {
            await page.setViewportSize({ width, height: 800 });
            for (const mode of colourModes) {
              await setColourMode(page, mode);
              const overflow = await sidewaysOverflow(page);
              if (overflow > 1) {
                overflowing.push(
                  `${path} at ${width} px, ${mode}: ${overflow} px too wide; ${(await widestElements(page)).join(', ')}`,
                );
              }
            }
          }
        }
      } finally {
        page.off('pageerror', onError);
        page.context().off('request', onRequest);
      }
      expect(foreignRequests, 'requests to another host').toEqual([]);
      expect(overflowing, 'pages wider than the window').toEqual([]);
      expect(misnamed, 'hash links named by an id, not by their heading').toEqual([]);
      expect(errors, 'uncaught errors on the pages').toEqual([]);
    });
  }
});

/** How far an element reaches past the window's right edge, and whether its own content is cut. */
async function fits(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .map((element) => {
        const { left, right } = element.getBoundingClientRect();
        const window = document.documentElement.clientWidth;
        return {
          text: (element.textContent ?? '').trim().slice(0, 40),
          outside: left < -1 || right > window + 1,
          cut: element.scrollWidth > element.clientWidth + 1,
        };
      })
      .filter((element) => element.outside || element.cut),
  );
}

test.describe('what a reader sees on a phone and on a laptop', () => {
  test("the compare view keeps each value in its tool's column, and names the tool on a phone", async ({
    page,
  }) => {
    await openHydrated(
      page,
      '/verktoy/sammenlign?verktoy=meta-business-suite,microsoft-365-copilot,google-workspace',
    );
    const table = page.getByRole('table', { name: /^Sammenligning/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Meta Business Suite',
      'Microsoft 365 Copilot',
      'Google Workspace',
    ]);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      expect(await sidewaysOverflow(page), `page at ${width} px`).toBe(0);
      expect(await fits(page, '[data-tool-compare] th, [data-tool-compare] td')).toEqual([]);
      const cells = table.locator('tr[data-fact="data-location"] td');
      const tops = await cells.evaluateAll((tds) =>
        tds.map((td) => Math.round(td.getBoundingClientRect().top)),
      );
      if (width === 1280) {
        // Side by side: the row's three values on one line, one per tool's column.
        expect(new Set(tops).size).toBe(1);
      } else {
        // Stacked: one value under another, each named by its tool.
        expect(new Set(tops).size).toBe(3);
        expect(
          await cells.first().evaluate((td) => getComputedStyle(td, '::before').content),
        ).toContain('Meta Business Suite');
      }
    }
  });

  for (const path of ['/beslutningstre/kan-jeg-publisere', '/retningslinjer/ansattes-bruk']) {
    test(`a decision tree's answers wrap on a phone (${path})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await openHydrated(page, path);
      const answers = page.locator('[data-tree-interactive] [role="group"] button');
      await expect(answers.first()).toBeVisible();
      expect(await fits(page, '[data-tree-interactive] button')).toEqual([]);
      // Answer and step back, so the summary's buttons are checked too.
      await answers.first().click();
      await page
        .getByRole('button', { name: /^Endre svaret/ })
        .first()
        .click();
      expect(await fits(page, '[data-tree-interactive] button')).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  }

  test("the radar's table fits a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openHydrated(page, '/verktoy/radar');
    expect(await fits(page, '[data-tool-radar] table, [data-tool-radar] td')).toEqual([]);
  });

  test("the catalogue on a phone shows each tool's status beside its name, text left-aligned", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openHydrated(page, '/verktoy');
    const row = page.locator('[data-tool-catalogue] tbody tr').first();
    const name = row.locator('th a');
    const status = row.locator('td[data-status]');
    await row.scrollIntoViewIfNeeded();
    await expect(name).toBeInViewport();
    await expect(status).toBeInViewport();
    const [nameBox, statusBox] = [await name.boundingBox(), await status.boundingBox()];
    // On the same line as the name, to its right.
    expect(Math.abs(nameBox!.y - statusBox!.y)).toBeLessThan(nameBox!.height);
    expect(statusBox!.x).toBeGreaterThan(nameBox!.x);
    for (const cell of [row.locator('th'), row.locator('th span').first()]) {
      expect(await cell.evaluate((element) => getComputedStyle(element).textAlign)).toMatch(
        /^(left|start)$/,
      );
    }
    expect(await fits(page, '[data-tool-catalogue] tbody tr')).toEqual([]);
    // On a laptop, status is the column after the tool's name.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('[data-tool-catalogue] thead th').nth(1)).toHaveText(/^Status/);
  });

  test('the navbar cuts nothing short and overlaps nothing, search box included, from 375 to 1440 px', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    for (const width of [375, 600, 996, 997, 1100, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      const title = page.locator('.navbar__inner .navbar__title');
      if (width >= 997) await expect(title).toBeVisible();
      expect(
        await title.evaluate((element) => element.scrollWidth <= element.clientWidth),
        `site title whole at ${width} px`,
      ).toBe(true);
      const overlaps = await page.evaluate(() => {
        const items = Array.from(
          document.querySelectorAll(
            '.navbar__inner :is(.navbar__brand, .navbar__items > .navbar__item, .navbar__items--right > *)',
          ),
        )
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0);
        const found: string[] = [];
        const window = document.documentElement.clientWidth;
        for (const [index, a] of items.entries()) {
          if (a.box.left < 0 || a.box.right > window + 1)
            found.push(`${a.element.textContent} off-screen`);
          for (const b of items.slice(index + 1)) {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) found.push(`${a.element.textContent} / ${b.element.textContent}`);
          }
        }
        return found;
      });
      expect(overlaps, `navbar at ${width} px`).toEqual([]);
      expect(await sidewaysOverflow(page), `page at ${width} px`).toBe(0);
    }
  });

  test('the decision tools are in the navbar and the footer', async ({ page }) => {
    await openHydrated(page, '/');
    for (const region of [
      page.getByRole('navigation', { name: 'Hoved' }),
      page.getByRole('contentinfo'),
    ]) {
      await region.getByRole('link', { name: 'Verktøy for å bestemme' }).click();
      await expect(page).toHaveURL(/\/verktoy-for-a-bestemme$/);
      await page.goBack();
      await waitForSettledPage(page);
    }
  });

  test("a category's cards show whole titles, without emoji icons", async ({ page }) => {
    await openHydrated(page, '/veiledninger');
    const titles = page.locator('.theme-doc-card-title');
    await expect(titles).not.toHaveCount(0);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      expect(await fits(page, '.theme-doc-card-title, .theme-doc-card-description')).toEqual([]);
    }
    await expect(page.locator('.theme-doc-card-icon:visible')).toHaveCount(0);
    expect(await page.getByRole('main').innerText()).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  test('the home page has no hash links for the keyboard to stop at', async ({ page }) => {
    await openHydrated(page, '/');
    await expect(page.locator('main .hash-link')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Direkte lenke/ })).toHaveCount(0);
  });
});
