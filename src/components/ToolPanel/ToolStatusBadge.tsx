import type { ToolStatus } from '../../domain/tools/vocabulary';
import { toolStatusLabel } from './labels';
import styles from './styles.module.css';

/**
 * A tool's status as a framed word, in the status's colour: the panel on a
 * tool's page and the compare view show it the same way.
 *
 * @example <ToolStatusBadge status="anbefalt" />
 */
export default function ToolStatusBadge({ status }: { status: ToolStatus }) {
  return (
    <span className={styles.statusBadge} data-status={status}>
      {toolStatusLabel(status)}
    </span>
  );
}
