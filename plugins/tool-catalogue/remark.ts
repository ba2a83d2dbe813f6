import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toolSummaries } from '../../src/domain/tools/summary';
import type { Tool } from '../../src/domain/tools/tool';
import { componentElement, dataAttribute, importStatement } from '../shared/mdxAst';

/**
 * The tool catalogue in MDX:
 *  - `<ToolCatalogue />`, `<ToolRadar />` and `<ToolCompare />` get every tool's summary;
 *  - every tool evaluation (kind: verktoy) gets its status panel at the top and its
 *    status history at the bottom, without the contributor writing either.
 * Each page imports only the components it uses.
 */
const listComponents = {
  ToolCatalogue: '@site/src/components/ToolCatalogue',
  ToolRadar: '@site/src/components/ToolRadar',
  ToolCompare: '@site/src/components/ToolCompare',
} as const;
type ListComponent = keyof typeof listComponents;

export default function remarkToolCatalogue({ tools }: { tools: () => Tool[] }) {
  return (root: Root, file: VFile) => {
    const imports = new Map<string, string>();
    visit(root, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name as ListComponent;
      if (!(name in listComponents)) return;
      imports.set(name, listComponents[name]);
      // The compare view shows whole panels; the table and radar need only the summary.
      node.attributes.push(
        dataAttribute('tools', name === 'ToolCompare' ? tools() : toolSummaries(tools())),
      );
    });

    const frontMatter = (file.data as { frontMatter?: { kind?: unknown } }).frontMatter;
    if (frontMatter?.kind === 'verktoy' && file.path) {
      const id = path.basename(file.path).replace(/\.mdx?$/, '');
      const all = tools();
      const tool = all.find((candidate) => candidate.id === id);
      if (tool) {
        const alternatives = tool.alternatives.map((alternative) => ({
          id: alternative,
          title: all.find((candidate) => candidate.id === alternative)?.title ?? alternative,
        }));
        imports.set('ToolPanel', '@site/src/components/ToolPanel');
        imports.set('ToolHistory', '@site/src/components/ToolPanel/ToolHistory');
        root.children.unshift(componentElement('ToolPanel', { tool, alternatives }));
        root.children.push(componentElement('ToolHistory', { history: tool.history }));
      }
    }
    root.children.unshift(...[...imports].map(([name, module]) => importStatement(name, module)));
  };
}
