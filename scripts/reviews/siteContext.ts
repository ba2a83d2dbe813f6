import { readBlogVocabulary, readVersions } from '../../plugins/content-model';
import type { ContentModelContext } from '../../src/domain/content/frontMatter';
import { organisation as settings } from '../../organisation';
import { owningUnits, parseOrganisation } from '../../src/domain/organisation';

const organisation = parseOrganisation(settings);

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
            versions: readVersions(siteDir, 'retningslinjer'),
          },
        ],
        blogPath: 'blog',
      },
      blog: readBlogVocabulary(siteDir, 'blog'),
    },
    knownOwners: owningUnits(organisation),
  };
}
