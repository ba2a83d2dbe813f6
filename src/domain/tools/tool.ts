import type { ContentProblem } from '../content/problems';
import type { ToolFrontMatter } from './schema';

/** A tool as the catalogue, radar, compare view and JSON export see it. */
export type Tool = ToolFrontMatter & {
  /** The file name in docs/verktoy/, and the last part of the page's path. */
  id: string;
};

/** The roles the seeds' rule requires of every system. */
export const requiredRoles = ['system_owner', 'administrator', 'support'] as const;
export type RequiredRole = (typeof requiredRoles)[number];

export function missingRoles(tool: Pick<Tool, 'roles'>): RequiredRole[] {
  return requiredRoles.filter((role) => !tool.roles[role]);
}

/** Where a tool's evaluation page lives. */
export function toolPath(id: string): string {
  return `/verktoy/${id}`;
}

/**
 * Checks what one file cannot know: that every alternative named is a tool in
 * the catalogue, and not the tool itself.
 */
export function catalogueProblems(
  tools: readonly { tool: Tool; file: string }[],
): ContentProblem[] {
  const ids = new Set(tools.map(({ tool }) => tool.id));
  const known = [...ids].sort().join(', ');
  return tools.flatMap(({ tool, file }) =>
    tool.alternatives.flatMap((alternative, index): ContentProblem[] => {
      const field = `alternatives[${index}]`;
      if (alternative === tool.id) {
        return [{ file, field, message: `"${alternative}" is this tool itself; name other tools` }];
      }
      if (!ids.has(alternative)) {
        return [
          {
            file,
            field,
            message: `"${alternative}" is not a tool in docs/verktoy/; tools are ${known}`,
          },
        ];
      }
      return [];
    }),
  );
}
