import type { DecisionTree } from './schema';

/** Mermaid's label syntax breaks on quotes; #quot; is its escape. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

/**
 * The tree as a Mermaid flowchart, for reviewers who want to see the whole
 * structure at once. Generated from the same data readers click through.
 */
export function treeToMermaid(tree: DecisionTree): string {
  const nodeName = (id: string) => `n_${id.replace(/[^a-z0-9]/g, '_')}`;
  const lines = ['flowchart TD'];
  for (const [id, question] of Object.entries(tree.questions)) {
    lines.push(`  ${nodeName(id)}{${label(question.question)}}`);
  }
  for (const [id, outcome] of Object.entries(tree.outcomes)) {
    lines.push(`  ${nodeName(id)}[${label(outcome.title)}]`);
  }
  for (const [id, question] of Object.entries(tree.questions)) {
    for (const answer of question.answers) {
      lines.push(`  ${nodeName(id)} -->|${label(answer.label)}| ${nodeName(answer.next)}`);
    }
  }
  return lines.join('\n');
}
