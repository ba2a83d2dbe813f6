import type { Page } from '@playwright/test';
import { expect, openHydrated, test } from './fixtures';
import { relevanceCases, type RelevanceCase } from './searchQueries';

/** The share of the relevance suite that must be met (issue 10). */
const requiredShare = 0.95;

/** The result links of the results page for `query`, as paths without `#section`. */
async function resultPaths(page: Page, locale: string, query: string): Promise<string[]> {
  const prefix = locale === 'en' ? '/en' : '';
  await openHydrated(page, `${prefix}/sok?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('data-search-status', 'done');
  await expect(status).toHaveAttribute('data-search-query', query.trim());
  const hrefs = await page
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((href) =>
    prefix && href.startsWith(prefix) ? href.slice(prefix.length) : href,
  );
}

function describeMiss(entry: RelevanceCase, found: string[]): string {
  return `«${entry.query}» (${entry.why}): wanted ${entry.page} within ${entry.within}, got ${found.slice(0, 3).join(', ') || 'nothing'}`;
}

test.describe('search relevance: the page a reader needs comes first', () => {
  // One browser page runs the whole suite in order; the share is what the test asserts.
  test.describe.configure({ timeout: 180_000 });

  test(`at least ${requiredShare * 100} % of ${relevanceCases.length} queries find their page`, async ({
    page,
  }) => {
    const misses: string[] = [];
    for (const entry of relevanceCases) {
      const found = await resultPaths(page, entry.locale ?? 'nb', entry.query);
      const position = found.indexOf(entry.page);
      if (position < 0 || position >= entry.within) misses.push(describeMiss(entry, found));
    }
    const met = relevanceCases.length - misses.length;
    const share = met / relevanceCases.length;
    console.log(
      `Search relevance: ${met} of ${relevanceCases.length} met (${(share * 100).toFixed(1)} %)${
        misses.length > 0 ? `\n  missed: ${misses.join('\n  missed: ')}` : ''
      }`,
    );
    expect(relevanceCases.length).toBeGreaterThanOrEqual(40);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(requiredShare);
  });
});
