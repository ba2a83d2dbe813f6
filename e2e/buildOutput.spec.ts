import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Facts about the production build that `npm test` has just run, read from
 * what the build left behind rather than from a browser.
 */
const siteDir = path.resolve(__dirname, '..');
const validationRecords = path.join(siteDir, '.docusaurus', 'verktoykassa-content-model');

function markdownFiles(folder: string): string[] {
  return readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`);
}

test.describe('the content model in the build', () => {
  for (const locale of ['nb', 'en']) {
    test(`validates every frontmatter block exactly once in the ${locale} build`, () => {
      const counts = JSON.parse(
        readFileSync(path.join(validationRecords, `validations-${locale}.json`), 'utf8'),
      ) as Record<string, number>;
      const overOnce = Object.entries(counts).filter(([, count]) => count !== 1);
      expect(overOnce, 'files validated more than once').toEqual([]);
      // Every page is read in every locale: translated where a translation exists, else the source.
      const translationOf = (file: string) =>
        file.replace(/^docs\//, `i18n/${locale}/docusaurus-plugin-content-docs/current/`);
      const sources = [...markdownFiles('docs'), ...markdownFiles('blog')].filter(
        (file) => !file.split('/').some((segment) => segment.startsWith('_')),
      );
      const unread = sources.filter(
        (file) => !(file in counts) && !(translationOf(file) in counts),
      );
      expect(unread, 'pages whose frontmatter was never checked').toEqual([]);
    });
  }
});

test.describe('secrets in the build', () => {
  const buildDir = path.join(siteDir, 'build');

  /** Every text file the build wrote: pages, scripts, styles, data, feeds. */
  function builtTextFiles(): string[] {
    return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(html|js|mjs|css|json|xml|txt|map)$/.test(name))
      .map((name) => path.join(buildDir, name));
  }

  test('hold no Algolia admin key, by name or, when the environment has one, by value', () => {
    // The indexer alone reads the admin key; the build only takes the search-only key.
    const adminKey = process.env.ALGOLIA_ADMIN_API_KEY?.trim();
    const leaks = builtTextFiles().filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes('ALGOLIA_ADMIN_API_KEY') || (!!adminKey && text.includes(adminKey));
    });
    expect(leaks.map((file) => path.relative(siteDir, file))).toEqual([]);
  });
});
