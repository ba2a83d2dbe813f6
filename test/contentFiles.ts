import { readVersions } from '../plugins/content-model';
import { contentModelContextOf } from '../scripts/reviews/siteContext';
import type { ContentModelContext } from '../src/domain/content/frontMatter';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const siteDir = path.resolve(__dirname, '..');

const contentRoots = [
  'docs',
  'retningslinjer',
  'blog',
  'i18n',
  ...(readVersions(siteDir, 'retningslinjer').length > 0 ? ['retningslinjer_versioned_docs'] : []),
];

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) return walk(entryPath);
    return /\.mdx?$/.test(entry.name) ? [entryPath] : [];
  });
}

/** Every Markdown and MDX file of the site, as site-relative paths with forward slashes. */
export function allContentFiles(): string[] {
  return contentRoots
    .flatMap((root) => walk(path.join(siteDir, root)))
    .map((file) => path.relative(siteDir, file).split(path.sep).join('/'))
    .sort();
}

export function readContentFile(siteRelativePath: string): string {
  return readFileSync(path.join(siteDir, siteRelativePath), 'utf8');
}

/** The site's content layout as the build sees it, for tests that read real content. */
export const contentModelContext: ContentModelContext = contentModelContextOf(siteDir).context;
