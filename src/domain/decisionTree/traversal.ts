import { outcomeAt, questionAt } from './lookup';
import type { Answer, DecisionTree, Outcome, Question } from './schema';
import { questionsLeftAtMost } from './ways';

/** One answered question on the reader's way through a tree. */
export type Step = { questionId: string; question: Question; answer: Answer };

/** Where the reader stands: at a question still to answer, or at an outcome. */
export type Position =
  | { kind: 'question'; id: string; question: Question }
  | { kind: 'outcome'; id: string; outcome: Outcome };

export type Walk = {
  steps: Step[];
  position: Position;
  /** The answers that were kept; differs from the input when a stale link named answers that no longer fit. */
  answerIds: string[];
};

function positionAt(tree: DecisionTree, id: string): Position {
  const question = questionAt(tree, id);
  if (question) return { kind: 'question', id, question };
  const outcome = outcomeAt(tree, id);
  if (outcome) return { kind: 'outcome', id, outcome };
  // The build validates every tree, so this only happens with hand-made data.
  throw new Error(`Decision tree "${tree.id}" has no question or outcome "${id}"`);
}

/**
 * Follows the given answers from the start question. Answers that do not fit
 * (an old link, a tree that has changed) end the walk there instead of failing,
 * so a reader always lands on a real question.
 */
export function walkTree(tree: DecisionTree, answerIds: readonly string[]): Walk {
  const steps: Step[] = [];
  let position = positionAt(tree, tree.start);
  for (const answerId of answerIds) {
    if (position.kind !== 'question') break;
    const answer = position.question.answers.find((candidate) => candidate.id === answerId);
    if (!answer) break;
    steps.push({ questionId: position.id, question: position.question, answer });
    position = positionAt(tree, answer.next);
  }
  return { steps, position, answerIds: steps.map((step) => step.answer.id) };
}

/**
 * Changes the answer to the question at `stepIndex`. Later answers are kept
 * where the new way passes the same questions, and dropped where it does not.
 */
export function reviseAnswer(
  tree: DecisionTree,
  answerIds: readonly string[],
  stepIndex: number,
  newAnswerId: string,
): string[] {
  const previous = walkTree(tree, answerIds);
  const earlierAnswers = new Map(
    previous.steps.slice(stepIndex + 1).map((step) => [step.questionId, step.answer.id]),
  );
  let revised = walkTree(tree, [...previous.answerIds.slice(0, stepIndex), newAnswerId]);
  while (revised.position.kind === 'question') {
    const kept = earlierAnswers.get(revised.position.id);
    if (kept === undefined) break;
    earlierAnswers.delete(revised.position.id);
    revised = walkTree(tree, [...revised.answerIds, kept]);
  }
  return revised.answerIds;
}

/** Answers in the URL: `ja.nei.ja`. Answer ids are kebab-case, so a dot never occurs in one. */
export function encodeAnswers(answerIds: readonly string[]): string {
  return answerIds.join('.');
}

export function decodeAnswers(value: string | null | undefined): string[] {
  return (value ?? '').split('.').filter((answerId) => answerId.length > 0);
}

/**
 * What an answer link in the URL needs: `droppedAnswers` counts the answers
 * the walk could not follow (an out-of-date link, a typo, garbage), so the
 * reader can be told; `tidyValue` is the value that names just the walk
 * taken, to put in the URL in place of what was there (null: no change needed).
 */
export function linkRepair(
  value: string | null,
  walk: Walk,
): { droppedAnswers: number; tidyValue: string | null } {
  if (value === null) return { droppedAnswers: 0, tidyValue: null };
  const tidy = encodeAnswers(walk.answerIds);
  return {
    droppedAnswers: decodeAnswers(value).length - walk.answerIds.length,
    tidyValue: tidy === value ? null : tidy,
  };
}

/**
 * Where the reader is, honestly for a branching tree: the number of the
 * question in view and the most questions this way can still come to
 * ("Spørsmål 3 av høyst 6"). At an outcome, `number` is the questions answered.
 */
export function stepProgress(tree: DecisionTree, walk: Walk): { number: number; atMost: number } {
  const answered = walk.steps.length;
  if (walk.position.kind === 'outcome') return { number: answered, atMost: answered };
  const left = questionsLeftAtMost(tree, walk.position.id).get(walk.position.id) ?? 1;
  return { number: answered + 1, atMost: answered + left };
}

/** Every way through the tree to an outcome; the data tests use it to prove each outcome can be reached. */
export function allOutcomePaths(tree: DecisionTree): { answers: Step[]; outcomeId: string }[] {
  const paths: { answers: Step[]; outcomeId: string }[] = [];
  const visit = (id: string, answers: Step[]) => {
    const question = questionAt(tree, id);
    if (!question) {
      paths.push({ answers, outcomeId: id });
      return;
    }
    for (const answer of question.answers) {
      visit(answer.next, [...answers, { questionId: id, question, answer }]);
    }
  };
  visit(tree.start, []);
  return paths;
}
