import { translate } from '@docusaurus/Translate';
import type { ToolStatusChange } from '../../domain/tools/schema';
import { formatIsoDate } from '../../domain/dates';
import { useLocaleTag } from '../../hooks/useLocaleTag';
import { toolStatusLabel } from './labels';
import styles from './styles.module.css';

export type ToolHistoryProps = {
  /** Every status change, oldest first, as validated by the build. */
  history: readonly ToolStatusChange[];
};

/**
 * The tool's status over time: "moved from prøves to tillatt on …, because …".
 * The build adds it to the end of every tool evaluation.
 *
 * @example <ToolHistory history={tool.history} />
 */
export default function ToolHistory({ history }: ToolHistoryProps) {
  const localeTag = useLocaleTag();
  return (
    <section className={styles.history} aria-labelledby="statushistorikk" data-tool-history>
      <h2 id="statushistorikk">
        {translate({ id: 'vk.tool.history', message: 'Statushistorikk' })}
      </h2>
      <ol className={styles.timeline}>
        {history.map((change, index) => {
          const previous = history[index - 1];
          const date = formatIsoDate(change.date, localeTag);
          return (
            <li key={change.date}>
              <time dateTime={change.date} className={styles.timelineDate}>
                {date}
              </time>
              <p className={styles.timelineChange}>
                {previous
                  ? translate(
                      { id: 'vk.tool.history.moved', message: 'Flyttet fra {from} til {to}' },
                      {
                        from: toolStatusLabel(previous.tool_status),
                        to: toolStatusLabel(change.tool_status),
                      },
                    )
                  : translate(
                      { id: 'vk.tool.history.first', message: 'Først vurdert: {to}' },
                      { to: toolStatusLabel(change.tool_status) },
                    )}
              </p>
              <p>{change.reason}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
