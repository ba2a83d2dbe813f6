import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems';

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
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      data: {},
      problems: document.errors.map((error) => ({
        file,
        field: '',
        message: `${what} is not valid YAML (line ${yamlText.slice(0, error.pos[0]).split('\n').length + firstLine - 1}): ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { data: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: {},
      problems: [{ file, field: '', message: `${what} must be a set of "field: value" lines` }],
    };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}
