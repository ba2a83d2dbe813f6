import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.mjs, checked the way `npm run lint` meets
 * them: code is linted as if it were a file in the named folder, and a
 * crossing must fail with a message that names the rule it breaks.
 */

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: siteDir });
});

/** The messages of the import rule for `code` placed at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const domainIsPure = 'Layer rule "the domain is pure TypeScript"';
const domainIsTheBottom = 'Layer rule "the domain depends on nothing above it"';
const hooksDoNotImportViews = 'Layer rule "hooks adapt, views render"';
const browserCodeImportsNoPlugins = 'Layer rule "plugins are build-time wiring"';

describe('the domain', () => {
  it.each([
    ["import { useState } from 'react';", domainIsPure],
    ["import { createRoot } from 'react-dom/client';", domainIsPure],
    ["import Link from '@docusaurus/Link';", domainIsPure],
    ["import Heading from '@theme/Heading';", domainIsPure],
    ["import { readFileSync } from 'node:fs';", domainIsPure],
    ["import path from 'path';", domainIsPure],
    ["import { readFile } from 'fs/promises';", domainIsPure],
    ["import { useToday } from '../hooks/useToday';", domainIsTheBottom],
    ["import DocFacts from '../../components/DocFacts';", domainIsTheBottom],
    ["import DocFacts from '@site/src/components/DocFacts';", domainIsTheBottom],
    ["import type { Props } from '../../theme/DocItem/Content';", domainIsTheBottom],
    ["import plugin from '../../../plugins/tool-catalogue';", domainIsTheBottom],
    ["import plugin from '@site/plugins/tool-catalogue';", domainIsTheBottom],
  ])('refuses %s', async (statement, rule) => {
    const problems = await importProblems('src/domain/tools/example.ts', statement);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(rule);
  });

  it('allows other domain modules and plain libraries', async () => {
    const code = [
      "import * as z from 'zod';",
      "import { addMonths } from '../dates';",
      "import { toolStatuses } from './vocabulary';",
      'export const schema = z.enum(toolStatuses);',
      'export const later = addMonths;',
    ].join('\n');
    expect(await importProblems('src/domain/tools/example.ts', code)).toEqual([]);
  });
});

describe('hooks', () => {
  it.each([
    "import type { DocFactsProps } from '../components/DocFacts';",
    "import DocFacts from '@site/src/components/DocFacts';",
    "import Heading from '@theme/Heading';",
  ])('refuse a component: %s', async (statement) => {
    const problems = await importProblems('src/hooks/useExample.ts', statement);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(hooksDoNotImportViews);
  });

  it('refuse a plugin', async () => {
    const problems = await importProblems(
      'src/hooks/useExample.ts',
      "import type { RecentBlogPostsGlobalData } from '../../plugins/recent-blog-posts';",
    );
    expect(problems).toEqual([expect.stringContaining(browserCodeImportsNoPlugins)]);
  });

  it('may use React, the router and the domain', async () => {
    const code = [
      "import { useMemo } from 'react';",
      "import { useLocation } from '@docusaurus/router';",
      "import { pageFacts } from '../domain/content/pageFacts';",
      'export const parts = [useMemo, useLocation, pageFacts];',
    ].join('\n');
    expect(await importProblems('src/hooks/useExample.ts', code)).toEqual([]);
  });
});

describe('components, pages and theme', () => {
  it.each([
    ['src/components/Example/index.tsx', "import { load } from '../../../plugins/tool-catalogue';"],
    ['src/pages/example.tsx', "import type { Data } from '@site/plugins/recent-blog-posts';"],
    ['src/theme/DocItem/Content/index.tsx', "import plugin from '@site/plugins/decision-tools';"],
  ])('refuse a plugin in %s', async (filePath, statement) => {
    const problems = await importProblems(filePath, statement);
    expect(problems).toEqual([expect.stringContaining(browserCodeImportsNoPlugins)]);
  });

  it('may use components, hooks and the domain', async () => {
    const code = [
      "import FactList from '@site/src/components/FactList';",
      "import { useLocaleTag } from '@site/src/hooks/useLocaleTag';",
      "import { formatIsoDate } from '@site/src/domain/dates';",
      'export const parts = [FactList, useLocaleTag, formatIsoDate];',
    ].join('\n');
    expect(await importProblems('src/pages/example.tsx', code)).toEqual([]);
  });
});
