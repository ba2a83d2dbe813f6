import type { ContentProblem } from '../content/problems';
import { checkWith } from '../content/validation';
import { decodedTextProblems, parseYamlMapping } from '../content/yaml';
import { checklistItems } from '../checklist/items';
import { checklistSchema, type Checklist } from '../checklist/schema';
import { decisionTreeSchema, type DecisionTree } from '../decisionTree/schema';
import { treeShapeOf, treeStructureProblems } from '../decisionTree/structure';

/** A data file as read from disk: its path from the site folder and its text. */
export type SourceFile = { path: string; text: string };

export type DecisionTools = {
  trees: DecisionTree[];
  checklists: Checklist[];
};

function fileId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}

export type Reading<T> = {
  /** Files that passed every check of their own. */
  entries: { file: string; value: T }[];
  /** The id of every file, valid or not: others may name it, and its own problems are reported already. */
  ids: Set<string>;
  problems: ContentProblem[];
};

/**
 * Reads one kind of data file. Every file is checked on its own; a problem in
 * one never hides a problem in another. Saving the same id twice (`x.yml` and
 * `x.yaml`) is refused, since both would claim one page.
 */
export function readFiles<T extends { id: string }>(
  files: readonly SourceFile[],
  check: (file: string, data: Record<string, unknown>) => ReturnType<typeof checkWith<T>>,
  extraChecks: (file: string, data: Record<string, unknown>) => ContentProblem[],
): Reading<T> {
  const entries: Reading<T>['entries'] = [];
  const problems: ContentProblem[] = [];
  const firstFileById = new Map<string, string>();
  for (const { path, text } of files) {
    const id = fileId(path);
    const earlier = firstFileById.get(id);
    if (earlier !== undefined) {
      problems.push({
        file: path,
        field: '',
        message: `has the same name as ${earlier}; keep one of them (the id "${id}" can only be used once)`,
      });
      continue;
    }
    firstFileById.set(id, path);
    const fileProblems = decodedTextProblems(path, text);
    const parsed = parseYamlMapping(path, text, { what: 'the file', firstLine: 1 });
    if (parsed.problems.length > 0) {
      problems.push(...fileProblems, ...parsed.problems);
      continue;
    }
    const result = check(path, parsed.data);
    if (!result.ok) fileProblems.push(...result.problems);
    fileProblems.push(...extraChecks(path, parsed.data));
    const writtenId = parsed.data.id;
    if (typeof writtenId === 'string' && writtenId !== id) {
      fileProblems.push({
        file: path,
        field: 'id',
        message: `"${writtenId}" must match the file name "${id}", so links and saved progress find it`,
      });
    }
    problems.push(...fileProblems);
    if (result.ok && fileProblems.length === 0) entries.push({ file: path, value: result.value });
  }
  return { entries, ids: new Set(firstFileById.keys()), problems };
}

/** Reads checklist files, each on its own. */
export function readChecklistFiles(files: readonly SourceFile[]): Reading<Checklist> {
  return readFiles(
    files,
    (file, data) => checkWith(file, checklistSchema, data),
    () => [],
  );
}

/** Reads tree files, each on its own, structure included. */
export function readTreeFiles(files: readonly SourceFile[]): Reading<DecisionTree> {
  return readFiles(
    files,
    (file, data) => checkWith(file, decisionTreeSchema, data),
    (file, data) => {
      // The structure is checked even when a field failed, on the well-formed part.
      const shape = treeShapeOf(data);
      return shape ? treeStructureProblems(file, shape) : [];
    },
  );
}

/**
 * Reads every decision tree and checklist, checks each against its schema and
 * the trees' structure, and checks that outcomes point at checklist items that
 * exist. Returns all problems at once, so a contributor fixes them in one go;
 * a reference to a file that has problems of its own is not blamed again.
 */
export function readDecisionTools(
  treeFiles: readonly SourceFile[],
  checklistFiles: readonly SourceFile[],
): {
  tools: DecisionTools;
  /** The file each valid tree was read from, by id, for problems found later. */
  treeFiles: Record<string, string>;
  problems: ContentProblem[];
} {
  const checklists = readChecklistFiles(checklistFiles);
  const trees = readTreeFiles(treeFiles);
  const problems = [...checklists.problems, ...trees.problems];

  // A tree and a checklist with one id would share one parameter in the URL.
  for (const { file, value: tree } of trees.entries) {
    if (checklists.ids.has(tree.id)) {
      problems.push({
        file,
        field: 'id',
        message: `"${tree.id}" is also the id of a checklist; trees and checklists need different ids, since both keep their state in the address under their id`,
      });
    }
  }

  const checklistById = new Map(checklists.entries.map(({ value }) => [value.id, value]));
  const checklistList = [...checklists.ids].sort().join(', ');
  for (const { file, value: tree } of trees.entries) {
    for (const [outcomeId, outcome] of Object.entries(tree.outcomes)) {
      if (!outcome.checklist) continue;
      const field = `outcomes.${outcomeId}.checklist`;
      if (!checklists.ids.has(outcome.checklist.id)) {
        problems.push({
          file,
          field: `${field}.id`,
          message: `"${outcome.checklist.id}" is not a checklist; checklists are ${checklistList}`,
        });
        continue;
      }
      const checklist = checklistById.get(outcome.checklist.id);
      if (!checklist) continue; // It has problems of its own, reported above.
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
  const validTrees = trees.entries.filter(({ value }) => !checklists.ids.has(value.id));
  return {
    tools: {
      trees: validTrees.map(({ value }) => value),
      checklists: checklists.entries.map(({ value }) => value),
    },
    treeFiles: Object.fromEntries(validTrees.map(({ file, value }) => [value.id, file])),
    problems,
  };
}
