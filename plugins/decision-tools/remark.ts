import { parse } from 'acorn';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DecisionTools } from '../../src/domain/decisionTools/catalogue';
import { decisionToolSummaries } from '../../src/domain/decisionTools/summaries';

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

function program(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
}

function importStatement(name: ComponentName): MdxjsEsm {
  const value = `import ${name} from '${components[name].module}';`;
  return { type: 'mdxjsEsm', value, data: { estree: program(value) } };
}

function dataAttribute(prop: string, data: unknown): MdxJsxFlowElement['attributes'][number] {
  const value = JSON.stringify(data);
  return {
    type: 'mdxJsxAttribute',
    name: prop,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value,
      data: { estree: program(`(${value})`) },
    },
  };
}

function idOf(node: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id',
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

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
      const id = idOf(node);
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
    root.children.unshift(...[...used].map(importStatement));
  };
}
