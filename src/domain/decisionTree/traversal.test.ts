import { describe, expect, it } from 'vitest';
import { chainTree } from '../../../test/fixtures/chainTree';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import {
  allOutcomePaths,
  decodeAnswers,
  encodeAnswers,
  linkRepair,
  reviseAnswer,
  stepProgress,
  walkTree,
} from './traversal';

describe('walkTree', () => {
  it('starts at the start question', () => {
    const walk = walkTree(exampleTree, []);
    expect(walk.position).toMatchObject({ kind: 'question', id: 'personer' });
    expect(walk.steps).toEqual([]);
  });

  it('follows answers to an outcome', () => {
    const walk = walkTree(exampleTree, ['ja', 'ja', 'nei']);
    expect(walk.steps.map((step) => step.questionId)).toEqual(['personer', 'samtykke', 'humor']);
    expect(walk.position).toMatchObject({ kind: 'outcome', id: 'publiser' });
  });

  it('stops at the first answer that does not fit, keeping what came before', () => {
    const walk = walkTree(exampleTree, ['ja', 'kanskje', 'nei']);
    expect(walk.answerIds).toEqual(['ja']);
    expect(walk.position).toMatchObject({ kind: 'question', id: 'samtykke' });
  });

  it('ignores answers given after an outcome', () => {
    expect(walkTree(exampleTree, ['ja', 'nei', 'ja']).answerIds).toEqual(['ja', 'nei']);
  });
});

describe('reviseAnswer', () => {
  it('keeps later answers to questions the new way still passes', () => {
    // personer=ja, samtykke=ja, humor=ja → change personer to nei: humor is still asked.
    expect(reviseAnswer(exampleTree, ['ja', 'ja', 'ja'], 0, 'nei')).toEqual(['nei', 'ja']);
  });

  it('drops later answers that no longer apply', () => {
    // Changing samtykke to nei ends at an outcome; the humor answer no longer applies.
    expect(reviseAnswer(exampleTree, ['ja', 'ja', 'ja'], 1, 'nei')).toEqual(['ja', 'nei']);
  });

  it('stops at a question not answered before', () => {
    expect(reviseAnswer(exampleTree, ['nei', 'nei'], 0, 'ja')).toEqual(['ja']);
  });
});

describe('answers in the URL', () => {
  it('round-trips through the query string value', () => {
    expect(decodeAnswers(encodeAnswers(['ja', 'nei']))).toEqual(['ja', 'nei']);
    expect(encodeAnswers([])).toBe('');
  });
  it('reads a missing or damaged value as no answers', () => {
    expect(decodeAnswers(null)).toEqual([]);
    expect(decodeAnswers('..ja..')).toEqual(['ja']);
  });
});

describe('allOutcomePaths', () => {
  it('lists every way through the tree', () => {
    expect(
      allOutcomePaths(exampleTree).map((path) => [
        path.answers.map((step) => step.answer.id).join('.'),
        path.outcomeId,
      ]),
    ).toEqual([
      ['ja.ja.ja', 'vent'],
      ['ja.ja.nei', 'publiser'],
      ['ja.nei', 'ikke-publiser'],
      ['nei.ja', 'vent'],
      ['nei.nei', 'publiser'],
    ]);
  });
});

describe('linkRepair', () => {
  it('leaves a sound link alone', () => {
    const value = 'ja.ja';
    expect(linkRepair(value, walkTree(exampleTree, decodeAnswers(value)))).toEqual({
      droppedAnswers: 0,
      tidyValue: null,
    });
    expect(linkRepair(null, walkTree(exampleTree, []))).toEqual({
      droppedAnswers: 0,
      tidyValue: null,
    });
  });

  it.each([
    ['an unknown answer', 'ja.kanskje.nei', 2, 'ja'],
    ['garbage', '<script>alert(1)</script>', 1, ''],
    ['answers after an outcome', 'ja.nei.ja.ja', 2, 'ja.nei'],
    ['a constructor name', 'constructor', 1, ''],
  ])(
    'counts what %s left out, and tidies the value to the way taken',
    (_case, value, dropped, tidy) => {
      expect(linkRepair(value, walkTree(exampleTree, decodeAnswers(value)))).toEqual({
        droppedAnswers: dropped,
        tidyValue: tidy,
      });
    },
  );

  it('tidies stray dots without calling the link out of date', () => {
    expect(linkRepair('..ja..', walkTree(exampleTree, ['ja']))).toEqual({
      droppedAnswers: 0,
      tidyValue: 'ja',
    });
  });
});

describe('stepProgress', () => {
  it('counts the question in view against the longest way still open', () => {
    expect(stepProgress(exampleTree, walkTree(exampleTree, []))).toEqual({ number: 1, atMost: 3 });
    // After "Nei" to people, only the mood question is left.
    expect(stepProgress(exampleTree, walkTree(exampleTree, ['nei']))).toEqual({
      number: 2,
      atMost: 2,
    });
    expect(stepProgress(exampleTree, walkTree(exampleTree, ['ja']))).toEqual({
      number: 2,
      atMost: 3,
    });
  });

  it('measures a chain of a thousand questions', () => {
    const tree = chainTree(1000);
    expect(stepProgress(tree, walkTree(tree, ['ja', 'ja']))).toEqual({ number: 3, atMost: 1000 });
  });
});
