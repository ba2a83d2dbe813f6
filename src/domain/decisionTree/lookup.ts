import type { Outcome, Question } from './schema';

/*
 * Kept apart from schema.ts so that code running in the browser can use these
 * without pulling zod into the page's JavaScript.
 */

/**
 * The question with this id, if the tree has one. Looks at the tree's own
 * entries only: a plain `tree.questions[id]` would find `constructor` and
 * other names every JavaScript object inherits.
 */
export function questionAt<Q = Question>(
  tree: { questions: Record<string, Q> },
  id: string,
): Q | undefined {
  return Object.hasOwn(tree.questions, id) ? tree.questions[id] : undefined;
}

/** The outcome with this id, if the tree has one (own entries only, see questionAt). */
export function outcomeAt<O = Outcome>(
  tree: { outcomes: Record<string, O> },
  id: string,
): O | undefined {
  return Object.hasOwn(tree.outcomes, id) ? tree.outcomes[id] : undefined;
}
