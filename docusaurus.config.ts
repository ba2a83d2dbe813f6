import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { Options as RedirectOptions } from '@docusaurus/plugin-client-redirects';
import type { Options as PwaOptions } from '@docusaurus/plugin-pwa';
import { themes as prismThemes } from 'prism-react-renderer';
import { organisation as organisationSettings } from './organisation';
import { precacheBudget, startupImports } from './pageWeightBudgets';
import {
  defaultLocaleOf,
  editUrlBase,
  owningUnits,
  parseOrganisation,
} from './src/domain/organisation';
import contentModel, { readVersions } from './plugins/content-model';
import contentStatus from './plugins/content-status';
import decisionTools from './plugins/decision-tools';
import editions from './plugins/editions';
import pageWeight from './plugins/page-weight';
import blogWithRecentPosts from './plugins/recent-blog-posts';
import siteSearch, { searchPagePath } from './plugins/search';
import toolCatalogue from './plugins/tool-catalogue';
import webServer from './plugins/web-server';
import { isoDateOf } from './src/domain/dates';
import { selectPrecache } from './src/domain/offline/precache';
import { algoliaConnectSources, algoliaThemeConfigFrom } from './src/domain/search/algolia';

const organisation = parseOrganisation(organisationSettings);
const defaultLocale = defaultLocaleOf(organisation);

/**
 * The day the site was built. Pages render review notices against it on the
 * server (so they show without JavaScript); the browser re-checks against its
 * own clock after hydration.
 */
const buildDate = isoDateOf(new Date());

/**
 * Where content lives; the content model checks every Markdown file against it.
 * The guidelines and postulates are the normative body: adopted as editions
 * (Docusaurus versions) in a docs instance of their own. Everything else lives
 * in the main docs instance and changes on its own schedule (see CONTRIBUTING).
 */
const docsPath = 'docs';
const guidelinesPath = 'retningslinjer';
const guidelinesPluginId = 'retningslinjer';
const blogPath = 'blog';

/**
 * Which adopted editions to build, e.g. `EDITIONS=2026` for a quicker build of the
 * latest only. Unset: every edition. The working draft is always built.
 */
const includedEditions = process.env.EDITIONS?.split(',').filter(Boolean);

/**
 * Algolia DocSearch instead of the embedded search, when `ALGOLIA_APP_ID`,
 * `ALGOLIA_SEARCH_API_KEY` and `ALGOLIA_INDEX_NAME` are all set (see README,
 * "Search"). Unset: the embedded search. Some but not all: the build stops.
 */
const algolia = (() => {
  try {
    return algoliaThemeConfigFrom(process.env, { searchPagePath });
  } catch (error) {
    // A settings mistake, not a bug: one line, without the config loader's stack trace.
    console.error(`[ERROR] ${(error as Error).message}`);
    process.exit(1);
  }
})();

const content = contentModel({
  siteDir: __dirname,
  locales: organisation.locales.map((locale) => locale.code),
  defaultLocale: defaultLocale.code,
  docs: [
    { pluginId: 'default', path: docsPath },
    { pluginId: guidelinesPluginId, path: guidelinesPath, translated: true },
  ],
  blogPath,
});
const guidelineEditions = editions({ siteDir: __dirname, docsPluginId: guidelinesPluginId });
const trees = decisionTools();
const catalogue = toolCatalogue();
// What each page loads, for npm run check:weight and the service worker's precache list.
const weightRecord = pageWeight();

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

const search = siteSearch({ guidelinesPluginId });
// The redirect pages and the Content-Security-Policy, written beside the build (plugins/web-server).
const server = webServer({ connectSources: algolia ? algoliaConnectSources : [] });

type ManifestTransform = NonNullable<
  NonNullable<PwaOptions['injectManifestConfig']>['manifestTransforms']
>[number];

/**
 * What a reader's first visit precaches of the files globIgnores leaves: the core
 * pages with their code and the code every page needs always, other pages with
 * their code within the budget (pageWeightBudgets.ts); what is left out the
 * service worker keeps as it is read. The build record tells what each page loads.
 */
const precacheSelection: ManifestTransform = async (entries) => {
  const selection = selectPrecache(entries, await weightRecord.buildFacts(), {
    budget: precacheBudget,
    startupImports,
  });
  // The PWA plugin drops workbox-build's warnings; this is where the build log gets them.
  console.log(`[precache] ${selection.summary}`);
  for (const warning of selection.warnings) console.warn(`[WARNING] [precache] ${warning}`);
  return selection;
};

const config = {
  title: organisation.siteTitle,
  tagline: `Retningslinjer, verktøy og veiledninger for sosiale medier i ${organisation.municipality}`,
  favicon: 'img/favicon.svg',
  url: organisation.siteUrl,
  baseUrl: organisation.baseUrl,
  trailingSlash: false,
  // The banner (for a wrong baseUrl) is an inline script that writes inline styles, which
  // the Content-Security-Policy would block; the browser tests catch a wrong baseUrl instead.
  baseUrlIssueBanner: false,

  future: {
    // Also turns on Docusaurus Faster (Rspack, SWC, Lightning CSS).
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  customFields: {
    buildDate,
    repository: organisation.repository,
    municipality: organisation.municipality,
    site: {
      exampleFacts: organisation.exampleFacts,
      contact: organisation.contact,
      competenceCentre: organisation.competenceCentre,
    },
  },

  clientModules: ['./src/clientModules/progressBarAria.ts', './src/clientModules/print.ts'],

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

  plugins: [
    content.plugin,
    [
      '@docusaurus/plugin-content-docs',
      {
        id: guidelinesPluginId,
        path: guidelinesPath,
        routeBasePath: guidelinesPath,
        sidebarPath: './sidebarsRetningslinjer.ts',
        editUrl: editUrlBase(organisation),
        editLocalizedFiles: true,
        showLastUpdateTime: true,
        showLastUpdateAuthor: false,
        breadcrumbs: true,
        beforeDefaultRemarkPlugins: [
          trees.remarkPlugin,
          catalogue.remarkPlugin,
          guidelineEditions.remarkPlugin,
        ],
        ...guidelineEditions.versionOptions(includedEditions),
      } satisfies DocsOptions,
    ],
    guidelineEditions.plugin,
    contentStatus({ knownOwners: owningUnits(organisation) }).plugin,
    [
      server.plugin,
      {
        // The postulates moved into the adopted editions; old links still arrive.
        redirects: [{ from: '/postulater', to: '/retningslinjer/postulater' }],
      } satisfies RedirectOptions,
    ],
    [
      '@docusaurus/plugin-pwa',
      {
        // A reader who has visited can read the site with the network cut (on a train, in a
        // basement meeting room), not only someone who installed it as an app.
        offlineModeActivationStrategies: ['always'],
        // An absolute path: the plugin imports it from its own folder.
        swCustom: `${__dirname}/src/serviceWorker/index.js`,
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: 'manifest.json' },
          { tagName: 'meta', name: 'theme-color', content: '#154261' },
        ],
        injectManifestConfig: {
          // Never precached: the pages of older editions and the draft, the other locales'
          // builds, or the search index, which a reader's own searches put in the cache as
          // they use it (src/serviceWorker).
          globIgnores: [
            ...organisation.locales
              .filter((locale) => locale.code !== defaultLocale.code)
              .map((locale) => `${locale.code}/**`),
            'pagefind/**',
            'pagefind-utgaver/**',
            'sokeord/**',
            'retningslinjer/*/**/*',
            ...readVersions(__dirname, guidelinesPluginId).map(
              (version) => `retningslinjer/${version}.html`,
            ),
            'retningslinjer/utkast.html',
            'utgaver/*/**/*',
            'nytt/tags/**',
            'nytt/page/**',
            '404.html',
          ],
          // Of the rest: the core pages and every page's code always, other pages within a budget.
          manifestTransforms: [precacheSelection],
          // Not workbox-build's 2 MiB a file: main.js passes that near 5,000 pages, and the
          // plugin would drop it and the warning. The budget is the limit.
          maximumFileSizeToCacheInBytes: precacheBudget,
          // The plugin sets swSrc, swDest and globDirectory itself; its type still asks for them.
        } as NonNullable<PwaOptions['injectManifestConfig']>,
      } satisfies PwaOptions,
    ],
    [blogWithRecentPosts, blogOptions],
    trees.plugin,
    catalogue.plugin,
    weightRecord.plugin,
  ],

  // With Algolia, preset-classic adds Docusaurus's DocSearch theme for `themeConfig.algolia`.
  themes: algolia ? [] : [search.plugin],

  themeConfig: {
    metadata: [{ name: 'referrer', content: 'strict-origin-when-cross-origin' }],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true, autoCollapseCategories: false } },
    navbar: {
      title: organisation.siteTitle,
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { to: '/retningslinjer', label: 'Retningslinjer', position: 'left' },
        { to: '/retningslinjer/postulater', label: 'Postulater', position: 'left' },
        { to: '/veiledninger', label: 'Veiledninger', position: 'left' },
        { to: '/verktoy', label: 'Verktøy', position: 'left' },
        { to: '/verktoy-for-a-bestemme', label: 'Verktøy for å bestemme', position: 'left' },
        { to: '/nytt', label: 'Nytt', position: 'left' },
        {
          type: 'docsVersionDropdown',
          docsPluginId: guidelinesPluginId,
          position: 'right',
          dropdownItemsAfter: [{ to: '/utgaver', label: 'Alle utgaver' }],
        },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Innhold',
          items: [
            { label: 'Retningslinjer', to: '/retningslinjer' },
            { label: 'Postulater', to: '/retningslinjer/postulater' },
            { label: 'Veiledninger', to: '/veiledninger' },
            { label: 'Verktøy for å bestemme', to: '/verktoy-for-a-bestemme' },
            { label: 'Ordliste', to: '/ordliste' },
          ],
        },
        {
          title: 'Om nettstedet',
          items: [
            { label: 'Utgaver av retningslinjene', to: '/utgaver' },
            { label: 'Innholdsstatus', to: '/innholdsstatus' },
            { label: 'Tilgjengelighetserklæring', to: '/tilgjengelighetserklaering' },
            { label: 'Nytt fra kompetansesenteret', to: '/nytt' },
            { label: 'Kildekode', href: organisation.repository.url },
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
    ...(algolia ? { algolia } : {}),
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
