import {
  blogPostFrontMatterSchema,
  docFrontMatterSchemas,
  type BlogPostFrontMatter,
  type DocFrontMatter,
} from './schemas';
import { formatProblem, type ContentProblem } from './problems';
import { checkWith, type CheckResult } from './validation';
import { parseYamlMapping } from './yaml';
import { contentKinds, type ContentKind } from './vocabulary';

/** Which schema a Markdown file answers to, decided by where it lives in the site. */
export type ContentFileRole = 'doc' | 'blog-post' | 'unchecked';

const docRoots = [/^docs\//, /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/[^/]+\//];
const blogRoots = [/^blog\//, /^i18n\/[^/]+\/docusaurus-plugin-content-blog\//];

/**
 * @param siteRelativePath path from the site folder with forward slashes, e.g. `docs/ordliste.mdx`
 */
export function contentFileRole(siteRelativePath: string): ContentFileRole {
  const fileName = siteRelativePath.split('/').pop() ?? '';
  // Docusaurus treats files starting with _ as partials to import, not pages.
  if (fileName.startsWith('_')) return 'unchecked';
  if (docRoots.some((root) => root.test(siteRelativePath))) return 'doc';
  if (blogRoots.some((root) => root.test(siteRelativePath))) return 'blog-post';
  return 'unchecked';
}

/** Thrown when content breaks the model; the message lists every problem, one per line. */
export class ContentModelError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `${problems.length === 1 ? 'A content file has a problem' : `Content files have ${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentModelError';
    this.problems = problems;
  }
}

const frontMatterBlock = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the frontmatter block (YAML 1.2, see yaml.ts); a file without one has empty frontmatter. */
export function parseFrontMatterYaml(
  file: string,
  fileContent: string,
): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const block = frontMatterBlock.exec(fileContent)?.[1];
  if (block === undefined) return { data: {}, problems: [] };
  return parseYamlMapping(file, block, { what: 'the frontmatter', firstLine: 2 });
}

export function checkDocFrontMatter(
  file: string,
  data: Record<string, unknown>,
): CheckResult<DocFrontMatter> {
  const kind = data.kind;
  if (!contentKinds.includes(kind as ContentKind)) {
    const message =
      kind === undefined
        ? `is required; it is one of ${contentKinds.join(', ')}`
        : `${JSON.stringify(kind)} is not one of ${contentKinds.join(', ')}`;
    return { ok: false, problems: [{ file, field: 'kind', message }] };
  }
  return checkWith<DocFrontMatter>(file, docFrontMatterSchemas[kind as ContentKind], data);
}

export function checkBlogPostFrontMatter(
  file: string,
  data: Record<string, unknown>,
): CheckResult<BlogPostFrontMatter> {
  return checkWith(file, blogPostFrontMatterSchema, data);
}

/**
 * The single entry point for frontmatter: parse, pick the schema by location,
 * validate. Throws a ContentModelError naming every problem in the file.
 */
export function readFrontMatter(
  siteRelativePath: string,
  fileContent: string,
): Record<string, unknown> {
  const { data, problems } = parseFrontMatterYaml(siteRelativePath, fileContent);
  if (problems.length > 0) throw new ContentModelError(problems);
  const role = contentFileRole(siteRelativePath);
  if (role === 'unchecked') return data;
  const result =
    role === 'doc'
      ? checkDocFrontMatter(siteRelativePath, data)
      : checkBlogPostFrontMatter(siteRelativePath, data);
  if (!result.ok) throw new ContentModelError(result.problems);
  // Return what the contributor wrote (not zod's output) so Docusaurus sees its own fields untouched.
  return data;
}
