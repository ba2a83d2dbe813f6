import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { decisionToolPath, type DecisionToolSummary } from '../../domain/decisionTools/overview';
import styles from './styles.module.css';

export type DecisionToolListProps = {
  /** Every tree and checklist; in MDX, `<DecisionToolList />` is enough, the build passes the data in. */
  tools: readonly DecisionToolSummary[];
};

function ToolGroup({
  title,
  tools,
  sizeLabel,
}: {
  title: string;
  tools: readonly DecisionToolSummary[];
  sizeLabel: (size: number) => string;
}) {
  return (
    <>
      <h2>{title}</h2>
      <ul className={styles.list}>
        {tools.map((tool) => (
          <li key={tool.id} className={styles.tool} data-tool={tool.id}>
            <Link to={decisionToolPath(tool.kind, tool.id)} className={styles.toolTitle}>
              {tool.title}
            </Link>
            <p>{tool.description}</p>
            <p className={styles.meta}>
              {sizeLabel(tool.size)} ·{' '}
              {translate(
                { id: 'vk.tools.owner', message: 'Ansvarlig: {owner}' },
                { owner: tool.owner },
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Every decision tree and checklist on one page, each linking to its own page.
 *
 * @example <DecisionToolList />
 */
export default function DecisionToolList({ tools }: DecisionToolListProps) {
  return (
    <div data-decision-tool-list>
      <ToolGroup
        title={translate({ id: 'vk.tools.trees', message: 'Beslutningstrær' })}
        tools={tools.filter((tool) => tool.kind === 'tree')}
        sizeLabel={(size) =>
          translate({ id: 'vk.tools.treeSize', message: '{size} spørsmål' }, { size })
        }
      />
      <ToolGroup
        title={translate({ id: 'vk.tools.checklists', message: 'Sjekklister' })}
        tools={tools.filter((tool) => tool.kind === 'checklist')}
        sizeLabel={(size) =>
          translate({ id: 'vk.tools.checklistSize', message: '{size} punkter' }, { size })
        }
      />
    </div>
  );
}
