import path from 'node:path';
import { startupImports } from '../pageWeightBudgets';
import { weighBuiltSite } from '../scripts/pageWeight/builtSite';
import { pageKinds } from '../src/domain/pageWeight/pageKind';
import { expect, test } from './fixtures';

/**
 * `npm run check:weight` works out from the build what each page loads before
 * it hydrates. Here Chromium loads the heaviest page of every kind, and two
 * English ones, and the files it asked for by the time React has hydrated must
 * be exactly those, so the static reckoning cannot drift from what Docusaurus does.
 * Prefetches of other pages' chunks (`<link rel="prefetch">`) are not the page's
 * own; Chromium reports them as "other", not as scripts or stylesheets.
 */
const site = weighBuiltSite(path.resolve(__dirname, '..'), startupImports);

/** The heaviest page of a kind in one locale: the one with the most chunks to get right. */
const heaviest = (kind: string, english: boolean) =>
  site.pages
    .filter((page) => page.kind === kind && page.path.startsWith('/en/') === english)
    .sort((a, b) => b.js - a.js)
    .slice(0, 1);
const samples = [
  ...pageKinds.flatMap((kind) => heaviest(kind, false)),
  ...heaviest('home', true),
  ...heaviest('guideline', true),
];

test('the sample has a page of every kind', () => {
  expect(new Set(samples.map((page) => page.kind))).toEqual(new Set(pageKinds));
});

for (const sample of samples) {
  test(`${sample.path} (${sample.kind}) loads what check:weight counts before it hydrates`, async ({
    page,
    baseURL,
  }) => {
    let hydrated = false;
    const requested = new Set<string>();
    page.on('request', (request) => {
      if (hydrated || !['script', 'stylesheet'].includes(request.resourceType())) return;
      const url = new URL(request.url());
      // A file of another site stays a whole address, so it shows up as a difference.
      requested.add(
        url.origin === new URL(baseURL!).origin ? decodeURI(url.pathname).slice(1) : url.href,
      );
    });
    await page.goto(sample.path);
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    hydrated = true;
    expect([...requested].sort()).toEqual([...sample.files].sort());
  });
}
