import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import type { ContentStatusData, ReviewedPage } from '../../src/domain/content/reviewReport';
import { isDocFrontMatter } from '../../src/domain/content/validated';

type LoadedDoc = { title: string; permalink: string; frontMatter: unknown };
type DocsContent = {
  loadedVersions: { versionName: string; isLast: boolean; docs: LoadedDoc[] }[];
};

export type ContentStatusOptions = {
  /** The owning units of organisation.ts; a page owned by anyone else counts as without owner. */
  knownOwners?: readonly string[];
};

/**
 * The pages readers act on today: every living page, and the pages of the
 * edition of the guidelines in force (not older editions, not the draft).
 */
export function pagesInForce(
  allContent: Record<string, Record<string, unknown> | undefined>,
): ReviewedPage[] {
  const docs = allContent['docusaurus-plugin-content-docs'] ?? {};
  return Object.values(docs).flatMap((content) =>
    (content as DocsContent).loadedVersions
      .filter((version) => version.isLast)
      .flatMap((version) =>
        version.docs.flatMap((doc): ReviewedPage[] => {
          const frontMatter = doc.frontMatter;
          if (!isDocFrontMatter(frontMatter)) return [];
          return [
            {
              title: doc.title,
              path: doc.permalink,
              owner: frontMatter.owner,
              last_reviewed: frontMatter.last_reviewed,
              review_interval_months: frontMatter.review_interval_months,
              next_review: frontMatter.next_review,
            },
          ];
        }),
      ),
  );
}

/**
 * "Innholdsstatus" (/innholdsstatus): pages overdue for review or due within
 * 30 days, grouped by owner, and pages whose owner is not a known unit. The
 * page is rendered on the server from the build's date and brought up to date
 * with the reader's clock in the browser.
 */
export default function contentStatus({ knownOwners }: ContentStatusOptions = {}) {
  function contentStatusPlugin(context: LoadContext): Plugin<undefined> {
    return {
      name: 'verktoykassa-content-status',
      async allContentLoaded({ allContent, actions }) {
        const data: ContentStatusData = {
          pages: pagesInForce(allContent),
          knownOwners: knownOwners ?? null,
        };
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, 'innholdsstatus']),
          component: '@site/src/components/ContentStatus/ContentStatusPage',
          modules: {
            status: await actions.createData(
              `${context.i18n.currentLocale}/status.json`,
              JSON.stringify(data),
            ),
          },
          exact: true,
        });
      },
    };
  }
  return { plugin: contentStatusPlugin as PluginModule };
}
