import type { ContentProblem } from '../content/problems';
import { checklistItems } from '../checklist/items';
import type { Checklist } from '../checklist/schema';
import type { DecisionTree } from '../decisionTree/schema';
import { readChecklistFiles, readTreeFiles, type DecisionTools, type SourceFile } from './read';

/**
 * A translated tree or checklist keeps its source's ids and structure, so a
 * shared link or saved progress works in every language and the reader of the
 * translation is led the same way as the reader of the source. Only the words
 * differ. Returns the tools with every valid translation in place of its
 * source, every way a translation departs from its source, and which have
 * no translation.
 */
export function translateDecisionTools(
  source: DecisionTools,
  translations: { trees: readonly SourceFile[]; checklists: readonly SourceFile[] },
): {
  tools: DecisionTools;
  problems: ContentProblem[];
  /** The ids of trees and checklists this language has no valid translation of; they show in the source language. */
  untranslated: { trees: Set<string>; checklists: Set<string> };
} {
  const trees = readTreeFiles(translations.trees);
  const checklists = readChecklistFiles(translations.checklists);
  const problems = [...trees.problems, ...checklists.problems];
  const translatedTrees = new Map<string, DecisionTree>();
  for (const { file, value } of trees.entries) {
    const original = source.trees.find((tree) => tree.id === value.id);
    if (!original) {
      problems.push(
        noSource(
          file,
          value.id,
          source.trees.map((tree) => tree.id),
        ),
      );
      continue;
    }
    const differences = treeDifferences(file, original, value);
    problems.push(...differences);
    if (differences.length === 0) translatedTrees.set(value.id, value);
  }
  const translatedChecklists = new Map<string, Checklist>();
  for (const { file, value } of checklists.entries) {
    const original = source.checklists.find((checklist) => checklist.id === value.id);
    if (!original) {
      problems.push(
        noSource(
          file,
          value.id,
          source.checklists.map((checklist) => checklist.id),
        ),
      );
      continue;
    }
    const differences = checklistDifferences(file, original, value);
    problems.push(...differences);
    if (differences.length === 0) translatedChecklists.set(value.id, value);
  }
  return {
    tools: {
      trees: source.trees.map((tree) => translatedTrees.get(tree.id) ?? tree),
      checklists: source.checklists.map(
        (checklist) => translatedChecklists.get(checklist.id) ?? checklist,
      ),
    },
    problems,
    untranslated: {
      trees: new Set(source.trees.map((tree) => tree.id).filter((id) => !translatedTrees.has(id))),
      checklists: new Set(
        source.checklists
          .map((checklist) => checklist.id)
          .filter((id) => !translatedChecklists.has(id)),
      ),
    },
  };
}

function noSource(file: string, id: string, ids: readonly string[]): ContentProblem {
  return {
    file,
    field: 'id',
    message: `"${id}" translates nothing: there is no source with that id; ids are ${ids.join(', ')}`,
  };
}

const keep = 'a translation keeps the ids and structure of its source';

function differs(
  file: string,
  field: string,
  translated: unknown,
  original: unknown,
): ContentProblem[] {
  return JSON.stringify(translated) === JSON.stringify(original)
    ? []
    : [
        {
          file,
          field,
          message: `${JSON.stringify(translated)} differs from the source (${JSON.stringify(original)}); ${keep}`,
        },
      ];
}

/** What a tree's structure is, without its words: ids, where answers lead, kinds, links' targets. */
function treeDifferences(
  file: string,
  original: DecisionTree,
  translated: DecisionTree,
): ContentProblem[] {
  const problems = [
    ...differs(file, 'start', translated.start, original.start),
    ...differs(
      file,
      'questions',
      Object.keys(translated.questions),
      Object.keys(original.questions),
    ),
    ...differs(file, 'outcomes', Object.keys(translated.outcomes), Object.keys(original.outcomes)),
  ];
  if (problems.length > 0) return problems;
  for (const [id, question] of Object.entries(original.questions)) {
    const answers = (answersOf: typeof question) =>
      answersOf.answers.map((answer) => `${answer.id} → ${answer.next}`);
    problems.push(
      ...differs(
        file,
        `questions.${id}.answers`,
        answers(translated.questions[id]!),
        answers(question),
      ),
    );
  }
  for (const [id, outcome] of Object.entries(original.outcomes)) {
    const other = translated.outcomes[id]!;
    problems.push(
      ...differs(file, `outcomes.${id}.kind`, other.kind, outcome.kind),
      ...differs(
        file,
        `outcomes.${id}.checklist`,
        other.checklist ?? null,
        outcome.checklist ?? null,
      ),
      ...differs(
        file,
        `outcomes.${id}.links`,
        other.links.map((link) => link.to),
        outcome.links.map((link) => link.to),
      ),
    );
  }
  return problems;
}

function checklistDifferences(
  file: string,
  original: Checklist,
  translated: Checklist,
): ContentProblem[] {
  const shape = (checklist: Checklist) => ({
    groups: (checklist.groups ?? []).map((group) => group.id),
    items: checklistItems(checklist).map(
      (item) => `${item.id}${item.required ? '' : ' (optional)'}`,
    ),
  });
  return [
    ...differs(file, 'groups', shape(translated).groups, shape(original).groups),
    ...differs(file, 'items', shape(translated).items, shape(original).items),
  ];
}
