import type { AllContent } from '@docusaurus/types';

type Permalinked = { permalink: string };
type DocsContent = { loadedVersions: { docs: Permalinked[] }[] };
type BlogContent = { blogPosts: { metadata: Permalinked }[] };

/**
 * The pages the site has, as paths from the site's root without the locale
 * (`/retningslinjer/arkivering`), the way contributors write links in data
 * files. Read from what the docs, blog and pages plugins loaded, so a link
 * check needs no second walk of the content folders.
 */
export function loadedPagePaths(allContent: AllContent, baseUrl: string): Set<string> {
  const permalinks: string[] = [];
  for (const [pluginName, instances] of Object.entries(allContent)) {
    for (const content of Object.values(instances ?? {})) {
      if (pluginName === 'docusaurus-plugin-content-docs') {
        for (const version of (content as DocsContent).loadedVersions)
          permalinks.push(...version.docs.map((doc) => doc.permalink));
      } else if (pluginName === 'docusaurus-plugin-content-blog') {
        permalinks.push(
          ...(content as BlogContent).blogPosts.map((post) => post.metadata.permalink),
        );
      } else if (pluginName === 'docusaurus-plugin-content-pages') {
        permalinks.push(...(content as Permalinked[]).map((page) => page.permalink));
      }
    }
  }
  return new Set(permalinks.map((permalink) => sitePathOf(permalink, baseUrl)));
}

/** `/en/retningslinjer/x` with baseUrl `/en/` → `/retningslinjer/x`. */
export function sitePathOf(permalink: string, baseUrl: string): string {
  const withinSite = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink;
  return `/${withinSite.replace(/^\/+/, '')}`.replace(/(.)\/$/, '$1');
}

/** The page a link points at, without #anchor or ?query. */
export function linkedPage(link: string): string {
  return link.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1') || '/';
}
