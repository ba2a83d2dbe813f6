import path from 'node:path';
import { parse } from 'acorn';
import type { Expression, Node, ObjectExpression, Program, SpreadElement } from 'estree';
import {
  notFoundRequest,
  type BuiltRoute,
  type ClientChunk,
} from '../../src/domain/pageWeight/buildFacts';

/**
 * Reads what the page-weight record needs from the two places that know it:
 * the bundler's stats for the client build (which files each chunk group
 * needs, which modules each chunk holds) and Docusaurus's generated
 * `routes.js` and `routesChunkNames.json` (which chunk groups each route's
 * loader imports).
 */

/** The part of the bundler's stats JSON read here (webpack and Rspack write the same shape). */
export type ClientStats = {
  entrypoints?: Record<string, { assets?: { name: string }[] }>;
  namedChunkGroups?: Record<string, { assets?: { name: string }[] }>;
  chunks?: {
    names?: string[];
    files?: string[];
    modules?: StatsModule[];
    origins?: { request?: string; moduleName?: string }[];
  }[];
};
type StatsModule = { nameForCondition?: string; modules?: StatsModule[] };

/** The options for `stats.toJson` that give `ClientStats` everything it reads. */
export const clientStatsOptions = {
  all: false,
  entrypoints: true,
  chunkGroups: true,
  chunks: true,
  chunkModules: true,
  nestedModules: true,
  chunkOrigins: true,
  dependentModules: true,
  orphanModules: true,
  groupModulesByType: false,
  chunkModulesSpace: Number.MAX_SAFE_INTEGER,
  nestedModulesSpace: Number.MAX_SAFE_INTEGER,
} as const;

const loadedFile = (file: string) => /\.(?:js|css)$/.test(file);

/** A module's name for people: its path in the repository, or from `node_modules/` on. */
export function moduleName(siteDir: string, resource: string): string {
  const withoutQuery = resource
    .replace(/[?#].*$/, '')
    .split(path.sep)
    .join('/');
  const packages = withoutQuery.lastIndexOf('/node_modules/');
  if (packages !== -1) return withoutQuery.slice(packages + 1);
  return path.relative(siteDir, withoutQuery).split(path.sep).join('/');
}

function sourceModules(siteDir: string, modules: readonly StatsModule[] = []): string[] {
  return modules.flatMap((module) =>
    module.modules?.length
      ? sourceModules(siteDir, module.modules)
      : module.nameForCondition
        ? [moduleName(siteDir, module.nameForCondition)]
        : [],
  );
}

export function chunkFacts(siteDir: string, stats: ClientStats) {
  const assetsOf = (group: { assets?: { name: string }[] } | undefined) =>
    (group?.assets ?? []).map((asset) => asset.name).filter(loadedFile);
  const chunks: ClientChunk[] = (stats.chunks ?? []).map((chunk) => ({
    files: (chunk.files ?? []).filter(loadedFile),
    modules: [...new Set(sourceModules(siteDir, chunk.modules))].sort(),
  }));
  const chunkGroups = Object.fromEntries(
    Object.entries(stats.namedChunkGroups ?? {}).map(([name, group]) => [name, assetsOf(group)]),
  );
  // An import() without a chunk name (the catch-all route's, a client module's) is known
  // by its request: its group is the chunks that import is the origin of.
  for (const chunk of stats.chunks ?? []) {
    if (chunk.names?.length) continue;
    for (const origin of chunk.origins ?? []) {
      if (!origin.request || origin.moduleName?.endsWith('.docusaurus/registry.js')) continue;
      const files = (chunkGroups[origin.request] ??= []);
      for (const file of (chunk.files ?? []).filter(loadedFile)) {
        if (!files.includes(file)) files.push(file);
      }
    }
  }
  return { entryFiles: assetsOf(stats.entrypoints?.main), chunkGroups, chunks };
}

type RoutesChunkNames = Record<string, unknown>;

function chunkNamesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesIn);
  return [];
}

function unexpected(node: Node, what: string): never {
  throw new Error(
    `routes.js: ${what} (at character ${(node as { start?: number }).start ?? '?'}); Docusaurus has changed how it writes routes, and plugins/page-weight must follow`,
  );
}

function stringOf(node: Expression | SpreadElement | undefined | null, what: string): string {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  return unexpected(node ?? ({} as Node), `${what} is not a string`);
}

function routeOf(
  node: Expression | SpreadElement | null,
  chunkNames: RoutesChunkNames,
): BuiltRoute {
  if (node?.type !== 'ObjectExpression')
    return unexpected(node ?? ({} as Node), 'a route is not an object');
  const property = (name: string) =>
    (node as ObjectExpression).properties.find(
      (candidate) =>
        candidate.type === 'Property' &&
        candidate.key.type === 'Identifier' &&
        candidate.key.name === name,
    );
  const valueOf = (name: string) => {
    const found = property(name);
    return found?.type === 'Property' ? (found.value as Expression) : undefined;
  };
  const routePath = stringOf(valueOf('path'), 'a route path');
  const component = valueOf('component');
  if (component?.type !== 'CallExpression')
    return unexpected(node, `${routePath} has no ComponentCreator call`);
  const [, hash] = component.arguments;
  let names: string[];
  if (routePath === '*') names = [notFoundRequest];
  else {
    const key = `${routePath}-${stringOf(hash as Expression, `the hash of ${routePath}`)}`;
    if (!(key in chunkNames)) return unexpected(node, `${key} is not in routesChunkNames.json`);
    names = chunkNamesIn(chunkNames[key]);
  }
  const exact = valueOf('exact');
  const children = valueOf('routes');
  return {
    path: routePath,
    exact: exact?.type === 'Literal' && exact.value === true,
    chunkNames: names,
    routes:
      children?.type === 'ArrayExpression'
        ? children.elements.map((child) => routeOf(child, chunkNames))
        : [],
  };
}

/** The route tree of `routes.js`, each route with the chunk names its loader imports. */
export function builtRoutes(routesSource: string, chunkNames: RoutesChunkNames): BuiltRoute[] {
  const program = parse(routesSource, {
    ecmaVersion: 'latest',
    sourceType: 'module',
  }) as unknown as Program;
  const exported = program.body.find((statement) => statement.type === 'ExportDefaultDeclaration');
  const routes = exported?.type === 'ExportDefaultDeclaration' ? exported.declaration : undefined;
  if (routes?.type !== 'ArrayExpression') return unexpected(program, 'no exported array of routes');
  return routes.elements.map((route) => routeOf(route, chunkNames));
}
