import { describe, expect, it } from 'vitest';
import { runRemark, summary } from '../../test/plugins/remark';
import remarkToolCatalogue, { type CatalogueModules } from './remark';

const modules: CatalogueModules = {
  summaries: '/gen/nb/summaries.json',
  tools: '/gen/nb/tools.json',
  panels: new Map([['facebook', '/gen/nb/tool-facebook.json']]),
  assessed: new Set(['facebook']),
};

describe('remarkToolCatalogue', () => {
  it('passes the summaries to the table and the radar, and whole tools to the compare view', () => {
    const root = runRemark(
      remarkToolCatalogue,
      { modules },
      '<ToolCatalogue />\n\n<ToolRadar />\n\n<ToolCompare />\n',
    );
    expect(summary(root)).toEqual({
      imports: [
        'import ToolCatalogue from "@site/src/components/ToolCatalogue";',
        'import catalogue_summaries from "/gen/nb/summaries.json";',
        'import ToolRadar from "@site/src/components/ToolRadar";',
        'import ToolCompare from "@site/src/components/ToolCompare";',
        'import catalogue_tools from "/gen/nb/tools.json";',
      ],
      elements: [
        '<ToolCatalogue tools={catalogue_summaries} />',
        '<ToolRadar tools={catalogue_summaries} />',
        '<ToolCompare tools={catalogue_tools} />',
      ],
    });
  });

  it('puts the panel at the top and the history at the foot of a tool evaluation', () => {
    const root = runRemark(remarkToolCatalogue, { modules }, '## Vurdering\n\nTekst.\n', {
      path: '/site/docs/verktoy/facebook.mdx',
      frontMatter: { kind: 'verktoy' },
    });
    expect(summary(root).elements).toEqual([
      '<ToolPanel tool={toolPanel.tool} alternatives={toolPanel.alternatives} guidelines={toolPanel.guidelines} />',
      '<ToolAssessment assessment={toolPanel.tool.assessment} />',
      '<ToolHistory history={toolPanel.tool.history} />',
    ]);
    expect(root.children[root.children.length - 3]?.type).toBe('paragraph');
  });

  it('adds nothing to pages that are not tool evaluations', () => {
    const root = runRemark(remarkToolCatalogue, { modules }, 'Tekst.\n', {
      path: '/site/docs/verktoy/facebook.mdx',
      frontMatter: { kind: 'side' },
    });
    expect(summary(root)).toEqual({ imports: [], elements: [] });
  });
});
