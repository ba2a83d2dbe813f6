import type { ContentKind } from '../content/vocabulary';
import type { PageHtml } from './pageHtml';

/** The kinds of page the weight budgets are set for (pageWeightBudgets.ts). */
export const pageKinds = [
  'doc',
  'guideline',
  'tool',
  'tree',
  'checklist',
  'catalogue',
  'print',
  'home',
  'search',
  'other',
] as const;
export type PageKind = (typeof pageKinds)[number];

/** Docs pages by their content kind (`data-content-kind`, from the frontmatter's `kind`). */
const kindOfContent: Record<ContentKind, PageKind> = {
  retningslinje: 'guideline',
  postulater: 'guideline',
  verktoy: 'tool',
  veiledning: 'doc',
  side: 'doc',
};

/** The catalogue's table, radar and comparison: the same tools, seen three ways. */
const catalogueViews = ['data-tool-catalogue', 'data-tool-radar', 'data-tool-compare'];

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');

/**
 * What kind of page a built page is, from its HTML: a tree's or checklist's
 * own page (the decision-tools plugin's), a page with the tool catalogue's
 * table, radar or comparison, an edition on one page for print, a locale's
 * home, the search page, a docs page by its content kind, or other (news,
 * editions, content status, the 404 page, redirects).
 */
export function pageKindOf(pathname: string, baseUrl: string, html: PageHtml): PageKind {
  if (html.htmlClasses.includes('plugin-verktoykassa-decision-tools')) {
    if (html.dataAttributes.has('data-decision-tree')) return 'tree';
    if (html.dataAttributes.has('data-checklist')) return 'checklist';
  }
  if (catalogueViews.some((view) => html.dataAttributes.has(view))) return 'catalogue';
  if (html.dataAttributes.has('data-edition-print')) return 'print';
  if (withoutTrailingSlash(pathname) === withoutTrailingSlash(baseUrl)) return 'home';
  if (html.htmlClasses.includes('plugin-verktoykassa-search')) return 'search';
  const { contentKind } = html;
  return contentKind !== null && Object.hasOwn(kindOfContent, contentKind)
    ? kindOfContent[contentKind as ContentKind]
    : 'other';
}
