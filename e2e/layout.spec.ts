import type { Page } from '@playwright/test';
import { expect, test as base, waitForSettledPage } from './fixtures';
import { builtPages } from './sitePages';

/**
 * No page scrolls sideways, on a phone or on a laptop, light or dark: text,
 * buttons, tables and diagrams wrap or scroll inside their own box.
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
async function useColourMode(page: Page, mode: (typeof colourModes)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: mode });
  await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), mode);
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

test.describe('no page scrolls sideways', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const group of groups) {
    test(`at ${widths.join(' and ')} px, light and dark: ${group[0]} … ${group.at(-1)}`, async ({
      sweepPage: page,
    }) => {
      test.setTimeout(group.length * 4_000);
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      page.on('pageerror', onError);
      const overflowing: string[] = [];
      try {
        for (const path of group) {
          await page.setViewportSize({ width: widths[0], height: 800 });
          await page.goto(path);
          await waitForSettledPage(page);
          for (const width of widths) {
            await page.setViewportSize({ width, height: 800 });
            for (const mode of colourModes) {
              await useColourMode(page, mode);
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
      }
      expect(overflowing, 'pages wider than the window').toEqual([]);
      expect(errors, 'uncaught errors on the pages').toEqual([]);
    });
  }
});
