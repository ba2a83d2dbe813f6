import type { ContentProblem } from '../content/problems';
import { outcomeAt, questionAt } from './lookup';
import { maxQuestionsOnAWay, questionsLeftAtMost } from './ways';

/**
 * What the structure checks look at. A tree that passed its schema has this
 * shape; so does the part of a broken tree that is well-formed (see
 * treeShapeOf), which lets a file with a schema problem still have its
 * structure checked in the same run.
 */
export type TreeShape = {
  start: string;
  questions: Record<string, { answers: readonly { id: string; next: string }[] }>;
  outcomes: Record<string, { links: readonly unknown[]; checklist?: unknown }>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The well-formed part of a tree file's data, or undefined if too little of it is well-formed. */
export function treeShapeOf(data: unknown): TreeShape | undefined {
  if (!isRecord(data) || typeof data.start !== 'string') return undefined;
  if (!isRecord(data.questions) || !isRecord(data.outcomes)) return undefined;
  const questions: TreeShape['questions'] = {};
  for (const [id, question] of Object.entries(data.questions)) {
    const answers = isRecord(question) && Array.isArray(question.answers) ? question.answers : [];
    questions[id] = {
      answers: answers.filter(
        (answer): answer is { id: string; next: string } =>
          isRecord(answer) && typeof answer.id === 'string' && typeof answer.next === 'string',
      ),
    };
  }
  const outcomes: TreeShape['outcomes'] = {};
  for (const [id, outcome] of Object.entries(data.outcomes)) {
    outcomes[id] = {
      links: isRecord(outcome) && Array.isArray(outcome.links) ? outcome.links : [],
      checklist: isRecord(outcome) ? outcome.checklist : undefined,
    };
  }
  return { start: data.start, questions, outcomes };
}

/**
 * Checks what a schema cannot: that the questions and outcomes form a tree a
 * reader can walk from the start to an outcome on every path. Each problem
 * names the field in the tree file, so a contributor knows where to look.
 */
export function treeStructureProblems(file: string, tree: TreeShape): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const questionIds = Object.keys(tree.questions);
  const outcomeIds = Object.keys(tree.outcomes);
  const knownIds = new Set([...questionIds, ...outcomeIds]);
  const knownList = [...knownIds].join(', ');

  for (const id of questionIds.filter((questionId) => outcomeIds.includes(questionId))) {
    problem(`outcomes.${id}`, `"${id}" is also a question id; every id in a tree must be unique`);
  }

  // An outcome the reader cannot act on is a dead end of another kind.
  for (const [id, outcome] of Object.entries(tree.outcomes)) {
    if (outcome.links.length === 0 && outcome.checklist === undefined) {
      problem(
        `outcomes.${id}`,
        'needs links (the guidelines or how-tos behind it) or a checklist, so the reader knows what to do next',
      );
    }
  }

  if (!questionAt(tree, tree.start)) {
    problem(
      'start',
      outcomeAt(tree, tree.start)
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

  // Cycles and reachability, by a depth-first walk from the start. The walk
  // keeps its own stack, so a tree of any depth is checked without running
  // out of the JavaScript stack.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const onPathIds = new Set<string>();
  const reportedCycles = new Set<string>();
  const enter = (id: string): boolean => {
    if (onPathIds.has(id)) {
      const cycle = [...onPath.slice(onPath.indexOf(id)), id];
      const key = [...cycle].sort().join(' ');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        problem(
          `questions.${onPath.at(-1)}`,
          `the answers loop back (${cycle.join(' → ')}); a tree must not go in circles`,
        );
      }
      return false;
    }
    if (reached.has(id)) return false;
    reached.add(id);
    if (!questionAt(tree, id)) return false;
    onPath.push(id);
    onPathIds.add(id);
    return true;
  };
  if (questionAt(tree, tree.start) && enter(tree.start)) {
    const frames = [{ id: tree.start, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const answers = questionAt(tree, frame.id)!.answers;
      if (frame.next < answers.length) {
        const target = answers[frame.next]!.next;
        frame.next += 1;
        if (knownIds.has(target) && enter(target)) frames.push({ id: target, next: 0 });
        continue;
      }
      frames.pop();
      onPath.pop();
      onPathIds.delete(frame.id);
    }
  }
  if (questionAt(tree, tree.start) && reportedCycles.size === 0) {
    const longest = questionsLeftAtMost(tree, tree.start).get(tree.start) ?? 0;
    if (longest > maxQuestionsOnAWay) {
      problem(
        'start',
        `den lengste veien gjennom treet har ${longest} spørsmål, men én vei kan ha høyst ${maxQuestionsOnAWay}; del treet i to, eller gjør en del av det om til en sjekkliste`,
      );
    }
  }

  for (const id of questionIds) {
    if (!reached.has(id) && questionAt(tree, tree.start)) {
      problem(`questions.${id}`, `cannot be reached from the start question "${tree.start}"`);
    }
  }
  for (const id of outcomeIds) {
    if (!reached.has(id) && questionAt(tree, tree.start)) {
      problem(`outcomes.${id}`, `cannot be reached from the start question "${tree.start}"`);
    }
  }
  return problems;
}
