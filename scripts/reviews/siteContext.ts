import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ContentModelContext } from '../../src/domain/content/frontMatter';
import { organisation as settings } from '../../organisation';
import { owningUnits, parseOrganisation } from '../../src/domain/organisation';

const organisation = parseOrganisation(settings);

function versionsOf(siteDir: string, pluginId: string): string[] {
  const file = path.join(siteDir, `${pluginId}_versions.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

function keysOf(file: string): string[] {
  return existsSync(file)
    ? Object.keys((parse(readFileSync(file, 'utf8')) as object | null) ?? {})
    : [];
}

/** The content model's view of the site, for commands that read content outside a build. */
export function contentModelContextOf(siteDir: string): {
  context: ContentModelContext;
  knownOwners: readonly string[] | null;
} {
  const locales = organisation.locales.map((locale) => locale.code);
  return {
    context: {
      layout: {
        locales,
        defaultLocale: locales[0]!,
        docs: [
          { pluginId: 'default', path: 'docs', versions: [] },
          {
            pluginId: 'retningslinjer',
            path: 'retningslinjer',
            versions: versionsOf(siteDir, 'retningslinjer'),
          },
        ],
        blogPath: 'blog',
      },
      blog: {
        authors: keysOf(path.join(siteDir, 'blog/authors.yml')),
        tags: keysOf(path.join(siteDir, 'blog/tags.yml')),
      },
    },
    knownOwners: owningUnits(organisation),
  };
}
