import type { ContentProblem } from '../content/problems';
import type { DecisionTree } from './schema';

/**
 * Checks what a schema cannot: that the questions and outcomes form a tree a
 * reader can walk from the start to an outcome on every path. Each problem
 * names the field in the tree file, so a contributor knows where to look.
 */
export function treeStructureProblems(file: string, tree: DecisionTree): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const questionIds = Object.keys(tree.questions);
  const outcomeIds = Object.keys(tree.outcomes);
  const knownIds = new Set([...questionIds, ...outcomeIds]);
  const knownList = [...knownIds].join(', ');

  for (const id of questionIds.filter((questionId) => outcomeIds.includes(questionId))) {
    problem(`outcomes.${id}`, `"${id}" is also a question id; every id in a tree must be unique`);
  }

  if (!tree.questions[tree.start]) {
    problem(
      'start',
      tree.outcomes[tree.start]
        ? `"${tree.start}" is an outcome; the tree must start with a question`
        : `"${tree.start}" is not a question in this tree; questions are ${questionIds.join(', ')}`,
    );
  }

  for (const [questionId, question] of Object.entries(tree.questions)) {
    const seenAnswerIds = new Set<string>();
    question.answers.forEach((answer, index) => {
      const field = `questions.${questionId}.answers[${index}]`;
      if (seenAnswerIds.has(answer.id)) {
        problem(
          `${field}.id`,
          `"${answer.id}" is used twice in this question; answer ids must be unique`,
        );
      }
      seenAnswerIds.add(answer.id);
      if (!knownIds.has(answer.next)) {
        problem(
          `${field}.next`,
          `"${answer.next}" is not a question or outcome in this tree, so this answer is a dead end; ids are ${knownList}`,
        );
      }
    });
  }

  // Cycles and reachability, by a depth-first walk from the start.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const reportedCycles = new Set<string>();
  const visit = (id: string) => {
    if (onPath.includes(id)) {
      const cycle = [...onPath.slice(onPath.indexOf(id)), id];
      const key = [...cycle].sort().join(' ');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        problem(
          `questions.${onPath.at(-1)}`,
          `the answers loop back (${cycle.join(' → ')}); a tree must not go in circles`,
        );
      }
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    const question = tree.questions[id];
    if (!question) return;
    onPath.push(id);
    for (const answer of question.answers) {
      if (knownIds.has(answer.next)) visit(answer.next);
    }
    onPath.pop();
  };
  if (tree.questions[tree.start]) visit(tree.start);

  for (const id of questionIds) {
    if (!reached.has(id) && tree.questions[tree.start]) {
      problem(`questions.${id}`, `cannot be reached from the start question "${tree.start}"`);
    }
  }
  for (const id of outcomeIds) {
    if (!reached.has(id) && tree.questions[tree.start]) {
      problem(`outcomes.${id}`, `cannot be reached from the start question "${tree.start}"`);
    }
  }
  return problems;
}
