import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isDocFrontMatter } from '../../src/domain/content/validated';
import { componentElement, expressionAttribute, importStatement } from '../shared/mdxAst';

/** The JSON modules the plugin wrote in this load; the remark side reads nothing else. */
export type CatalogueModules = {
  summaries: string | undefined;
  tools: string | undefined;
  panels: Map<string, string>;
  /** The tools whose evaluation answers the assessment criteria. */
  assessed: Set<string>;
};

const listComponents = {
  ToolCatalogue: { module: '@site/src/components/ToolCatalogue', data: 'summaries' },
  ToolRadar: { module: '@site/src/components/ToolRadar', data: 'summaries' },
  // The compare view shows whole panels; the table and radar need only the summary.
  ToolCompare: { module: '@site/src/components/ToolCompare', data: 'tools' },
} as const;
type ListComponent = keyof typeof listComponents;

/**
 * The tool catalogue in MDX:
 *  - `<ToolCatalogue />`, `<ToolRadar />` and `<ToolCompare />` get the catalogue;
 *  - every tool evaluation (kind: verktoy) gets its status panel at the top and its
 *    status history at the bottom, without the contributor writing either.
 * Each page imports only the components it uses, and its data from the JSON
 * module the plugin wrote, so the bundler rebuilds the page when the data changes.
 */
export default function remarkToolCatalogue({ modules }: { modules: CatalogueModules }) {
  return (root: Root, file: VFile) => {
    const imports = new Map<string, string>();
    visit(root, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !(node.name in listComponents)) return;
      const { module, data } = listComponents[node.name as ListComponent];
      const dataModule = modules[data];
      if (!dataModule) return;
      imports.set(node.name, module);
      imports.set(`catalogue_${data}`, dataModule);
      node.attributes.push(expressionAttribute('tools', `catalogue_${data}`));
    });

    const frontMatter = (file.data as { frontMatter?: unknown }).frontMatter;
    if (isDocFrontMatter(frontMatter) && frontMatter.kind === 'verktoy' && file.path) {
      const toolId = path.basename(file.path).replace(/\.mdx?$/, '');
      const panel = modules.panels.get(toolId);
      if (panel) {
        imports.set('toolPanel', panel);
        imports.set('ToolPanel', '@site/src/components/ToolPanel');
        imports.set('ToolHistory', '@site/src/components/ToolPanel/ToolHistory');
        root.children.unshift(
          componentElement('ToolPanel', {
            tool: 'toolPanel.tool',
            alternatives: 'toolPanel.alternatives',
            guidelines: 'toolPanel.guidelines',
          }),
        );
        if (modules.assessed.has(toolId)) {
          imports.set('ToolAssessment', '@site/src/components/ToolPanel/ToolAssessment');
          root.children.push(
            componentElement('ToolAssessment', { assessment: 'toolPanel.tool.assessment' }),
          );
        }
        root.children.push(componentElement('ToolHistory', { history: 'toolPanel.tool.history' }));
      }
    }
    root.children.unshift(...[...imports].map(([name, module]) => importStatement(name, module)));
  };
}
