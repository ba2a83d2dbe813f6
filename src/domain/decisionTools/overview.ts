import { checklistItems } from '../checklist/items';
import type { DecisionTools } from './read';

/**
 * Set on a tree or checklist the build shows in the source language on a
 * translated site, because it has no translation yet; the views say so.
 */
export type SourceLanguageMark = { untranslated?: true };

export type DecisionToolSummary = {
  kind: 'tree' | 'checklist';
  id: string;
  title: string;
  description: string;
  owner: string;
  /** How big the tool is: questions in a tree, items in a checklist. */
  size: number;
};

/** The overview of every tree and checklist, sorted by title within each kind. */
export function decisionToolSummaries({ trees, checklists }: DecisionTools): DecisionToolSummary[] {
  const byTitle = (a: DecisionToolSummary, b: DecisionToolSummary) =>
    a.title.localeCompare(b.title, 'nb');
  return [
    ...trees
      .map((tree) => ({
        kind: 'tree' as const,
        id: tree.id,
        title: tree.title,
        description: tree.description,
        owner: tree.owner,
        size: Object.keys(tree.questions).length,
      }))
      .sort(byTitle),
    ...checklists
      .map((checklist) => ({
        kind: 'checklist' as const,
        id: checklist.id,
        title: checklist.title,
        description: checklist.description,
        owner: checklist.owner,
        size: checklistItems(checklist).length,
      }))
      .sort(byTitle),
  ];
}

/** Where each tool has its own page. */
export function decisionToolPath(kind: DecisionToolSummary['kind'], id: string): string {
  return kind === 'tree' ? `/beslutningstre/${id}` : `/sjekkliste/${id}`;
}
