import { useEffect, useMemo } from 'react';
import { useLocation } from '@docusaurus/router';
import type { DecisionTree } from '../domain/decisionTree/schema';
import {
  decodeAnswers,
  encodeAnswers,
  linkRepair,
  reviseAnswer,
  stepProgress,
  walkTree,
  type Walk,
} from '../domain/decisionTree/traversal';
import { useQueryParam } from './useQueryParam';

export type DecisionTreePath = {
  walk: Walk;
  /** "Spørsmål 3 av høyst 6": the question in view and the most this way can come to. */
  progress: { number: number; atMost: number };
  /** True when the page opened from a link naming answers the tree does not have (now or any more). */
  linkWasOutOfDate: boolean;
  answer: (answerId: string) => void;
  back: () => void;
  restart: () => void;
  revise: (stepIndex: number, answerId: string) => void;
};

function isOutOfDateMark(state: unknown, treeId: string): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { treeLinkOutOfDate?: unknown }).treeLinkOutOfDate === treeId
  );
}

/**
 * The reader's way through a tree, kept in the URL (`?<tree-id>=ja.nei`): a
 * link opens the same step, and every answer is a history entry, so the
 * browser's Back goes one step back. A link naming answers that do not fit
 * (out of date, mistyped, garbage) opens at the last step that fits; the
 * address is tidied to that step, in place, and the reader is told.
 */
export function useDecisionTreePath(tree: DecisionTree): DecisionTreePath {
  const [value, setValue] = useQueryParam(tree.id);
  const walk = useMemo(() => walkTree(tree, decodeAnswers(value)), [tree, value]);
  const { droppedAnswers, tidyValue } = linkRepair(value, walk);
  // The notice goes with the tidied history entry: the next answer is a new entry without it.
  const { state } = useLocation();
  const linkWasOutOfDate = isOutOfDateMark(state, tree.id);
  useEffect(() => {
    if (tidyValue === null) return;
    setValue(tidyValue || null, {
      push: false,
      state: droppedAnswers > 0 ? { treeLinkOutOfDate: tree.id } : undefined,
    });
  }, [tidyValue, droppedAnswers, setValue, tree.id]);
  const go = (answerIds: string[]) => setValue(encodeAnswers(answerIds) || null, { push: true });
  return {
    walk,
    progress: stepProgress(tree, walk),
    linkWasOutOfDate,
    answer: (answerId) => go([...walk.answerIds, answerId]),
    back: () => go(walk.answerIds.slice(0, -1)),
    restart: () => go([]),
    revise: (stepIndex, answerId) => go(reviseAnswer(tree, walk.answerIds, stepIndex, answerId)),
  };
}
