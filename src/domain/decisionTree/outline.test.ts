import { describe, expect, it } from 'vitest';
import { chainTree } from '../../../test/fixtures/chainTree';
import { exampleTree } from '../../../test/fixtures/decisionTools';
import { treeOutline, type OutlineEntry } from './outline';

/** The outline as text: numbered questions with where each answer leads, and outcomes. */
function render(entries: OutlineEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'outcome'
      ? [`= ${entry.outcome.title}`]
      : [
          `${entry.number}. ${entry.question.question}`,
          ...entry.branches.map(({ answer, target }) =>
            target.kind === 'question'
              ? `  ${answer.label} → ${target.number}. ${target.title}`
              : `  ${answer.label} → = ${target.title}`,
          ),
        ],
  );
}

describe('treeOutline', () => {
  it('writes every question and outcome once, in the order a reader meets them, each answer naming where it leads', () => {
    expect(render(treeOutline(exampleTree))).toEqual([
      '1. Er det personer på bildet?',
      '  Ja → 2. Har alle samtykket?',
      '  Nei → 3. Er du sint, lei deg eller beruset?',
      '2. Har alle samtykket?',
      '  Ja → 3. Er du sint, lei deg eller beruset?',
      '  Nei → = Ikke publiser',
      '3. Er du sint, lei deg eller beruset?',
      '  Ja → = Vent til i morgen',
      '  Nei → = Du kan publisere',
      '= Vent til i morgen',
      '= Du kan publisere',
      '= Ikke publiser',
    ]);
  });

  it.each([100, 1000, 20_000])('is a flat list for a chain of %i questions', (length) => {
    const outline = treeOutline(chainTree(length));
    expect(outline).toHaveLength(length + 2);
    expect(outline[length - 1]).toMatchObject({ kind: 'question', number: length });
  });
});
