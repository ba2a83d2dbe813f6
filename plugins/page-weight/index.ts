import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
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

/**
 * Records, for `npm run check:weight`, what each page of a production build
 * loads before it hydrates: the client build's chunks (from the bundler's
 * stats) and the routes with the chunk names their loaders import (from
 * `routes.js` and `routesChunkNames.json`, which the next locale's build
 * overwrites, so they are read in this locale's `postBuild`). Writes
 * `.docusaurus/verktoykassa-page-weight/<locale>.json`; adds nothing to the site.
 */
export default function pageWeight(): Plugin {
  let stats: ClientStats | undefined;
  return {
    name: 'verktoykassa-page-weight',

    configureWebpack(config, isServer) {
      // Only the production client build: the dev server would pay for stats on every change.
      if (isServer || config.mode !== 'production') return {};
      const recorder = {
        apply(compiler: StatsCompiler) {
          compiler.hooks.done.tap('verktoykassa-page-weight', (done) => {
            stats = done.toJson(clientStatsOptions) as ClientStats;
          });
        },
      };
      return { plugins: [recorder] };
    },

    async postBuild({ generatedFilesDir, siteDir, baseUrl, i18n }) {
      if (!stats) throw new Error('page-weight: the client build left no stats to record');
      const [routesSource, routesChunkNames] = await Promise.all([
        readFile(path.join(generatedFilesDir, 'routes.js'), 'utf8'),
        readFile(path.join(generatedFilesDir, 'routesChunkNames.json'), 'utf8'),
      ]);
      const facts: LocaleBuildFacts = {
        version: buildFactsVersion,
        locale: i18n.currentLocale,
        baseUrl,
        ...chunkFacts(siteDir, stats),
        routes: builtRoutes(routesSource, JSON.parse(routesChunkNames) as Record<string, unknown>),
      };
      const file = buildFactsFile(generatedFilesDir, i18n.currentLocale);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(facts)}\n`);
      // Released: a site of thousands of pages has large stats.
      stats = undefined;
    },
  };
}
