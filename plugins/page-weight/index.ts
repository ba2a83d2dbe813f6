import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildFactsVersion, type LocaleBuildFacts } from '../../src/domain/pageWeight/buildFacts';
import { builtRoutes, chunkFacts, clientStatsOptions, type ClientStats } from './record';

/** Where a locale's record is written: beside Docusaurus's other generated files. */
export function buildFactsFile(generatedFilesDir: string, locale: string): string {
  return path.join(generatedFilesDir, 'verktoykassa-page-weight', `${locale}.json`);
}

/** The part of the bundler's compiler this plugin taps (webpack and Rspack alike). */
type StatsCompiler = {
  hooks: {
    done: {
      tap: (
        name: string,
        callback: (stats: { toJson: (options: object) => unknown }) => void,
      ) => void;
    };
  };
};

/** One locale's production build as the plugin sees it. */
type LocaleBuild = {
  context: LoadContext;
  stats?: ClientStats;
  facts?: Promise<LocaleBuildFacts>;
};

/**
 * The record of a locale's build, made once from the client build's stats and
 * the generated routes, whoever asks first. `routes.js` and `routesChunkNames.json`
 * are Docusaurus's, written before the bundler runs; the next locale's build
 * overwrites them, so they are read during this locale's postBuild.
 */
function factsOf(build: LocaleBuild): Promise<LocaleBuildFacts> {
  build.facts ??= (async () => {
    const { stats, context } = build;
    if (!stats) throw new Error('page-weight: the client build left no stats to record');
    const { generatedFilesDir, siteDir, baseUrl, i18n } = context;
    const [routesSource, routesChunkNames] = await Promise.all([
      readFile(path.join(generatedFilesDir, 'routes.js'), 'utf8'),
      readFile(path.join(generatedFilesDir, 'routesChunkNames.json'), 'utf8'),
    ]);
    // Released: a site of thousands of pages has large stats.
    build.stats = undefined;
    return {
      version: buildFactsVersion,
      locale: i18n.currentLocale,
      baseUrl,
      ...chunkFacts(siteDir, stats),
      routes: builtRoutes(routesSource, JSON.parse(routesChunkNames) as Record<string, unknown>),
    };
  })();
  return build.facts;
}

/**
 * Records what each page of a production build loads before it hydrates: the
 * client build's chunks (from the bundler's stats) and the routes with the
 * chunk names their loaders import. Writes
 * `.docusaurus/verktoykassa-page-weight/<locale>.json` for `npm run check:weight`;
 * adds nothing to the site.
 *
 * `buildFacts` hands the same record to code that runs in the current locale's
 * postBuild, as the service worker's precache list does (docusaurus.config.ts).
 * Docusaurus runs every plugin's postBuild at once, so it is made by whoever
 * asks first rather than read from the file.
 */
export default function pageWeight() {
  let current: LocaleBuild | undefined;

  function pageWeightPlugin(context: LoadContext): Plugin {
    const build: LocaleBuild = { context };
    current = build;
    return {
      name: 'verktoykassa-page-weight',

      configureWebpack(config, isServer) {
        // Only the production client build: the dev server would pay for stats on every change.
        if (isServer || config.mode !== 'production') return {};
        const recorder = {
          apply(compiler: StatsCompiler) {
            compiler.hooks.done.tap('verktoykassa-page-weight', (done) => {
              build.stats = done.toJson(clientStatsOptions) as ClientStats;
              build.facts = undefined;
            });
          },
        };
        return { plugins: [recorder] };
      },

      async postBuild() {
        const facts = await factsOf(build);
        const file = buildFactsFile(context.generatedFilesDir, context.i18n.currentLocale);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(facts)}\n`);
      },
    };
  }

  return {
    plugin: pageWeightPlugin,
    /** The record of the locale being built; call it in postBuild, after the client build. */
    buildFacts(): Promise<LocaleBuildFacts> {
      if (!current)
        throw new Error('page-weight: no build has started; add the plugin to the config');
      return factsOf(current);
    },
  };
}
