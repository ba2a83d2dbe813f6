import { describe, expect, it } from 'vitest';
import { readDecisionTools } from '../src/domain/decisionTools/read';
import { formatProblem } from '../src/domain/content/problems';
import { allOutcomePaths } from '../src/domain/decisionTree/traversal';
import { decisionToolFiles } from '../plugins/decision-tools/load';
import { siteDir } from './contentFiles';

/** The real trees and checklists, checked the way the build checks them. */
const files = decisionToolFiles(siteDir);
const { tools, problems } = readDecisionTools(files.trees, files.checklists);

describe('the decision trees and checklists in data/', () => {
  it('have no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('include at least four trees and four checklists', () => {
    expect(tools.trees.length).toBeGreaterThanOrEqual(4);
    expect(tools.checklists.length).toBeGreaterThanOrEqual(4);
  });

  it.each(tools.trees.map((tree) => [tree.id, tree] as const))(
    'tree %s reaches every outcome and links each to a guideline or how-to',
    (_id, tree) => {
      const reachedOutcomes = new Set(allOutcomePaths(tree).map((path) => path.outcomeId));
      expect([...reachedOutcomes].sort()).toEqual(Object.keys(tree.outcomes).sort());
      for (const outcome of Object.values(tree.outcomes)) {
        expect(outcome.links.length + (outcome.checklist ? 1 : 0)).toBeGreaterThan(0);
      }
    },
  );
});
