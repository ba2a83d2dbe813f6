import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { themes as prismThemes } from 'prism-react-renderer';
import { organisation as organisationSettings } from './organisation';
import { defaultLocaleOf, editUrlBase, parseOrganisation } from './src/domain/organisation';
import contentModel from './plugins/content-model';
import decisionTools from './plugins/decision-tools';
import blogWithRecentPosts from './plugins/recent-blog-posts';
import toolCatalogue from './plugins/tool-catalogue';
import { isoDateOf } from './src/domain/dates';

const organisation = parseOrganisation(organisationSettings);
const defaultLocale = defaultLocaleOf(organisation);

/**
 * The day the site was built. Pages render review notices against it on the
 * server (so they show without JavaScript); the browser re-checks against its
 * own clock after hydration.
 */
const buildDate = isoDateOf(new Date());

/** Where content lives; the content model checks every Markdown file against it. */
const docsPath = 'docs';
const blogPath = 'blog';

const content = contentModel({
  siteDir: __dirname,
  locales: organisation.locales.map((locale) => locale.code),
  defaultLocale: defaultLocale.code,
  docs: [{ pluginId: 'default', path: docsPath }],
  blogPath,
});
const trees = decisionTools();
const catalogue = toolCatalogue();

const blogOptions = {
  path: blogPath,
  routeBasePath: 'nytt',
  blogTitle: 'Nytt fra kompetansesenteret',
  blogDescription: `Nyheter, kurs og erfaringer fra ${organisation.competenceCentre}.`,
  blogSidebarTitle: 'Siste innlegg',
  blogSidebarCount: 10,
  postsPerPage: 10,
  showReadingTime: true,
  authorsMapPath: 'authors.yml',
  tags: 'tags.yml',
  onInlineTags: 'throw',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'throw',
  editUrl: editUrlBase(organisation),
  editLocalizedFiles: true,
  feedOptions: {
    type: ['rss', 'atom'],
    title: `${organisation.siteTitle}: nytt fra kompetansesenteret`,
    description: `Nyheter fra ${organisation.competenceCentre}, ${organisation.municipality}.`,
    copyright: `© ${new Date().getFullYear()} ${organisation.municipality}`,
    language: defaultLocale.code,
  },
} satisfies BlogOptions;

const searchOptions = {
  // "no" loads lunr's Norwegian stemmer, so "retningslinjene" matches "retningslinje".
  language: ['no', 'en'],
  hashed: true,
  indexBlog: true,
  indexPages: false,
  docsRouteBasePath: '/',
  blogRouteBasePath: 'nytt',
  searchResultLimits: 8,
  searchResultContextMaxLength: 60,
  highlightSearchTermsOnTargetPage: false,
  explicitSearchResultPath: true,
  searchBarShortcutHint: false,
} satisfies Partial<SearchOptions>;

const config = {
  title: organisation.siteTitle,
  tagline: `Retningslinjer, verktøy og veiledninger for sosiale medier i ${organisation.municipality}`,
  favicon: 'img/favicon.svg',
  url: organisation.siteUrl,
  baseUrl: organisation.baseUrl,
  trailingSlash: false,

  future: {
    // Also turns on Docusaurus Faster (Rspack, SWC, Lightning CSS).
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  customFields: { buildDate },

  clientModules: ['./src/clientModules/searchComboboxAria.ts'],

  i18n: {
    defaultLocale: defaultLocale.code,
    locales: organisation.locales.map((locale) => locale.code),
    localeConfigs: Object.fromEntries(
      organisation.locales.map((locale) => [
        locale.code,
        { label: locale.label, htmlLang: locale.htmlLang },
      ]),
    ),
  },

  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    // Every Markdown file's frontmatter passes through the content model here, once per build.
    parseFrontMatter: content.parseFrontMatter,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl: editUrlBase(organisation),
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          showLastUpdateAuthor: false,
          breadcrumbs: true,
          path: docsPath,
          beforeDefaultRemarkPlugins: [trees.remarkPlugin, catalogue.remarkPlugin],
        },
        // Provided by ./plugins/recent-blog-posts instead.
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [content.plugin, [blogWithRecentPosts, blogOptions], trees.plugin, catalogue.plugin],

  themes: [['@easyops-cn/docusaurus-search-local', searchOptions]],

  themeConfig: {
    metadata: [{ name: 'referrer', content: 'strict-origin-when-cross-origin' }],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true, autoCollapseCategories: false } },
    navbar: {
      title: organisation.siteTitle,
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { to: '/retningslinjer', label: 'Retningslinjer', position: 'left' },
        { to: '/postulater', label: 'Postulater', position: 'left' },
        { to: '/veiledninger', label: 'Veiledninger', position: 'left' },
        { to: '/verktoy', label: 'Verktøy', position: 'left' },
        { to: '/nytt', label: 'Nytt', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
        { href: organisation.repository.url, label: 'Kildekode', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Innhold',
          items: [
            { label: 'Retningslinjer', to: '/retningslinjer' },
            { label: 'Postulater', to: '/postulater' },
            { label: 'Veiledninger', to: '/veiledninger' },
            { label: 'Ordliste', to: '/ordliste' },
          ],
        },
        {
          title: 'Om nettstedet',
          items: [
            { label: 'Tilgjengelighetserklæring', to: '/tilgjengelighetserklaering' },
            { label: 'Nytt fra kompetansesenteret', to: '/nytt' },
            {
              label: 'RSS-feed',
              href: `${organisation.siteUrl}${organisation.baseUrl}nytt/rss.xml`,
            },
          ],
        },
      ],
      copyright: `${organisation.municipality} · ${organisation.competenceCentre}`,
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
