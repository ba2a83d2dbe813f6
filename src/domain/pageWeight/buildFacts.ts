/**
 * What one locale's production build tells about the code a page loads, as
 * plugins/page-weight records it: the client router's routes with the chunk
 * names each route's loader imports, and what the bundler put in each chunk.
 * Paths of files are relative to the locale's site (`assets/js/main.1a2b.js`);
 * modules are named by their path in the repository (`src/components/X/index.tsx`,
 * `node_modules/zod/...`).
 */

/** One route of the client router (Docusaurus's generated `routes.js`). */
export type BuiltRoute = {
  path: string;
  exact: boolean;
  /**
   * The chunk names the route's loader imports, for its component and its props
   * (`routesChunkNames.json`). The catch-all route `*` imports `@theme/NotFound`
   * without a chunk name; it is listed under that request.
   */
  chunkNames: string[];
  routes: BuiltRoute[];
};

/** One chunk the bundler emitted, and the source modules in it. */
export type ClientChunk = { files: string[]; modules: string[] };

export type LocaleBuildFacts = {
  /** Bumped when the shape changes, so an old record is refused rather than misread. */
  version: 1;
  locale: string;
  /** `/` or `/en/`: where the locale's site is served, and its folder in the build. */
  baseUrl: string;
  /** The files of the entry point every page loads from its HTML: runtime, main, styles. */
  entryFiles: string[];
  /**
   * The files each chunk group needs (an `import()` loads the whole group), by chunk
   * name, or for an `import()` without one, by its request (`workbox-window`).
   */
  chunkGroups: Record<string, string[]>;
  chunks: ClientChunk[];
  routes: BuiltRoute[];
};

export const buildFactsVersion = 1;

/** The request the catch-all route's loader imports, used as its chunk group's name. */
export const notFoundRequest = '@theme/NotFound';

/**
 * Whether a route matches a path, the way the client router decides it
 * (react-router 5's `matchPath`, not case-sensitive, a trailing slash allowed).
 * Docusaurus's routes are literal paths, plus the catch-all `*`.
 */
function routeMatches(route: BuiltRoute, pathname: string): boolean {
  if (route.path === '*') return true;
  if (/[:*?()+]/.test(route.path)) {
    throw new Error(
      `route ${route.path} has a pattern; the page-weight check only knows literal paths and *`,
    );
  }
  const base = route.path.replace(/\/$/, '').toLowerCase();
  const wanted = pathname.toLowerCase();
  if (!wanted.startsWith(base)) return false;
  const rest = wanted.slice(base.length);
  return route.exact ? rest === '' || rest === '/' : rest === '' || rest.startsWith('/');
}

/**
 * The routes the client router renders for a path, outermost first: at each
 * level the first route that matches, then its child routes (react-router-config's
 * `matchRoutes`, which Docusaurus's `preload` uses before it hydrates a page).
 */
export function routeBranch(routes: readonly BuiltRoute[], pathname: string): BuiltRoute[] {
  const match = routes.find((route) => routeMatches(route, pathname));
  if (!match) return [];
  return [match, ...routeBranch(match.routes, pathname)];
}

/**
 * The files Docusaurus loads for a path's route before it hydrates the page:
 * every chunk group each matched route's loader imports. A chunk name the build
 * did not record is an error: the record and the routes are from different builds.
 * A caller that has the path's `routeBranch` already may pass it.
 */
export function routeFiles(
  facts: LocaleBuildFacts,
  pathname: string,
  branch: readonly BuiltRoute[] = routeBranch(facts.routes, pathname),
): string[] {
  const files = new Set<string>();
  for (const route of branch) {
    for (const name of route.chunkNames) {
      const groupFiles = facts.chunkGroups[name];
      if (!groupFiles) {
        throw new Error(
          `${facts.locale}: route ${route.path} loads chunk ${name}, which the build did not record; build again`,
        );
      }
      for (const file of groupFiles) files.add(file);
    }
  }
  return [...files];
}

/**
 * The files of what the site's client modules `import()` as soon as any page starts
 * (workbox-window, say): every page loads them before it is interactive. A request
 * the build did not record is an error, so a renamed import cannot drop out unseen.
 */
export function startupFiles(facts: LocaleBuildFacts, startupImports: readonly string[]): string[] {
  return startupImports.flatMap((request) => {
    const files = facts.chunkGroups[request];
    if (!files) {
      throw new Error(
        `${facts.locale}: nothing in the build is imported as ${request}; take it out of startupImports`,
      );
    }
    return files;
  });
}
