import * as z from 'zod';
import { parseDocument } from 'yaml';
import {
  blogPostFrontMatterSchema,
  docFrontMatterSchemas,
  type BlogPostFrontMatter,
  type DocFrontMatter,
} from './schemas';
import { formatProblem, problemsFromZodIssues, type ContentProblem } from './problems';
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

/** The line in the whole file of an offset in the frontmatter block, which starts on line 2. */
function fileLineOf(block: string, offset: number): number {
  return block.slice(0, offset).split('\n').length + 1;
}

/**
 * Reads the YAML frontmatter with YAML 1.2 rules. Docusaurus's default parser
 * uses YAML 1.1, which turns 2026-02-30 silently into 2 March; under 1.2 dates
 * stay strings and the schema can reject days that do not exist.
 */
export function parseFrontMatterYaml(
  file: string,
  fileContent: string,
): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const block = frontMatterBlock.exec(fileContent)?.[1];
  if (block === undefined) return { data: {}, problems: [] };
  const document = parseDocument(block, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      data: {},
      problems: document.errors.map((error) => ({
        file,
        field: '',
        message: `the frontmatter is not valid YAML (line ${fileLineOf(block, error.pos[0])}): ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { data: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: {},
      problems: [
        { file, field: '', message: 'the frontmatter must be a set of "field: value" lines' },
      ],
    };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}

function allowedFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType = schema;
  for (const segment of path) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    }
    if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = current.shape[segment] as z.ZodType;
    } else {
      return [];
    }
  }
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

type CheckResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

function checkWith<T>(file: string, schema: z.ZodType<T>, data: unknown): CheckResult<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: problemsFromZodIssues(file, result.error.issues, (path) =>
      allowedFieldsAt(schema, path),
    ),
  };
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
