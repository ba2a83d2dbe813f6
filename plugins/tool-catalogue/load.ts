import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  checkDocFrontMatter,
  ContentModelError,
  parseFrontMatterYaml,
} from '../../src/domain/content/frontMatter';
import type { ContentProblem } from '../../src/domain/content/problems';
import { catalogueProblems, type Tool } from '../../src/domain/tools/tool';

/** Where tool evaluations live, relative to the site folder. */
export const toolFolder = 'docs/verktoy';

function toolFiles(siteDir: string): string[] {
  const directory = path.join(siteDir, toolFolder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort();
}

/**
 * Reads every tool evaluation's frontmatter (the other pages in the folder,
 * such as the catalogue itself, are skipped) and checks the catalogue as a
 * whole. Throws a ContentModelError listing every problem.
 */
export function loadTools(siteDir: string): Tool[] {
  const tools: { tool: Tool; file: string }[] = [];
  const problems: ContentProblem[] = [];
  for (const name of toolFiles(siteDir)) {
    const file = `${toolFolder}/${name}`;
    const { data, problems: yamlProblems } = parseFrontMatterYaml(
      file,
      readFileSync(path.join(siteDir, file), 'utf8'),
    );
    if (data.kind !== 'verktoy') continue;
    if (yamlProblems.length > 0) {
      problems.push(...yamlProblems);
      continue;
    }
    const result = checkDocFrontMatter(file, data);
    if (!result.ok) problems.push(...result.problems);
    else if (result.value.kind === 'verktoy')
      tools.push({ file, tool: { ...result.value, id: name.replace(/\.mdx?$/, '') } });
  }
  problems.push(...catalogueProblems(tools));
  if (problems.length > 0) throw new ContentModelError(problems);
  return tools.map(({ tool }) => tool);
}

/** The tools, read again only when a file in the folder has changed (for `npm start`). */
export function cachedTools(siteDir: string): () => Tool[] {
  let cached: { signature: string; tools: Tool[] } | undefined;
  return () => {
    const signature = toolFiles(siteDir)
      .map((name) => `${name}:${statSync(path.join(siteDir, toolFolder, name)).mtimeMs}`)
      .join('|');
    if (cached?.signature !== signature) cached = { signature, tools: loadTools(siteDir) };
    return cached.tools;
  };
}
