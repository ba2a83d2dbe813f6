import { describe, expect, it } from 'vitest';
import { chainTree } from '../../../test/fixtures/chainTree';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import { formatProblem } from '../content/problems';
import type { DecisionTree } from './schema';
import { treeStructureProblems } from './structure';

const file = 'data/beslutningstraer/eksempel-tre.yml';
const problemsOf = (tree: DecisionTree) => treeStructureProblems(file, tree).map(formatProblem);

function withAnswerNext(
  tree: DecisionTree,
  questionId: string,
  answerIndex: number,
  next: string,
): DecisionTree {
  const question = tree.questions[questionId]!;
  const answers = question.answers.map((answer, index) =>
    index === answerIndex ? { ...answer, next } : answer,
  );
  return { ...tree, questions: { ...tree.questions, [questionId]: { ...question, answers } } };
}

describe('treeStructureProblems', () => {
  it('finds nothing wrong with a sound tree', () => {
    expect(problemsOf(exampleTree)).toEqual([]);
  });

  it('rejects an answer that leads nowhere, naming the tree file and the node', () => {
    expect(problemsOf(withAnswerNext(exampleTree, 'samtykke', 1, 'ikke-publiserr'))).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: questions.samtykke.answers[1].next: "ikke-publiserr" is not a question or outcome in this tree, so this answer is a dead end; ids are personer, samtykke, humor, ikke-publiser, vent, publiser',
      'data/beslutningstraer/eksempel-tre.yml: outcomes.ikke-publiser: cannot be reached from the start question "personer"',
    ]);
  });

  it('rejects a start that is not a question', () => {
    expect(problemsOf({ ...exampleTree, start: 'publiser' })).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: start: "publiser" is an outcome; the tree must start with a question',
    ]);
    expect(problemsOf({ ...exampleTree, start: 'første' })).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: start: "første" is not a question in this tree; questions are personer, samtykke, humor',
    ]);
  });

  it('rejects a loop, showing the way round it', () => {
    expect(problemsOf(withAnswerNext(exampleTree, 'humor', 1, 'personer'))).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: questions.humor: the answers loop back (personer → samtykke → humor → personer); a tree must not go in circles',
      'data/beslutningstraer/eksempel-tre.yml: outcomes.publiser: cannot be reached from the start question "personer"',
    ]);
  });

  it('rejects a question nobody can reach', () => {
    const tree = {
      ...exampleTree,
      questions: {
        ...exampleTree.questions,
        glemt: { question: 'Glemt?', answers: exampleTree.questions.humor!.answers },
      },
    };
    expect(problemsOf(tree)).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: questions.glemt: cannot be reached from the start question "personer"',
    ]);
  });

  it('rejects an id used for both a question and an outcome', () => {
    const tree = {
      ...exampleTree,
      outcomes: { ...exampleTree.outcomes, humor: exampleTree.outcomes.vent! },
    };
    expect(problemsOf(tree)).toContain(
      'data/beslutningstraer/eksempel-tre.yml: outcomes.humor: "humor" is also a question id; every id in a tree must be unique',
    );
  });

  it('rejects two answers with the same id in one question', () => {
    const question = exampleTree.questions.humor!;
    const tree = {
      ...exampleTree,
      questions: {
        ...exampleTree.questions,
        humor: {
          ...question,
          answers: [question.answers[0]!, { ...question.answers[1]!, id: 'ja' }],
        },
      },
    };
    expect(problemsOf(tree)).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: questions.humor.answers[1].id: "ja" is used twice in this question; answer ids must be unique',
    ]);
  });

  it('accepts a way of 100 questions, and refuses a longer one in one Norwegian line naming the file and field', () => {
    expect(problemsOf(chainTree(100))).toEqual([]);
    expect(problemsOf(chainTree(1000))).toEqual([
      'data/beslutningstraer/eksempel-tre.yml: start: den lengste veien gjennom treet har 1000 spørsmål, men én vei kan ha høyst 100; del treet i to, eller gjør en del av det om til en sjekkliste',
    ]);
  });

  it('checks a very deep tree without running out of stack', () => {
    const problems = problemsOf(chainTree(50_000));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('har 50000 spørsmål');
  });
});
