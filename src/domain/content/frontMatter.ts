import {
  blogPostFrontMatterSchema,
  docFrontMatterSchemas,
  type BlogPostFrontMatter,
  type BlogVocabulary,
  type DocFrontMatter,
} from './schemas';
import { formatProblem, type ContentProblem } from './problems';
import { checkWith, type CheckResult } from './validation';
import { contentPlace, type ContentLayout } from './location';
import { decodedTextProblems, parseYamlMapping, withoutByteOrderMark } from './yaml';
import { contentKinds, type ContentKind } from './vocabulary';

/** Thrown where a caller cannot go on; the message lists every problem, one per line. */
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

const frontMatterBlock = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A Markdown file split into its frontmatter text and the Markdown after it. */
function splitFrontMatter(fileContent: string): { yaml: string | undefined; body: string } {
  const match = frontMatterBlock.exec(fileContent);
  if (!match) return { yaml: undefined, body: fileContent.trim() };
  return { yaml: match[1] ?? '', body: fileContent.slice(match[0].length).trim() };
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
  vocabulary: BlogVocabulary,
): CheckResult<BlogPostFrontMatter> {
  return checkWith(file, blogPostFrontMatterSchema(vocabulary), data);
}

/** What the content model knows about the site, to judge one file. */
export type ContentModelContext = { layout: ContentLayout; blog: BlogVocabulary };

/**
 * A Markdown file's frontmatter as the content model reads it: what the
 * schema produced (trimmed text, defaults filled in) and every problem found.
 * A file with problems has empty frontmatter, so Docusaurus can go on reading
 * the other files and every problem of every file is reported in one run.
 */
export type FrontMatterReading =
  | { role: 'doc'; frontMatter: DocFrontMatter; problems: [] }
  | { role: 'blog-post'; frontMatter: BlogPostFrontMatter; problems: [] }
  | { role: 'partial'; frontMatter: Record<string, never>; problems: [] }
  | { role: 'invalid'; frontMatter: Record<string, never>; problems: ContentProblem[] };

/** A Markdown file split into its frontmatter block and the Markdown after it. */
export function splitContentFile(fileContent: string): { yaml: string | undefined; body: string } {
  return splitFrontMatter(withoutByteOrderMark(fileContent));
}

/**
 * The single entry point for a Markdown file's frontmatter: parse the YAML,
 * pick the schema by the file's place, validate. The result depends only on
 * the path and the frontmatter text, so a caller may keep it for as long as
 * both stay the same.
 *
 * @param siteRelativePath path from the site folder with forward slashes, e.g. `docs/ordliste.mdx`
 * @param yaml the frontmatter block without its `---` lines, or undefined if the file has none
 */
export function readFrontMatter(
  siteRelativePath: string,
  yaml: string | undefined,
  context: ContentModelContext,
): FrontMatterReading {
  const file = siteRelativePath;
  const invalid = (problems: ContentProblem[]): FrontMatterReading => ({
    role: 'invalid',
    frontMatter: {},
    problems,
  });
  const place = contentPlace(siteRelativePath, context.layout);
  if (place.role === 'unknown') return invalid([{ file, field: '', message: place.reason }]);
  if (place.role === 'partial') return { role: 'partial', frontMatter: {}, problems: [] };
  const { data, problems } =
    yaml === undefined
      ? { data: {}, problems: [] }
      : parseYamlMapping(file, yaml, { what: 'the frontmatter', firstLine: 2 });
  if (problems.length > 0) return invalid(problems);
  if (place.role === 'doc') {
    const result = checkDocFrontMatter(file, data);
    return result.ok
      ? { role: 'doc', frontMatter: result.value, problems: [] }
      : invalid(result.problems);
  }
  const result = checkBlogPostFrontMatter(file, data, context.blog);
  return result.ok
    ? { role: 'blog-post', frontMatter: result.value, problems: [] }
    : invalid(result.problems);
}

/**
 * A whole Markdown file as the build reads it: its frontmatter (see
 * readFrontMatter), its Markdown body, and problems with its text as well.
 */
export function readContentFile(
  siteRelativePath: string,
  fileContent: string,
  context: ContentModelContext,
): FrontMatterReading & { body: string } {
  const { yaml, body } = splitContentFile(fileContent);
  const reading = readFrontMatter(siteRelativePath, yaml, context);
  const textProblems = decodedTextProblems(siteRelativePath, fileContent);
  if (textProblems.length === 0) return { ...reading, body };
  return {
    role: 'invalid',
    frontMatter: {},
    problems: [...textProblems, ...reading.problems],
    body,
  };
}
