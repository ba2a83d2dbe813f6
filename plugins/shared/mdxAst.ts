import { parse } from 'acorn';
import type { Program } from 'estree';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

/**
 * Small builders for the MDX syntax tree, used by our remark plugins to put a
 * component and its checked data into a page at build time. MDX needs each
 * piece both as source text and as an ESTree program.
 */

function program(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
}

/** `import Name from 'module';` */
export function importStatement(name: string, module: string): MdxjsEsm {
  const value = `import ${name} from '${module}';`;
  return { type: 'mdxjsEsm', value, data: { estree: program(value) } };
}

/** `prop={<data as JSON>}` */
export function dataAttribute(
  prop: string,
  data: unknown,
): MdxJsxFlowElement['attributes'][number] {
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

/** `<Name prop={data} />` as a block of its own. */
export function componentElement(name: string, props: Record<string, unknown>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(props).map(([prop, data]) => dataAttribute(prop, data)),
    children: [],
  };
}

/** The string value of an attribute such as `id="ny-konto"`. */
export function stringAttribute(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
): string | undefined {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
