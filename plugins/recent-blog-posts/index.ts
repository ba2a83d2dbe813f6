import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import pluginContentBlog, { validateOptions } from '@docusaurus/plugin-content-blog';
import type { BlogContent, PluginOptions } from '@docusaurus/plugin-content-blog';
import { isoDateOf } from '../../src/domain/dates';
import { latestNews, type RecentNewsGlobalData } from '../../src/domain/news';

/** How many posts the home page lists under "Nytt". */
const recentPostCount = 3;

/**
 * The official blog plugin, plus the newest posts as global data for the home page.
 * The blog plugin exposes no data to other pages, so we wrap it instead of
 * reading the blog folder a second time.
 */
async function blogWithRecentPosts(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<BlogContent>> {
  const blogPlugin = await pluginContentBlog(context, options);
  return {
    ...blogPlugin,
    async contentLoaded(args) {
      await blogPlugin.contentLoaded?.(args);
      const posts = args.content.blogPosts.map(({ metadata }) => ({
        title: metadata.title,
        description: metadata.description,
        permalink: metadata.permalink,
        date: isoDateOf(new Date(metadata.date)),
        unlisted: metadata.unlisted,
        source: metadata.source,
      }));
      args.actions.setGlobalData({
        recentPosts: latestNews(posts, recentPostCount),
      } satisfies RecentNewsGlobalData);
    },
  };
}

// Docusaurus reads validateOptions from a plugin function passed directly in the config;
// the blog's own validator is typed for its options only, hence the cast.
blogWithRecentPosts.validateOptions = validateOptions as PluginModule['validateOptions'];

export default blogWithRecentPosts as PluginModule;
