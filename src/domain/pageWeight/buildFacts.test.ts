import { describe, expect, it } from 'vitest';
import { exampleFacts, exampleRoutes } from '../../../test/fixtures/pageWeight';
import { routeBranch, routeFiles, type BuiltRoute } from './buildFacts';

const pathsOf = (routes: BuiltRoute[]) => routes.map((route) => route.chunkNames.join('+'));

describe('routeBranch, as the client router matches routes', () => {
  it('takes the first route that matches at each level, then its children', () => {
    expect(pathsOf(routeBranch(exampleRoutes, '/veiledninger/a'))).toEqual([
      'docsRoot',
      'docsVersion',
      'docRoot',
      'docItem+howToA',
    ]);
    expect(pathsOf(routeBranch(exampleRoutes, '/beslutningstre/kan-jeg-publisere'))).toEqual([
      'treePage+treeData',
    ]);
  });

  it('allows a trailing slash and ignores case, as react-router does', () => {
    expect(pathsOf(routeBranch(exampleRoutes, '/SOK/'))).toEqual(['searchPage']);
  });

  it('matches a route that is not exact only at a path segment’s end', () => {
    const routes = [
      { path: '/retningslinjer', exact: false, chunkNames: ['versions'], routes: [] },
      { path: '*', exact: false, chunkNames: ['notFound'], routes: [] },
    ];
    expect(pathsOf(routeBranch(routes, '/retningslinjer/2025/arkivering'))).toEqual(['versions']);
    expect(pathsOf(routeBranch(routes, '/retningslinjerx'))).toEqual(['notFound']);
  });

  it('keeps the layout routes when no page under them matches (the docs show their 404 there)', () => {
    expect(pathsOf(routeBranch(exampleRoutes, '/404.html'))).toEqual([
      'docsRoot',
      'docsVersion',
      'docRoot',
    ]);
  });

  it('refuses a route with a pattern rather than guess', () => {
    const routes = [{ path: '/tags/:tag', exact: true, chunkNames: [], routes: [] }];
    expect(() => routeBranch(routes, '/tags/a')).toThrow(/only knows literal paths/);
  });
});

describe('routeFiles', () => {
  it('lists every file of every chunk group the matched routes load, once', () => {
    expect(routeFiles(exampleFacts, '/retningslinjer/arkivering')).toEqual([
      'assets/js/docsRoot.js',
      'assets/js/docsVersion.js',
      'assets/js/docRoot.js',
      'assets/css/styles.1.css',
      'assets/js/shared.js',
      'assets/js/docItem.js',
      'assets/js/guidelineWithTree.js',
    ]);
  });

  it('fails on a chunk name the build did not record, naming the route', () => {
    const facts = {
      ...exampleFacts,
      routes: [{ path: '/a', exact: true, chunkNames: ['gone'], routes: [] }],
    };
    expect(() => routeFiles(facts, '/a')).toThrow(
      'nb: route /a loads chunk gone, which the build did not record; build again',
    );
  });
});
