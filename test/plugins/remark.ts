import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Parses MDX the way Docusaurus does (remark + MDX), runs one remark plugin, returns the tree. */
export function runRemark(
  plugin: (options: never) => (root: Root, file: VFile) => void,
  options: unknown,
  mdx: string,
  { path = '/site/docs/side.mdx', frontMatter = {} as object } = {},
): Root {
  const file = new VFile({ value: mdx, path, cwd: '/site' });
  file.data.frontMatter = frontMatter;
  const processor = unified().use(remarkParse).use(remarkMdx);
  const root = processor.parse(file) as Root;
  plugin(options as never)(root, file);
  return root;
}

/** The ESM lines and the JSX elements with their attributes, as source text: easy to read in a test. */
export function summary(root: Root): { imports: string[]; elements: string[] } {
  const imports: string[] = [];
  const elements: string[] = [];
  const walk = (node: { type: string; children?: unknown[] } & Record<string, unknown>) => {
    if (node.type === 'mdxjsEsm') imports.push(node.value as string);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = (node.attributes as { name: string; value: unknown }[]).map(
        ({ name, value }) =>
          typeof value === 'string'
            ? `${name}="${value}"`
            : `${name}={${(value as { value: string }).value}}`,
      );
      elements.push(`<${node.name as string} ${attributes.join(' ')} />`);
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(root as unknown as Parameters<typeof walk>[0]);
  return { imports, elements };
}
