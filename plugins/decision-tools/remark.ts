import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DecisionTools } from '../../src/domain/decisionTools/read';
import { decisionToolSummaries } from '../../src/domain/decisionTools/overview';
import { dataAttribute, importStatement, stringAttribute } from '../shared/mdxAst';

/**
 * Lets a contributor write `<DecisionTree id="kan-jeg-publisere" />`,
 * `<Checklist id="ny-konto" />` or `<DecisionToolList />` in any MDX page:
 * it imports the component into that page only (so pages without one load none
 * of its code) and passes the checked data in, so the page renders complete on
 * the server. An unknown id stops the build and names the page.
 */

const components = {
  DecisionTree: { module: '@site/src/components/DecisionTree', prop: 'tree' },
  Checklist: { module: '@site/src/components/Checklist', prop: 'checklist' },
  DecisionToolList: { module: '@site/src/components/DecisionToolList', prop: 'tools' },
} as const;
type ComponentName = keyof typeof components;

export default function remarkDecisionTools({ tools }: { tools: () => DecisionTools }) {
  return (root: Root, file: VFile) => {
    const used = new Set<ComponentName>();
    const where = file.path ? `${file.path}: ` : '';
    visit(root, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name as ComponentName;
      if (!(name in components)) return;
      const { trees, checklists } = tools();
      used.add(name);
      if (name === 'DecisionToolList') {
        node.attributes.push(
          dataAttribute(components[name].prop, decisionToolSummaries({ trees, checklists })),
        );
        return;
      }
      const entries = name === 'DecisionTree' ? trees : checklists;
      const folder = name === 'DecisionTree' ? 'data/beslutningstraer' : 'data/sjekklister';
      const id = stringAttribute(node, 'id');
      const entry = entries.find((candidate) => candidate.id === id);
      if (!entry) {
        const known = entries.map((candidate) => candidate.id).join(', ');
        throw new Error(
          id === undefined
            ? `${where}<${name}> needs id="…" naming a file in ${folder}/; ids are ${known}`
            : `${where}<${name} id="${id}">: "${id}" is not in ${folder}/; ids are ${known}`,
        );
      }
      node.attributes.push(dataAttribute(components[name].prop, entry));
    });
    root.children.unshift(
      ...[...used].map((name) => importStatement(name, components[name].module)),
    );
  };
}
