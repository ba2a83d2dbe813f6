import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import { maxCompared } from '../../domain/tools/compare';
import { toolPath, type Tool } from '../../domain/tools/tool';
import { useComparedTools } from '../../hooks/useComparedTools';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { toolFacts } from '../ToolPanel/facts';
import { toolCategoryLabel } from '../ToolPanel/labels';
import ToolStatusBadge from '../ToolPanel/ToolStatusBadge';
import styles from './styles.module.css';

export type ToolCompareProps = {
  /** Every tool; in MDX, `<ToolCompare />` is enough, the build passes the data in. */
  tools: readonly Tool[];
};

/**
 * Two or three tools side by side in a table: one row per fact, one column per
 * tool, so a reader compares across a row. Where the table has too little room
 * (a phone), each row becomes the fact's name with every tool's value under it,
 * each named by its tool. The choice lives in the URL
 * (`?verktoy=facebook,instagram`), so a comparison can be shared.
 *
 * @example <ToolCompare />
 */
export default function ToolCompare({ tools }: ToolCompareProps) {
  const isBrowser = useIsBrowser();
  const localeTag = useLocaleTag();
  const { options, chosen, isChosen, canChoose, toggle } = useComparedTools(tools);
  const factsOfEach = chosen.map((tool) => toolFacts(tool, localeTag));

  return (
    <div data-tool-compare>
      {isBrowser ? (
        <fieldset className={styles.picker}>
          <legend>
            {translate(
              { id: 'vk.compare.pick', message: 'Velg opptil {max} verktøy å sammenligne' },
              { max: maxCompared },
            )}
          </legend>
          {options.map((tool) => (
            <label key={tool.id} className={styles.option}>
              <input
                type="checkbox"
                checked={isChosen(tool.id)}
                disabled={!canChoose(tool.id)}
                onChange={() => toggle(tool.id)}
              />{' '}
              {tool.title}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          {translate({
            id: 'vk.compare.noScript',
            message:
              'Sammenligningen trenger JavaScript. Uten det finner du de samme opplysningene på hvert verktøys side:',
          })}
        </p>
      )}
      {!isBrowser && (
        <ul>
          {options.map((tool) => (
            <li key={tool.id}>
              <Link to={toolPath(tool.id)}>{tool.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {isBrowser && chosen.length === 0 && (
        <p>
          {translate({
            id: 'vk.compare.empty',
            message: 'Velg minst to verktøy for å se dem side om side.',
          })}
        </p>
      )}
      {chosen.length > 0 && (
        <div className={styles.comparison}>
          <table className={styles.table} data-compared={chosen.map((tool) => tool.id).join(' ')}>
            <caption className={styles.caption}>
              {translate(
                { id: 'vk.compare.caption', message: 'Sammenligning: {tools}' },
                { tools: chosen.map((tool) => tool.title).join(', ') },
              )}
            </caption>
            <thead>
              <tr>
                <td className={styles.corner} />
                {chosen.map((tool) => (
                  <th key={tool.id} scope="col" className={styles.toolName}>
                    <Link to={toolPath(tool.id)}>{tool.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr data-fact="status">
                <th scope="row">
                  {translate({ id: 'vk.catalogue.column.status', message: 'Status' })}
                </th>
                {chosen.map((tool) => (
                  <td key={tool.id} data-tool-name={tool.title} data-tool-status={tool.tool_status}>
                    <ToolStatusBadge status={tool.tool_status} />
                  </td>
                ))}
              </tr>
              <tr data-fact="category">
                <th scope="row">
                  {translate({ id: 'vk.catalogue.column.category', message: 'Kategori' })}
                </th>
                {chosen.map((tool) => (
                  <td key={tool.id} data-tool-name={tool.title}>
                    {toolCategoryLabel(tool.category)}
                  </td>
                ))}
              </tr>
              {factsOfEach[0]!.map((fact, row) => (
                <tr key={fact.key} data-fact={fact.key}>
                  <th scope="row">{fact.term}</th>
                  {chosen.map((tool, column) => (
                    <td key={tool.id} data-tool-name={tool.title}>
                      {factsOfEach[column]![row]!.value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
