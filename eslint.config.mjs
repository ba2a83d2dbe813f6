// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * The layers of the site (content → src/domain → plugins at build time, and
 * src/domain → src/hooks → views in the browser) as import rules: one `no-restricted-imports` block per folder, each
 * message naming the rule it enforces. test/layers.test.ts checks that they bite.
 * Tests are left out: they may read fixtures and use stubs; the rules are about
 * the code that ships.
 */
const tests = ['**/*.test.ts', '**/*.dom.test.tsx'];

const rules = {
  domainIsPure:
    'Layer rule "the domain is pure TypeScript": src/domain/** imports no React, no Docusaurus or theme module and does no I/O; adapt it in a hook (src/hooks) or pass the data in.',
  domainIsTheBottom:
    'Layer rule "the domain depends on nothing above it": src/domain/** imports nothing from src/hooks, src/components, src/pages, src/theme or plugins.',
  hooksDoNotImportViews:
    'Layer rule "hooks adapt, views render": src/hooks/** imports no components (src/components, @theme/*); take shared types from src/domain.',
  browserCodeImportsNoPlugins:
    'Layer rule "plugins are build-time wiring": code that runs in the browser (src/components, src/pages, src/theme, src/hooks) imports nothing from plugins/; share types through src/domain.',
};

/** Relative or @site paths into one of our own folders, e.g. `../../hooks/useToday`, `@site/src/hooks/useToday`. */
const ownFolder = (folders, siteRoot) =>
  `^((\\.{1,2}/)+(.*/)?|@site/${siteRoot})(${folders.join('|')})(/|$)`;

const pluginImports = {
  regex: ownFolder(['plugins'], ''),
  message: rules.browserCodeImportsNoPlugins,
};

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-headers/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks hand functions to the browser through Playwright's page.evaluate.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: rules.domainIsPure },
            { name: 'react-dom', message: rules.domainIsPure },
            ...builtinModules.map((name) => ({ name, message: rules.domainIsPure })),
          ],
          patterns: [
            {
              group: [
                'react/*',
                'react-dom/*',
                'node:*',
                '@docusaurus/*',
                '@theme/*',
                '@theme-original/*',
                '@generated/*',
              ],
              message: rules.domainIsPure,
            },
            {
              regex: ownFolder(['hooks', 'components', 'pages', 'theme'], 'src/'),
              message: rules.domainIsTheBottom,
            },
            { regex: ownFolder(['plugins'], ''), message: rules.domainIsTheBottom },
          ],
        },
      ],
    },
  },
  {
    files: ['src/hooks/**/*.{ts,tsx}'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: ownFolder(['components'], 'src/'),
              message: rules.hooksDoNotImportViews,
            },
            { group: ['@theme/*', '@theme-original/*'], message: rules.hooksDoNotImportViews },
            pluginImports,
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/pages/**/*.{ts,tsx}',
      'src/theme/**/*.{ts,tsx}',
      'src/clientModules/**/*.{ts,tsx}',
    ],
    ignores: tests,
    rules: {
      'no-restricted-imports': ['error', { patterns: [pluginImports] }],
    },
  },
);
