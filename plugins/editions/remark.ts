import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { expressionAttribute, importStatement, pageProblem } from '../shared/mdxAst';

/** The overview module of each edition, by Docusaurus version name (`current` for the draft). */
export type EditionModules = { overviews: Map<string, string> };

/** The version a source file belongs to: `…/version-2025/…` is 2025, anything else the draft. */
function versionOf(filePath: string): string {
  return /[\\/]version-([^\\/]+)[\\/]/.exec(filePath)?.[1] ?? 'current';
}

/**
 * `<EditionOverview />` on an edition's start page: who adopted the edition,
 * when and under which case reference, its pages, and a link to what changed.
 * The data is the overview module of the edition the page belongs to.
 *
 * `<PostulateList />` on a postulates page: the postulates of its frontmatter.
 * It is imported into the pages that use it, not offered to every page by
 * MDXComponents, so other pages load none of its code.
 */
export default function remarkEditions({ modules }: { modules: EditionModules }) {
  return (root: Root, file: VFile) => {
    let used = false;
    let listsPostulates = false;
    visit(root, (node) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'PostulateList'
      ) {
        listsPostulates = true;
      }
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'EditionOverview') return;
      const module = modules.overviews.get(versionOf(file.path));
      if (!module) {
        throw pageProblem(file, node, '<EditionOverview />: this page is not part of an edition');
      }
      used = true;
      node.attributes.push(expressionAttribute('overview', 'editionOverview'));
    });
    if (listsPostulates) {
      root.children.unshift(
        importStatement('PostulateList', '@site/src/components/PostulateList/OfThisPage'),
      );
    }
    if (!used) return;
    const module = modules.overviews.get(versionOf(file.path))!;
    root.children.unshift(
      importStatement('EditionOverview', '@site/src/components/Editions/EditionOverview'),
      importStatement('editionOverview', module),
    );
  };
}
