/*
 * How long the ways through a tree are. Zod-free, so the browser can use it
 * for "Spørsmål 3 av høyst 6", and iterative, so a tree of any depth is
 * measured without running out of stack.
 */

/** What the measuring needs of a tree: where each question's answers lead. */
export type WayShape = {
  questions: Record<string, { answers: readonly { next: string }[] }>;
};

/**
 * For every node reached from `start`: the most questions a reader can still
 * be asked from there, that node included (an outcome counts 0). A node on a
 * loop is measured as if the loop were cut; the structure check reports loops.
 */
export function questionsLeftAtMost(tree: WayShape, start: string): Map<string, number> {
  const left = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: { id: string; expanded: boolean }[] = [{ id: start, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const question = Object.hasOwn(tree.questions, top.id) ? tree.questions[top.id] : undefined;
    if (left.has(top.id)) {
      stack.pop();
      continue;
    }
    if (!question) {
      left.set(top.id, 0);
      stack.pop();
      continue;
    }
    if (!top.expanded) {
      top.expanded = true;
      onStack.add(top.id);
      for (const answer of question.answers) {
        if (!left.has(answer.next) && !onStack.has(answer.next)) {
          stack.push({ id: answer.next, expanded: false });
        }
      }
      continue;
    }
    const longestAfter = Math.max(
      0,
      ...question.answers.map((answer) => left.get(answer.next) ?? 0),
    );
    left.set(top.id, 1 + longestAfter);
    onStack.delete(top.id);
    stack.pop();
  }
  return left;
}

/**
 * The most questions one way through a tree may ask. A reader will not answer
 * more in one go, and the page and the build stay fast at this size; a longer
 * way is better split into two trees or turned into a checklist.
 */
export const maxQuestionsOnAWay = 100;
