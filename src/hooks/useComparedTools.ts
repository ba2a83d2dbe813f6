import { useMemo } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  canCompare,
  comparedIds,
  comparedValue,
  toggleCompared,
  toolsByTitle,
  toolsWithIds,
} from '../domain/tools/compare';
import { useQueryParam } from './useQueryParam';

export type ComparedTools<T> = {
  /** Every tool, by name, as the picker lists them. */
  options: T[];
  /** The tools chosen, in the order they were chosen; none before hydration. */
  chosen: T[];
  isChosen: (id: string) => boolean;
  /** False once three are chosen, for every tool not among them. */
  canChoose: (id: string) => boolean;
  toggle: (id: string) => void;
};

/** The tools a reader compares, kept in the URL (`?verktoy=facebook,instagram`) so a comparison can be shared. */
export function useComparedTools<T extends { id: string; title: string }>(
  tools: readonly T[],
): ComparedTools<T> {
  const isBrowser = useIsBrowser();
  const [value, setValue] = useQueryParam('verktoy');
  const options = useMemo(() => toolsByTitle(tools), [tools]);
  const ids = isBrowser
    ? comparedIds(
        value,
        tools.map((tool) => tool.id),
      )
    : [];
  return {
    options,
    chosen: toolsWithIds(tools, ids),
    isChosen: (id) => ids.includes(id),
    canChoose: (id) => canCompare(ids, id),
    toggle: (id) => setValue(comparedValue(toggleCompared(ids, id)), { push: false }),
  };
}
