import { linkedPage, similarPages } from '../url';
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

/**
 * What a reader should do about a tool whose roles are not all named. The
 * advice depends on the status: "wait until this is in place" is right for a
 * tool one may use, but a tool that is advised against is not to be taken up
 * at all, so there the missing roles only matter for winding down its use.
 */
export type MissingRolesAdvice = 'wait-before-use' | 'keep-trial-small' | 'wind-down';

export function missingRolesAdvice(status: Tool['tool_status']): MissingRolesAdvice {
  switch (status) {
    case 'anbefalt':
    case 'tillatt':
      return 'wait-before-use';
    case 'prøves':
      return 'keep-trial-small';
    case 'frarådet':
      return 'wind-down';
  }
}

/** Where a tool's evaluation page lives. */
export function toolPath(id: string): string {
  return `/verktoy/${id}`;
}

/** What the catalogue's cross-checks know besides the tools. */
export type CatalogueSurroundings = {
  /**
   * Ids of files in the tool folder whose frontmatter failed its own checks.
   * Naming one is not blamed on the naming tool: the file's own problems are
   * reported already, and fixing them fixes the reference too.
   */
  brokenToolIds: ReadonlySet<string>;
  /** Every page of the site, as a path from its root without the locale. */
  pagePaths: ReadonlySet<string>;
};

/**
 * Checks what one file cannot know: that every alternative named is another
 * tool in the catalogue, and that every guideline named is a page of the site.
 */
export function catalogueProblems(
  tools: readonly { tool: Tool; file: string }[],
  { brokenToolIds, pagePaths }: CatalogueSurroundings,
): ContentProblem[] {
  const ids = new Set(tools.map(({ tool }) => tool.id));
  const known = [...ids].sort().join(', ');

  return tools.flatMap(({ tool, file }) => [
    ...tool.alternatives.flatMap((alternative, index): ContentProblem[] => {
      const field = `alternatives[${index}]`;
      if (alternative === tool.id) {
        return [{ file, field, message: `"${alternative}" is this tool itself; name other tools` }];
      }
      if (!ids.has(alternative) && !brokenToolIds.has(alternative)) {
        return [
          {
            file,
            field,
            message: `"${alternative}" is not a tool in the catalogue; tools are ${known}`,
          },
        ];
      }
      return [];
    }),
    ...tool.guidelines.flatMap((guideline, index): ContentProblem[] =>
      pagePaths.has(linkedPage(guideline))
        ? []
        : [
            {
              file,
              field: `guidelines[${index}]`,
              message: `"${guideline}" is not a page of the site${similarPages(guideline, pagePaths)}; write the path of a guideline, for example /retningslinjer/arkivering`,
            },
          ],
    ),
  ]);
}
