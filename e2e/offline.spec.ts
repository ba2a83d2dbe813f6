import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openHydrated, test, waitForSettledPage, wcagViolations } from './fixtures';

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
