import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unexpectedSources } from '../src/domain/security/contentSecurityPolicy';
import { expect, test, waitForSettledPage } from './fixtures';

/**
 * The site runs under the Content-Security-Policy the build wrote
 * (plugins/web-server), served as a header the way the municipality's web
 * server sends it (scripts/serve.ts). The fixture fails every browser test on
 * a violation; this spec checks the header itself, and visits a page of each
 * kind in both languages, with the interactive parts used.
 */

const policyFile = path.resolve(__dirname, '..', 'build-headers', 'content-security-policy.txt');
const builtPolicy = () => readFileSync(policyFile, 'utf8').trim();

const documentNotFound =
  'Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Records, from before the page's first script, at which point of loading
 * Docusaurus's inline colour-mode script set the theme: `loading` means the
 * inline script ran while the page was parsed, not the site's JavaScript later.
 */
async function recordWhenThemeIsSet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { themeSetWhile?: string };
    // The document has no <html> element yet when this runs: watch the whole document.
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.hasAttribute('data-theme')) return;
      record.themeSetWhile = document.readyState;
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  });
}

/** Opens a page, checks it came with the build's policy, and waits until it has settled. */
async function openUnderPolicy(page: Page, address: string, status = 200): Promise<void> {
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(status);
  expect(await response?.headerValue('content-security-policy'), address).toBe(builtPolicy());
  await waitForSettledPage(page);
}

test.describe('the Content-Security-Policy header', () => {
  test('is the policy the build wrote: the site itself and hashes, no other host, nothing unsafe-inline', async ({
    request,
  }) => {
    const policy = builtPolicy();
    for (const address of ['/', '/en/', '/assets/css/', '/sw.js', '/finnes-ikke']) {
      const response = await request.get(address, { failOnStatusCode: false });
      expect(response.headers()['content-security-policy'], address).toBe(policy);
    }
    expect(unexpectedSources(policy)).toEqual([]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
  });
});

test.describe('pages of each kind run with nothing blocked', () => {
  for (const [kind, nb, en] of [
    ['home', '/', '/en/'],
    ['guideline', '/retningslinjer/arkivering', '/en/retningslinjer/arkivering'],
    ['postulates', '/retningslinjer/postulater', '/en/retningslinjer/postulater'],
    ['tool', '/verktoy/bluesky', '/en/verktoy/bluesky'],
    ['catalogue', '/verktoy', '/en/verktoy'],
    ['decision tree', '/beslutningstre/kan-jeg-publisere', '/en/beslutningstre/kan-jeg-publisere'],
    ['checklist', '/sjekkliste/ny-konto', '/en/sjekkliste/ny-konto'],
    ['glossary', '/ordliste', '/en/ordliste'],
    ['edition', '/retningslinjer/2025/arkivering', '/en/retningslinjer/2025/arkivering'],
    ['editions list', '/utgaver', '/en/utgaver'],
  ] as const) {
    for (const address of [nb, en]) {
      test(`${kind}: ${address}`, async ({ page, cspViolations }) => {
        await recordWhenThemeIsSet(page);
        await openUnderPolicy(page, address);
        // The inline colour-mode script ran, while the page was being parsed.
        await expect
          .poll(() => page.evaluate(() => (window as { themeSetWhile?: string }).themeSetWhile))
          .toBe('loading');
        // The hidden icon sprite's style attribute applied ('unsafe-hashes' with its hash).
        await expect(page.locator('body > svg').first()).toHaveCSS('display', 'none');
        expect(cspViolations).toEqual([]);
      });
    }
  }

  test('the decision tree and the checklist work, with nothing blocked', async ({
    page,
    cspViolations,
  }) => {
    await openUnderPolicy(page, '/beslutningstre/kan-jeg-publisere');
    const steps = page.locator('[data-decision-tree] [data-tree-interactive]');
    await steps
      .getByRole('button', { name: 'På en av kommunens kontoer, der jeg har en rolle' })
      .click();
    await expect(page).toHaveURL(/\?kan-jeg-publisere=kommunens-konto$/);
    await openUnderPolicy(page, '/sjekkliste/ny-konto');
    const firstItem = page.getByRole('checkbox').first();
    await firstItem.check();
    await expect(firstItem).toBeChecked();
    expect(cspViolations).toEqual([]);
  });

  test('the glossary’s old anchor keeps its place under the navbar (its style attribute is allowed)', async ({
    page,
  }) => {
    await openUnderPolicy(page, '/ordliste');
    await expect(page.locator('#offentlighet-og-innsyn')).not.toHaveCSS('scroll-margin-top', '0px');
  });

  // Static hosts give one 404 page per site; the English one is built at /en/404.html.
  for (const [address, heading, status] of [
    ['/finnes-ikke/lenger', 'Vi finner ikke denne siden', 404],
    ['/en/404.html', 'We cannot find this page', 200],
  ] as const) {
    test(`the 404 page: ${address}`, async ({ page, consoleErrors, cspViolations }) => {
      await openUnderPolicy(page, address, status);
      if (status === 404) {
        // The browser logs the page's own 404 as a console error; that one is expected.
        await expect.poll(() => consoleErrors.includes(documentNotFound)).toBe(true);
        consoleErrors.splice(consoleErrors.indexOf(documentNotFound), 1);
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(cspViolations).toEqual([]);
    });
  }

  test('a moved address sends the reader on with the query and anchor (the redirect page’s inline script ran)', async ({
    page,
  }) => {
    await page.goto('/postulater?fra=lenke#postulat-1');
    await expect(page).toHaveURL(/\/retningslinjer\/postulater\?fra=lenke#postulat-1$/);
    await waitForSettledPage(page);
  });
});

test.describe('search runs under the policy', () => {
  for (const [address, query, box] of [
    ['/sok?q=arkivering', 'arkivering', 'Søk i Verktøykassa'],
    ['/en/sok?q=archiving', 'archiving', 'Search the toolbox'],
  ] as const) {
    test(`${address}: Pagefind's WebAssembly loads and the results page and the box answer`, async ({
      page,
      cspViolations,
    }) => {
      const wasm: string[] = [];
      page.on('requestfinished', (request) => {
        if (/\/pagefind\/wasm\./.test(request.url())) wasm.push(request.url());
      });
      await openUnderPolicy(page, address);
      const status = page.locator('[data-search-status]');
      await expect(status).toHaveAttribute('data-search-status', 'done');
      await expect(status).toHaveAttribute('data-search-query', query);
      await expect(
        page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link').first(),
      ).toBeVisible();
      expect(wasm).toHaveLength(1);
      const searchBox = page.getByRole('combobox', { name: box });
      await searchBox.fill(query);
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(cspViolations).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // With scripts off only the browser's own console reports a block; the fixture counts those.
  for (const address of ['/', '/ordliste', '/en/verktoy', '/sok?q=arkivering']) {
    test(`${address} shows with nothing blocked`, async ({ page }) => {
      const response = await page.goto(address);
      expect(await response?.headerValue('content-security-policy')).toBe(builtPolicy());
      await expect(page.locator('body > svg').first()).toHaveCSS('display', 'none');
      await expect(page.getByRole('main')).toBeVisible();
    });
  }
});
