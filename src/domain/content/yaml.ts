import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems';

/**
 * Editors on Windows often start a UTF-8 file with a byte order mark. It is
 * invisible and harmless, so it is dropped rather than read as text.
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Files are read as UTF-8; bytes that are not UTF-8 (a Windows-1252 "ø", say)
 * arrive as U+FFFD and would be published as "Kommunedirekt�ren". Each such
 * line is a problem, so the contributor can save the file again as UTF-8.
 */
export function decodedTextProblems(file: string, text: string): ContentProblem[] {
  const lines = text.split('\n');
  return lines.flatMap((line, index) =>
    line.includes('\uFFFD')
      ? [
          {
            file,
            field: '',
            message: `line ${index + 1} has characters that are not UTF-8 (shown as �); save the file with the encoding UTF-8`,
          },
        ]
      : [],
  );
}

/** More aliases than any real file needs; a "billion laughs" file is refused, not expanded. */
const maxAliasCount = 50;

/**
 * Reads a YAML mapping with YAML 1.2 rules. Docusaurus's default frontmatter
 * parser uses YAML 1.1, which turns 2026-02-30 silently into 2 March; under 1.2
 * dates stay strings and the schemas can reject days that do not exist.
 *
 * @param what how the problem names the text: "the frontmatter", "the file"
 * @param firstLine the line of the whole file the YAML starts on, for messages
 */
export function parseYamlMapping(
  file: string,
  yamlText: string,
  { what, firstLine }: { what: string; firstLine: number },
): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const text = withoutByteOrderMark(yamlText);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length + firstLine - 1;
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      data: {},
      problems: document.errors.map((error) => ({
        file,
        field: '',
        message: `${what} is not valid YAML (line ${lineOf(error.pos[0])}): ${error.message.split('\n')[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    // The yaml library throws only for alias expansion beyond maxAliasCount here.
    return {
      data: {},
      problems: [
        {
          file,
          field: '',
          message: `${what} repeats aliases (*name) too often (${error instanceof Error ? error.message : String(error)}); write the values out`,
        },
      ],
    };
  }
  if (data === null || data === undefined) return { data: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: {},
      problems: [{ file, field: '', message: `${what} must be a set of "field: value" lines` }],
    };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}
