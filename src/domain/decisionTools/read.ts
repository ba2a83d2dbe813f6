import type { ContentProblem } from '../content/problems';
import { checkWith } from '../content/validation';
import { parseYamlMapping } from '../content/yaml';
import { checklistItems } from '../checklist/items';
import { checklistSchema, type Checklist } from '../checklist/schema';
import { decisionTreeSchema, type DecisionTree } from '../decisionTree/schema';
import { treeStructureProblems } from '../decisionTree/structure';

/** A data file as read from disk: its path from the site folder and its text. */
export type SourceFile = { path: string; text: string };

export type DecisionTools = {
  trees: DecisionTree[];
  checklists: Checklist[];
};

function fileId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}

function readEntries<T extends { id: string }>(
  files: readonly SourceFile[],
  check: (
    file: string,
    data: unknown,
  ) => { ok: true; value: T } | { ok: false; problems: ContentProblem[] },
): { entries: { file: string; value: T }[]; problems: ContentProblem[] } {
  const entries: { file: string; value: T }[] = [];
  const problems: ContentProblem[] = [];
  for (const { path, text } of files) {
    const parsed = parseYamlMapping(path, text, { what: 'the file', firstLine: 1 });
    if (parsed.problems.length > 0) {
      problems.push(...parsed.problems);
      continue;
    }
    const result = check(path, parsed.data);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (result.value.id !== fileId(path)) {
      problems.push({
        file: path,
        field: 'id',
        message: `"${result.value.id}" must match the file name "${fileId(path)}", so links and saved progress find it`,
      });
      continue;
    }
    entries.push({ file: path, value: result.value });
  }
  return { entries, problems };
}

/**
 * Reads every decision tree and checklist, checks each against its schema and
 * the trees' structure, and checks that outcomes point at checklist items that
 * exist. Returns all problems at once, so a contributor fixes them in one go.
 */
export function readDecisionTools(
  treeFiles: readonly SourceFile[],
  checklistFiles: readonly SourceFile[],
): { tools: DecisionTools; problems: ContentProblem[] } {
  const checklists = readEntries(checklistFiles, (file, data) =>
    checkWith(file, checklistSchema, data),
  );
  const trees = readEntries(treeFiles, (file, data) => checkWith(file, decisionTreeSchema, data));
  const problems = [...checklists.problems, ...trees.problems];

  const checklistById = new Map(checklists.entries.map(({ value }) => [value.id, value]));
  for (const { file, value: tree } of trees.entries) {
    problems.push(...treeStructureProblems(file, tree));
    for (const [outcomeId, outcome] of Object.entries(tree.outcomes)) {
      if (!outcome.checklist) continue;
      const checklist = checklistById.get(outcome.checklist.id);
      const field = `outcomes.${outcomeId}.checklist`;
      if (!checklist) {
        problems.push({
          file,
          field: `${field}.id`,
          message: `"${outcome.checklist.id}" is not a checklist; checklists are ${[...checklistById.keys()].join(', ')}`,
        });
        continue;
      }
      const itemIds = new Set(checklistItems(checklist).map((item) => item.id));
      outcome.checklist.tick.forEach((itemId, index) => {
        if (!itemIds.has(itemId)) {
          problems.push({
            file,
            field: `${field}.tick[${index}]`,
            message: `"${itemId}" is not an item of checklist ${checklist.id}; its items are ${[...itemIds].join(', ')}`,
          });
        }
      });
    }
  }
  return {
    tools: {
      trees: trees.entries.map(({ value }) => value),
      checklists: checklists.entries.map(({ value }) => value),
    },
    problems,
  };
}
