import path from 'node:path';
import { parse } from 'acorn';
import type { Program } from 'estree';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Small builders for the MDX syntax tree, used by our remark plugins to put a
 * component and its checked data into a page at build time. MDX needs each
 * piece both as source text and as an ESTree program.
 */

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type JsxAttribute = MdxJsxFlowElement['attributes'][number];

function program(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
}

/** `import name from 'module';` — a default import, e.g. of a JSON data file. */
export function importStatement(name: string, module: string): MdxjsEsm {
  const value = `import ${name} from ${JSON.stringify(module)};`;
  return { type: 'mdxjsEsm', value, data: { estree: program(value) } };
}

/**
 * `prop={expression}`, where the expression is code such as an imported name
 * (`toolPanel.tool`). Data is imported, not inlined, so the bundler knows the
 * page depends on the data file and rebuilds it when the data changes.
 */
export function expressionAttribute(prop: string, expression: string): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name: prop,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: expression,
      data: { estree: program(`(${expression})`) },
    },
  };
}

/** `<Name prop={expression} … />` as a block of its own. */
export function componentElement(name: string, props: Record<string, string>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(props).map(([prop, expression]) =>
      expressionAttribute(prop, expression),
    ),
    children: [],
  };
}

/** How an attribute such as `id` was written on an element. */
export type AttributeValue =
  | { kind: 'missing' }
  | { kind: 'text'; value: string }
  /** `id={something}`: not known until the page runs, so the build cannot check it. */
  | { kind: 'expression'; source: string };

export function attributeValue(node: JsxElement, name: string): AttributeValue {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return { kind: 'missing' };
  if (typeof attribute.value === 'string') return { kind: 'text', value: attribute.value };
  if (attribute.value === null || attribute.value === undefined)
    return { kind: 'expression', source: 'true' };
  return { kind: 'expression', source: attribute.value.value };
}

/**
 * A JavaScript name for a data import: `tree_kanJegPublisere` for the id
 * `kan-jeg-publisere`. Ids are lower-case words joined by hyphens, so two ids
 * never give the same name.
 */
export function importName(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-(.)/gu, (_hyphen, letter: string) => letter.toUpperCase())}`;
}

/**
 * An error naming the page and line, for a contributor to fix: `docs/x.mdx:12: <Tree id="y">: …`.
 * Without a stack trace, which would point into our plugin, not at the page.
 */
export function pageProblem(file: VFile, node: Node, message: string): Error {
  const where = path.relative(file.cwd, file.path);
  const line = node.position?.start.line;
  const error = new Error(`${where}${line === undefined ? '' : `:${line}`}: ${message}`);
  error.stack = error.message;
  return error;
}
