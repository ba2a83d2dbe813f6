import { describe, expect, it } from 'vitest';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import { treeToMermaid } from './mermaid';

describe('treeToMermaid', () => {
  it('draws questions as diamonds, outcomes as boxes and answers as labelled arrows', () => {
    const diagram = treeToMermaid(exampleTree).split('\n');
    expect(diagram[0]).toBe('flowchart TD');
    expect(diagram).toContain('  n_personer{"Er det personer på bildet?"}');
    expect(diagram).toContain('  n_ikke_publiser["Ikke publiser"]');
    expect(diagram).toContain('  n_samtykke -->|"Nei"| n_ikke_publiser');
  });

  it('escapes quotes in labels', () => {
    const tree = {
      ...exampleTree,
      outcomes: {
        ...exampleTree.outcomes,
        vent: { ...exampleTree.outcomes.vent!, title: 'Si "nei"' },
      },
    };
    expect(treeToMermaid(tree)).toContain('n_vent["Si #quot;nei#quot;"]');
  });
});
