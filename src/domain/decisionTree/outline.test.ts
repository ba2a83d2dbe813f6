import { describe, expect, it } from 'vitest';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import { treeOutline, type OutlineNode } from './outline';

/** The outline as indented text: questions, answers, outcomes and references. */
function render(node: OutlineNode, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  switch (node.kind) {
    case 'outcome':
      return [`${indent}= ${node.outcome.title}`];
    case 'see-above':
      return [`${indent}↑ ${node.title}`];
    case 'question':
      return [
        `${indent}? ${node.question.question}`,
        ...node.branches.flatMap((branch) => [
          `${indent}  ${branch.answer.label}:`,
          ...render(branch.next, depth + 2),
        ]),
      ];
  }
}

describe('treeOutline', () => {
  it('writes every question and outcome once, and refers back when a way meets one again', () => {
    expect(render(treeOutline(exampleTree))).toEqual([
      '? Er det personer på bildet?',
      '  Ja:',
      '    ? Har alle samtykket?',
      '      Ja:',
      '        ? Er du sint, lei deg eller beruset?',
      '          Ja:',
      '            = Vent til i morgen',
      '          Nei:',
      '            = Du kan publisere',
      '      Nei:',
      '        = Ikke publiser',
      '  Nei:',
      '    ↑ Er du sint, lei deg eller beruset?',
    ]);
  });
});
