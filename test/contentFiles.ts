import { parse } from 'yaml';
import type { ContentModelContext } from '../src/domain/content/frontMatter';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const siteDir = path.resolve(__dirname, '..');

const contentRoots = ['docs', 'blog', 'i18n'];

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
export const contentModelContext: ContentModelContext = {
  layout: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    docs: [{ pluginId: 'default', path: 'docs', versions: [] }],
    blogPath: 'blog',
  },
  blog: {
    authors: Object.keys(parse(readFileSync(path.join(siteDir, 'blog/authors.yml'), 'utf8')) ?? {}),
    tags: Object.keys(parse(readFileSync(path.join(siteDir, 'blog/tags.yml'), 'utf8')) ?? {}),
  },
};
