import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import { maxCompared } from '../../domain/tools/compare';
import { toolPath, type Tool } from '../../domain/tools/tool';
import { useComparedTools } from '../../hooks/useComparedTools';
import ToolPanel from '../ToolPanel';
import styles from './styles.module.css';

export type ToolCompareProps = {
  /** Every tool; in MDX, `<ToolCompare />` is enough, the build passes the data in. */
  tools: readonly Tool[];
};

/**
 * Two or three tools' panels side by side. The choice lives in the URL
 * (`?verktoy=facebook,instagram`), so a comparison can be shared.
 *
 * @example <ToolCompare />
 */
export default function ToolCompare({ tools }: ToolCompareProps) {
  const isBrowser = useIsBrowser();
  const { options, chosen, isChosen, canChoose, toggle } = useComparedTools(tools);

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
        <div className={styles.columns} data-compared={chosen.map((tool) => tool.id).join(' ')}>
          {chosen.map((tool) => (
            <div key={tool.id} className={styles.column}>
              <h2 className={styles.columnTitle}>
                <Link to={toolPath(tool.id)}>{tool.title}</Link>
              </h2>
              <ToolPanel tool={tool} alternatives={[]} compact />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
