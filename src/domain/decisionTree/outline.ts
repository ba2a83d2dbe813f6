import { outcomeAt, questionAt } from './lookup';
import type { Answer, DecisionTree, Outcome, Question } from './schema';

/**
 * The tree as nested outline for readers without JavaScript and for paper.
 * A question or outcome reached by several ways is written out the first time
 * and referred to after that, so the outline stays as long as the tree is big.
 */
export type OutlineNode =
  | { kind: 'question'; id: string; question: Question; branches: OutlineBranch[] }
  | { kind: 'outcome'; id: string; outcome: Outcome }
  /** Written out earlier in the outline; the view links to it. */
  | { kind: 'see-above'; id: string; title: string };

export type OutlineBranch = { answer: Answer; next: OutlineNode };

export function treeOutline(tree: DecisionTree): OutlineNode {
  const written = new Set<string>();
  const build = (id: string): OutlineNode => {
    const question = questionAt(tree, id);
    const outcome = outcomeAt(tree, id);
    if (written.has(id)) {
      return { kind: 'see-above', id, title: question?.question ?? outcome?.title ?? id };
    }
    written.add(id);
    if (question) {
      return {
        kind: 'question',
        id,
        question,
        branches: question.answers.map((answer) => ({ answer, next: build(answer.next) })),
      };
    }
    if (outcome) return { kind: 'outcome', id, outcome };
    throw new Error(`Decision tree "${tree.id}" has no question or outcome "${id}"`);
  };
  return build(tree.start);
}
