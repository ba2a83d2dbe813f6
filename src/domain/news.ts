import type { IsoDate } from './dates';

export type NewsItem = {
  title: string;
  description: string;
  permalink: string;
  date: IsoDate;
  /** The post's source path, which tells its language (see language.ts). */
  source: string;
};

/**
 * What the recent-blog-posts plugin hands the home page as global data. It is
 * declared here, below both, so the page need not import the plugin.
 */
export type RecentNewsGlobalData = { recentPosts: NewsItem[] };

/** The newest listed posts first; unlisted posts never reach the home page. */
export function latestNews(
  posts: readonly (NewsItem & { unlisted: boolean })[],
  count: number,
): NewsItem[] {
  return posts
    .filter((post) => !post.unlisted)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .slice(0, count)
    .map(({ unlisted: _unlisted, ...item }) => item);
}
