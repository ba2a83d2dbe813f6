import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Props } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import type { LocaleBuildFacts } from '../../src/domain/pageWeight/buildFacts';
import { fakeContext, temporarySite } from '../../test/plugins/fakeDocusaurus';
import pageWeight, { buildFactsFile } from '.';
import { builtRoutes, chunkFacts, moduleName, type ClientStats } from './record';

/** `routes.js` as Docusaurus 3.10 writes it, cut down to a docs tree, a page and the catch-all. */
const routesSource = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/sok',
    component: ComponentCreator('/sok', '5a1'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'c51'),
    routes: [
      {
        path: '/veiledninger/a',
        component: ComponentCreator('/veiledninger/a', '9b7'),
        exact: true,
        sidebar: "innhold"
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;
const routesChunkNames = {
  '/sok-5a1': { __comp: '3127b838', __props: 'ff87245b' },
  '/-c51': { __comp: '5e95c892', __context: { plugin: 'aba21aa0' } },
  '/veiledninger/a-9b7': { __comp: '17896441', content: '638438ff' },
};

/** The bundler's stats for the client build, as `toJson(clientStatsOptions)` gives them. */
function clientStats(siteDir: string): ClientStats {
  return {
    entrypoints: {
      main: {
        assets: [
          { name: 'assets/js/runtime~main.1.js' },
          { name: 'assets/css/styles.1.css' },
          { name: 'assets/js/main.1.js' },
          { name: 'assets/js/main.1.js.map' },
        ],
      },
    },
    namedChunkGroups: {
      '17896441': {
        assets: [{ name: 'assets/js/5441.1.js' }, { name: 'assets/js/17896441.1.js' }],
      },
    },
    chunks: [
      {
        names: ['17896441'],
        files: ['assets/js/17896441.1.js'],
        modules: [
          {
            nameForCondition: `${siteDir}/src/theme/DocItem/Content/index.tsx`,
            modules: [
              { nameForCondition: `${siteDir}/src/theme/DocItem/Content/index.tsx` },
              { nameForCondition: `${siteDir}/src/components/DocFacts/index.tsx` },
            ],
          },
          { nameForCondition: '/elsewhere/node_modules/clsx/dist/clsx.mjs' },
          {},
        ],
        origins: [{ request: '@theme/DocItem', moduleName: './.docusaurus/registry.js' }],
      },
      {
        names: [],
        files: ['assets/js/8376.1.js'],
        modules: [{ nameForCondition: `${siteDir}/src/theme/NotFound/Content/index.tsx` }],
        origins: [
          { request: '@theme/NotFound', moduleName: './node_modules/x/ComponentCreator.js' },
        ],
      },
      {
        files: ['assets/js/7189.1.js'],
        origins: [{ request: 'workbox-window', moduleName: './node_modules/x/registerSw.js' }],
      },
    ],
  };
}

describe('the page-weight record', () => {
  it('reads the routes with the chunk names each loader imports, the catch-all by its request', () => {
    expect(builtRoutes(routesSource, routesChunkNames)).toEqual([
      { path: '/sok', exact: true, chunkNames: ['3127b838', 'ff87245b'], routes: [] },
      {
        path: '/',
        exact: false,
        chunkNames: ['5e95c892', 'aba21aa0'],
        routes: [
          {
            path: '/veiledninger/a',
            exact: true,
            chunkNames: ['17896441', '638438ff'],
            routes: [],
          },
        ],
      },
      { path: '*', exact: false, chunkNames: ['@theme/NotFound'], routes: [] },
    ]);
  });

  it('fails, naming the route, when routes.js and routesChunkNames.json disagree', () => {
    expect(() => builtRoutes(routesSource, {})).toThrow(
      /routes\.js: \/sok-5a1 is not in routesChunkNames\.json .*plugins\/page-weight must follow/,
    );
  });

  it('fails when routes.js is not an exported array', () => {
    expect(() => builtRoutes('export default {};', {})).toThrow(/no exported array of routes/);
  });

  it('reads chunk groups, unnamed imports by request, and each chunk’s source modules', () => {
    const siteDir = '/site';
    expect(chunkFacts(siteDir, clientStats(siteDir))).toEqual({
      entryFiles: ['assets/js/runtime~main.1.js', 'assets/css/styles.1.css', 'assets/js/main.1.js'],
      chunkGroups: {
        '17896441': ['assets/js/5441.1.js', 'assets/js/17896441.1.js'],
        '@theme/NotFound': ['assets/js/8376.1.js'],
        'workbox-window': ['assets/js/7189.1.js'],
      },
      chunks: [
        {
          files: ['assets/js/17896441.1.js'],
          modules: [
            'node_modules/clsx/dist/clsx.mjs',
            'src/components/DocFacts/index.tsx',
            'src/theme/DocItem/Content/index.tsx',
          ],
        },
        { files: ['assets/js/8376.1.js'], modules: ['src/theme/NotFound/Content/index.tsx'] },
        { files: ['assets/js/7189.1.js'], modules: [] },
      ],
    });
  });

  it('names modules by their path in the repository, packages from node_modules/ on', () => {
    expect(moduleName('/site', '/site/docs/a.mdx?truncated=true')).toBe('docs/a.mdx');
    expect(moduleName('/site', '/main/node_modules/a/node_modules/b/index.js')).toBe(
      'node_modules/b/index.js',
    );
  });
});

type Recorder = { apply: (compiler: unknown) => void };

describe('the page-weight plugin', () => {
  function recorderOf(plugin: Plugin, isServer: boolean, mode: string) {
    const configure = plugin.configureWebpack as unknown as (
      config: { mode: string },
      isServer: boolean,
    ) => { plugins?: Recorder[] };
    return configure({ mode }, isServer).plugins ?? [];
  }

  /** A locale's build up to postBuild: the generated routes written, the client build done. */
  function builtLocale(locale: string) {
    const siteDir = temporarySite();
    const context = fakeContext(siteDir, locale);
    mkdirSync(context.generatedFilesDir, { recursive: true });
    writeFileSync(path.join(context.generatedFilesDir, 'routes.js'), routesSource);
    writeFileSync(
      path.join(context.generatedFilesDir, 'routesChunkNames.json'),
      JSON.stringify(routesChunkNames),
    );
    const record = pageWeight();
    const plugin = record.plugin(context);
    let done: ((stats: { toJson: () => unknown }) => void) | undefined;
    recorderOf(plugin, false, 'production')[0]!.apply({
      hooks: { done: { tap: (_name: string, callback: typeof done) => (done = callback) } },
    });
    done!({ toJson: () => clientStats(siteDir) });
    return { context, record, plugin };
  }

  it('records the client production build only', () => {
    const plugin = pageWeight().plugin(fakeContext(temporarySite()));
    expect(recorderOf(plugin, true, 'production')).toEqual([]);
    expect(recorderOf(plugin, false, 'development')).toEqual([]);
    expect(recorderOf(plugin, false, 'production')).toHaveLength(1);
  });

  it('writes the locale’s record after the build, from the stats and the generated routes', async () => {
    const { context, plugin } = builtLocale('en');
    await plugin.postBuild!({ ...(context as unknown as Props), content: undefined } as never);

    const facts = JSON.parse(
      readFileSync(buildFactsFile(context.generatedFilesDir, 'en'), 'utf8'),
    ) as LocaleBuildFacts;
    expect(facts).toMatchObject({ version: 1, locale: 'en', baseUrl: '/en/' });
    expect(facts.routes.map((route) => route.path)).toEqual(['/sok', '/', '*']);
    expect(facts.chunkGroups['workbox-window']).toEqual(['assets/js/7189.1.js']);
  });

  it('hands the same record to another plugin’s postBuild, before or after its own', async () => {
    const { context, record, plugin } = builtLocale('en');
    const early = await record.buildFacts();
    await plugin.postBuild!({ ...(context as unknown as Props), content: undefined } as never);
    expect(await record.buildFacts()).toBe(early);
    expect(
      JSON.parse(readFileSync(buildFactsFile(context.generatedFilesDir, 'en'), 'utf8')),
    ).toEqual(early);
  });

  it('fails after a build whose client stats it never saw', async () => {
    const context = fakeContext(temporarySite());
    await expect(
      pageWeight().plugin(context).postBuild!({
        ...(context as unknown as Props),
        content: undefined,
      } as never),
    ).rejects.toThrow('page-weight: the client build left no stats to record');
  });
});
