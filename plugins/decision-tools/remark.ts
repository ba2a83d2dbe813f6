import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  attributeValue,
  expressionAttribute,
  importName,
  importStatement,
  pageProblem,
} from '../shared/mdxAst';

/** The JSON modules the plugin wrote in this load, by id; the remark side reads nothing else. */
export type DataModules = {
  trees: Map<string, string>;
  checklists: Map<string, string>;
  overview: string | undefined;
};

const components = {
  DecisionTree: { module: '@site/src/components/DecisionTree', prop: 'tree', kind: 'trees' },
  Checklist: { module: '@site/src/components/Checklist', prop: 'checklist', kind: 'checklists' },
  DecisionToolList: { module: '@site/src/components/DecisionToolList', prop: 'tools' },
} as const;
type ComponentName = keyof typeof components;

const folders = { trees: 'data/beslutningstraer', checklists: 'data/sjekklister' } as const;

/**
 * Lets a contributor write `<DecisionTree id="kan-jeg-publisere" />`,
 * `<Checklist id="ny-konto" />` or `<DecisionToolList />` in any MDX page. It
 * imports the component into that page only (so pages without one load none
 * of its code) and the checked data from the JSON module the plugin wrote, so
 * the page renders complete on the server. The id must be written as text
 * and name a tree or checklist that exists; otherwise the build stops and
 * names the page.
 */
export default function remarkDecisionTools({ modules }: { modules: DataModules }) {
  return (root: Root, file: VFile) => {
    const imports = new Map<string, string>();
    visit(root, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !(node.name in components)) return;
      const name = node.name as ComponentName;
      imports.set(name, components[name].module);
      if (name === 'DecisionToolList') {
        if (!modules.overview) return;
        imports.set('decisionToolOverview', modules.overview);
        node.attributes.push(expressionAttribute('tools', 'decisionToolOverview'));
        return;
      }
      const { kind, prop } = components[name];
      const modulePath = dataModuleFor(node, name, modules[kind], folders[kind], file);
      const identifier = importName(prop, modulePath.id);
      imports.set(identifier, modulePath.path);
      node.attributes.push(expressionAttribute(prop, identifier));
    });
    root.children.unshift(...[...imports].map(([name, module]) => importStatement(name, module)));
  };
}

function dataModuleFor(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  known: ReadonlyMap<string, string>,
  folder: string,
  file: VFile,
): { id: string; path: string } {
  const ids = [...known.keys()].sort().join(', ');
  const id = attributeValue(node, 'id');
  const refuse = (reason: string): never => {
    throw pageProblem(
      file,
      node,
      `<${name}${id.kind === 'text' ? ` id="${id.value}"` : ''}>: ${reason}`,
    );
  };
  if (id.kind === 'missing')
    return refuse(`needs id="…" naming a file in ${folder}/; ids are ${ids}`);
  if (id.kind === 'expression') {
    return refuse(
      `id={${id.source}} must be written as text, id="…", so the build can check it; ids are ${ids}`,
    );
  }
  const modulePath = known.get(id.value);
  if (!modulePath) return refuse(`"${id.value}" is not in ${folder}/; ids are ${ids}`);
  return { id: id.value, path: modulePath };
}
