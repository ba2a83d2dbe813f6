import { useMemo } from 'react';
import type { DecisionTree } from '../domain/decisionTree/schema';
import {
  decodeAnswers,
  encodeAnswers,
  reviseAnswer,
  walkTree,
  type Walk,
} from '../domain/decisionTree/traversal';
import { useQueryParam } from './useQueryParam';

export type DecisionTreePath = {
  walk: Walk;
  answer: (answerId: string) => void;
  back: () => void;
  restart: () => void;
  revise: (stepIndex: number, answerId: string) => void;
};

/**
 * The reader's way through a tree, kept in the URL (`?<tree-id>=ja.nei`): a
 * link opens the same step, and every answer is a history entry, so the
 * browser's Back goes one step back.
 */
export function useDecisionTreePath(tree: DecisionTree): DecisionTreePath {
  const [value, setValue] = useQueryParam(tree.id);
  const walk = useMemo(() => walkTree(tree, decodeAnswers(value)), [tree, value]);
  const go = (answerIds: string[]) => setValue(encodeAnswers(answerIds) || null, { push: true });
  return {
    walk,
    answer: (answerId) => go([...walk.answerIds, answerId]),
    back: () => go(walk.answerIds.slice(0, -1)),
    restart: () => go([]),
    revise: (stepIndex, answerId) => go(reviseAnswer(tree, walk.answerIds, stepIndex, answerId)),
  };
}
