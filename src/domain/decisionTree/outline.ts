import { outcomeAt, questionAt } from './lookup';
import type { Answer, DecisionTree, Outcome, Question } from './schema';

/**
 * The tree as a flat outline for readers without JavaScript and for paper:
 * every question and every outcome once, in the order a reader meets them
 * first, each answer pointing to where it leads. Flat, so the page's depth
 * does not grow with the length of a way through the tree: a nested outline
 * of a long chain went past the depth the browser's HTML parser keeps (about
 * 500 elements) and broke hydration, and deeper still crashed the tab.
 */
export type OutlineTarget =
  | { kind: 'question'; id: string; number: number; title: string }
  | { kind: 'outcome'; id: string; title: string };

export type OutlineEntry =
  | {
      kind: 'question';
      id: string;
      /** Numbered in outline order: "Spørsmål 4". */
      number: number;
      question: Question;
      branches: { answer: Answer; target: OutlineTarget }[];
    }
  | { kind: 'outcome'; id: string; outcome: Outcome };

export function treeOutline(tree: DecisionTree): OutlineEntry[] {
  // Depth-first from the start, with a stack of our own rather than recursion,
  // so a tree of any depth is walked without running out of stack.
  const order: string[] = [];
  const seen = new Set<string>();
  const stack = [tree.start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    const question = questionAt(tree, id);
    if (question) {
      for (const answer of [...question.answers].reverse()) {
        if (!seen.has(answer.next)) stack.push(answer.next);
      }
    }
  }
  const questionNumbers = new Map(
    order.filter((id) => questionAt(tree, id)).map((id, index) => [id, index + 1]),
  );
  const targetOf = (id: string): OutlineTarget => {
    const question = questionAt(tree, id);
    if (question) {
      return { kind: 'question', id, number: questionNumbers.get(id)!, title: question.question };
    }
    const outcome = outcomeAt(tree, id);
    if (outcome) return { kind: 'outcome', id, title: outcome.title };
    throw new Error(`Decision tree "${tree.id}" has no question or outcome "${id}"`);
  };
  return order.map((id): OutlineEntry => {
    const question = questionAt(tree, id);
    if (question) {
      return {
        kind: 'question',
        id,
        number: questionNumbers.get(id)!,
        question,
        branches: question.answers.map((answer) => ({ answer, target: targetOf(answer.next) })),
      };
    }
    const outcome = outcomeAt(tree, id);
    if (outcome) return { kind: 'outcome', id, outcome };
    throw new Error(`Decision tree "${tree.id}" has no question or outcome "${id}"`);
  });
}
