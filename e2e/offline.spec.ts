import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { precacheBudget } from '../pageWeightBudgets';
import { expect, openHydrated, test, waitForSettledPage, wcagViolations } from './fixtures';

const buildDir = path.join(__dirname, '..', 'build');

test.use({ serviceWorkers: 'allow', serviceWorkerRuns: true });

/** Waits until the service worker controls the page and has precached the site. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes control of pages opened after it activated.
  await page.reload();
  await waitForSettledPage(page);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The URLs the service worker keeps, over all its caches. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
}

/** The scripts a page has loaded (not prefetched) from the site's assets, by path. */
function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.includes('/assets/js/')),
  );
}

/**
 * Takes files out of every cache of the service worker, the precache included: a
 * stand-in for a site too big to precache them.
 */
async function forget(page: Page, paths: readonly string[]): Promise<void> {
  await page.evaluate(async (forgotten) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (forgotten.includes(new URL(request.url).pathname)) await cache.delete(request);
      }
    }
  }, paths);
}

/** Empties the browser's own HTTP cache, so whatever works offline comes from the service worker. */
async function clearHttpCache(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

/** The files a locale's built service worker precaches, as paths in the locale's build folder. */
function precacheList(localeDir: string): string[] {
  const worker = readFileSync(path.join(localeDir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
}

test.describe('reading offline', () => {
  // One at a time: the last test stands in a new deployment by changing the built worker.
  test.describe.configure({ timeout: 90_000, mode: 'serial' });

  test('a reader who has visited reads guidelines, postulates, tools and their saved checklist with the network cut', async ({
    page,
    context,
  }) => {
    await openHydrated(page, '/sjekkliste/ny-konto');
    await waitForOfflineReady(page);
    const firstItem = page.getByRole('checkbox').first();
    await firstItem.check();
    await expect(firstItem).toBeChecked();

    await context.setOffline(true);
    for (const [path, heading] of [
      ['/retningslinjer/arkivering', 'Arkivering og journalføring'],
      ['/retningslinjer/postulater', 'Postulatene'],
      ['/verktoy/facebook', 'Facebook'],
      ['/', undefined],
    ] as const) {
      await page.goto(path);
      if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      else await expect(page.getByRole('main')).toBeVisible();
    }
    await page.goto('/sjekkliste/ny-konto');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
  });

  test('keeps the pages in force and the search index the reader used, not every edition or language', async ({
    page,
  }) => {
    await openHydrated(page, '/');
    await waitForOfflineReady(page);
    await page.getByRole('combobox', { name: 'Søk i Verktøykassa' }).fill('arkivering');
    await expect(page.getByRole('option').first()).toBeVisible();

    await expect
      .poll(async () => (await cachedUrls(page)).filter((url) => url.startsWith('/pagefind/')))
      .not.toEqual([]);
    const urls = await cachedUrls(page);
    expect(urls).toContain('/retningslinjer/arkivering.html');
    expect(urls.filter((url) => /^\/retningslinjer\/(\d{4}|utkast)\//.test(url))).toEqual([]);
    expect(urls.filter((url) => url.startsWith('/en/'))).toEqual([]);
    expect(urls.filter((url) => url.startsWith('/pagefind-utgaver/'))).toEqual([]);
  });

  test('a how-to read online opens offline afterwards with its code, where the site was too big to precache it', async ({
    page,
    context,
  }) => {
    const howTo = '/veiledninger/samskriving';
    await openHydrated(page, '/');
    await waitForOfflineReady(page);
    const home = await loadedScripts(page);
    await openHydrated(page, howTo);
    const ownCode = (await loadedScripts(page)).filter((script) => !home.includes(script));
    expect(ownCode).not.toEqual([]);
    // As on a site over the budget: neither the page nor the code it loads beyond the home page's
    // is precached.
    await forget(page, [`${howTo}.html`, ...ownCode]);
    await clearHttpCache(context, page);

    await openHydrated(page, howTo);
    await expect
      .poll(
        async () => {
          const cached = await cachedUrls(page);
          return [`${howTo}.html`, ...ownCode].filter((file) => !cached.includes(file));
        },
        { message: 'the page and its code, not yet kept' },
      )
      .toEqual([]);

    await clearHttpCache(context, page);
    await context.setOffline(true);
    await openHydrated(page, howTo);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Skriv sammen i ett dokument i stedet for å sende vedlegg',
    );
  });

  test('a page precached without its code shows its whole text offline', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await openHydrated(page, '/');
    await waitForOfflineReady(page);
    // The how-to's HTML stays precached; its code goes, and the browser's copies of it.
    const home = await loadedScripts(page);
    const everyChunk = readdirSync(path.join(buildDir, 'assets', 'js')).map(
      (name) => `/assets/js/${name}`,
    );
    await forget(
      page,
      everyChunk.filter((chunk) => !home.includes(chunk)),
    );
    await clearHttpCache(context, page);

    await context.setOffline(true);
    const codeMissing = page.waitForEvent('pageerror');
    await page.goto('/veiledninger/samskriving');
    // Docusaurus loads a page's code before it hydrates; when that fails, it leaves the page as built.
    expect((await codeMissing).name).toBe('ChunkLoadError');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Skriv sammen i ett dokument i stedet for å sende vedlegg',
    );
    await expect(page.getByRole('heading', { name: '4. Avtal spilleregler' })).toBeVisible();
    await expect(page.getByText('Du kjenner det sikkert')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(0);
    // What the browser reports for code it could not load, and nothing else. The page's other
    // chunks fail after the first, so it is closed before the count.
    await page.close();
    expect(
      consoleErrors.filter(
        (error) =>
          !/^(Failed to load resource: net::ERR_FAILED|Loading chunk \S+ failed\.)/.test(error),
      ),
    ).toEqual([]);
    consoleErrors.length = 0;
  });

  test('the precache stays within its budget, and holds all of a site of today’s size', () => {
    for (const localeDir of [buildDir, path.join(buildDir, 'en')]) {
      const precached = precacheList(localeDir);
      const bytes = precached.reduce(
        (sum, file) => sum + statSync(path.join(localeDir, file)).size,
        0,
      );
      expect(bytes, localeDir).toBeLessThanOrEqual(precacheBudget);
      const code = readdirSync(path.join(localeDir, 'assets', 'js')).map(
        (name) => `assets/js/${name}`,
      );
      const howTos = readdirSync(path.join(localeDir, 'veiledninger')).map(
        (name) => `veiledninger/${name}`,
      );
      expect([...code, ...howTos].filter((file) => !precached.includes(file))).toEqual([]);
    }
  });

  test('a new deployment is offered with a prompt to reload, not served stale', async ({
    page,
  }) => {
    await openHydrated(page, '/retningslinjer/arkivering');
    await waitForOfflineReady(page);
    // A new deployment: the built service worker changes on the server. Put back afterwards.
    const worker = path.join(__dirname, '..', 'build', 'sw.js');
    const deployed = readFileSync(worker, 'utf8');
    try {
      writeFileSync(worker, `${deployed}\n// ny utrulling\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      await expect(page.getByText('Ny versjon tilgjengelig')).toBeVisible({ timeout: 30_000 });
      expect(await wcagViolations(page)).toEqual([]);
    } finally {
      writeFileSync(worker, deployed);
    }
    await page.getByRole('button', { name: 'Last inn på nytt' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkivering og journalføring');
  });
});
