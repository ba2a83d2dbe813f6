import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every browser test fails on a console error or an uncaught exception, the
 * way a reader would notice a broken page, and on anything the site's
 * Content-Security-Policy blocked, which a reader might not notice at all.
 */
export const test = base.extend<{
  consoleErrors: string[];
  cspViolations: string[];
  serviceWorkerRuns: boolean;
}>({
  /**
   * Whether the site's service worker may register. Off except in the offline journey:
   * each test is a first visit, and the worker would precache the whole site every time.
   */
  serviceWorkerRuns: [false, { option: true }],
  page: async ({ page, serviceWorkerRuns }, provide) => {
    if (!serviceWorkerRuns) {
      // Registration waits forever, as on a browser that is slow to get to it, rather than
      // failing with an error the console check would count.
      await page.addInitScript(() => {
        if ('serviceWorker' in navigator)
          navigator.serviceWorker.register = () => new Promise(() => undefined);
      });
    }
    await provide(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
  /**
   * What the policy blocked on the page, from the `securitypolicyviolation` events of
   * every document the page loads. The browser also logs each block as a console
   * error, which `consoleErrors` counts: that is what catches them with JavaScript off.
   */
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('reportCspViolation', (violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
          const what = `${event.blockedURI}${event.sample ? ` "${event.sample}"` : ''}`;
          void (
            window as unknown as { reportCspViolation: (text: string) => Promise<void> }
          ).reportCspViolation(`${event.effectiveDirective} blocked ${what} at ${where}`);
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page in view is the one the address names and is at rest:
 * React has hydrated it, the router has rendered the new route (its canonical
 * link names the current path; on a client-side navigation the old page stays
 * in view while the new route loads), and the page-loading bar is gone.
 */
export async function waitForSettledPage(page: Page): Promise<void> {
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
        // The server may answer /en/ at /en; the page is the same.
        const withoutSlash = (pathname: string) => pathname.replace(/\/$/, '');
        return (
          !canonical ||
          withoutSlash(new URL(canonical).pathname) === withoutSlash(window.location.pathname)
        );
      }),
    )
    .toBe(true);
  await expect(page.locator('#nprogress')).toHaveCount(0);
}

/** Opens a page and waits until React has hydrated it, so interactive parts work. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForSettledPage(page);
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules and returns the violations,
 * summarised; first waits for the page to settle, so axe never judges a page
 * half-way through a navigation.
 */
export async function wcagViolations(page: Page) {
  await waitForSettledPage(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
