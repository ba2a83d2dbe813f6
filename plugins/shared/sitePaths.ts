import type { AllContent } from '@docusaurus/types';

type Permalinked = { permalink: string; title?: string };
type DocsContent = { loadedVersions: { docs: Permalinked[] }[] };
type BlogContent = { blogPosts: { metadata: Permalinked }[] };

/**
 * The pages the site has, as paths from the site's root without the locale
 * (`/retningslinjer/arkivering`), the way contributors write links in data
 * files. Read from what the docs, blog and pages plugins loaded, so a link
 * check needs no second walk of the content folders.
 */
export function loadedPagePaths(allContent: AllContent, baseUrl: string): Set<string> {
  return new Set(loadedPageTitles(allContent, baseUrl).keys());
}

/** The title of every page the site has, by its path from the site's root (see loadedPagePaths). */
export function loadedPageTitles(allContent: AllContent, baseUrl: string): Map<string, string> {
  const permalinks: Permalinked[] = [];
  for (const [pluginName, instances] of Object.entries(allContent)) {
    for (const content of Object.values(instances ?? {})) {
      if (pluginName === 'docusaurus-plugin-content-docs') {
        for (const version of (content as DocsContent).loadedVersions)
          permalinks.push(...version.docs);
      } else if (pluginName === 'docusaurus-plugin-content-blog') {
        permalinks.push(...(content as BlogContent).blogPosts.map((post) => post.metadata));
      } else if (pluginName === 'docusaurus-plugin-content-pages') {
        permalinks.push(...(content as Permalinked[]));
      }
    }
  }
  // Later versions come first in Docusaurus's list; the first title seen for a path wins.
  const titles = new Map<string, string>();
  for (const page of permalinks) {
    const path = sitePathOf(page.permalink, baseUrl);
    if (!titles.has(path)) titles.set(path, page.title ?? path);
  }
  return titles;
}

/** `/en/retningslinjer/x` with baseUrl `/en/` → `/retningslinjer/x`. */
export function sitePathOf(permalink: string, baseUrl: string): string {
  const withinSite = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink;
  return `/${withinSite.replace(/^\/+/, '')}`.replace(/(.)\/$/, '$1');
}
