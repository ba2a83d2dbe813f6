import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const stub = (name: string) => path.resolve(rootDir, 'test/stubs', name);

/**
 * Two kinds of fast test: pure modules in Node (`*.test.ts`) and components in
 * jsdom (`*.dom.test.tsx`) with small stand-ins for Docusaurus's runtime modules.
 * Whole journeys run in real Chromium through Playwright (e2e/), not here.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'plugins/**/*.test.ts',
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.rebuild.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Builds the site twice (npm run test:rebuild); not part of the quick run.
        extends: true,
        test: {
          name: 'rebuild',
          environment: 'node',
          include: ['test/**/*.rebuild.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      {
        extends: true,
        resolve: {
          alias: [
            { find: '@docusaurus/Translate', replacement: stub('Translate.tsx') },
            { find: '@docusaurus/Link', replacement: stub('Link.tsx') },
            {
              find: '@docusaurus/useDocusaurusContext',
              replacement: stub('useDocusaurusContext.ts'),
            },
            { find: '@docusaurus/useIsBrowser', replacement: stub('useIsBrowser.ts') },
            { find: '@theme/Heading', replacement: stub('Heading.tsx') },
            { find: '@docusaurus/theme-common', replacement: stub('themeCommon.ts') },
            { find: '@docusaurus/router', replacement: stub('themeCommon.ts') },
            { find: '@docusaurus/useBaseUrl', replacement: stub('useBaseUrl.ts') },
            { find: '@docusaurus/plugin-content-docs/client', replacement: stub('docsClient.ts') },
            { find: /^@site\/(.*)$/, replacement: path.resolve(rootDir, '$1') },
          ],
        },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.dom.test.tsx'],
          setupFiles: ['test/setupDom.ts'],
          css: { modules: { classNameStrategy: 'non-scoped' } },
        },
      },
    ],
  },
});
