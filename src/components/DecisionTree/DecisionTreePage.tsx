import { translate } from '@docusaurus/Translate';
import type { SourceLanguageMark } from '../../domain/decisionTools/overview';
import { treeToMermaid } from '../../domain/decisionTree/mermaid';
import type { DecisionTree as DecisionTreeData } from '../../domain/decisionTree/schema';
import DecisionToolPage from '../DecisionToolPage';
import DecisionTree from '.';
import styles from './styles.module.css';

/**
 * The tree as Mermaid source, for the people who review its content. Closed,
 * after the owner, and left off paper, so a reader never meets code on the way.
 */
function ReviewersDiagram({ tree }: { tree: DecisionTreeData }) {
  return (
    <details className={styles.diagram} data-tree-diagram data-search-ignore>
      <summary>
        {translate({
          id: 'vk.tree.diagram',
          message: 'For fagpersoner som vurderer treet: flytdiagram som Mermaid-kode',
        })}
      </summary>
      <p>
        {translate({
          id: 'vk.tree.diagramHelp',
          message:
            'Lim teksten inn i et verktøy som tegner Mermaid, for å se hele treet som diagram.',
        })}
      </p>
      <pre>
        <code>{treeToMermaid(tree)}</code>
      </pre>
    </details>
  );
}

/** A tree's own page, at /beslutningstre/<id>. */
export default function DecisionTreePage({
  data: tree,
}: {
  data: DecisionTreeData & SourceLanguageMark;
}) {
  return (
    <DecisionToolPage
      title={tree.title}
      description={tree.description}
      owner={tree.owner}
      reviewers={<ReviewersDiagram tree={tree} />}
    >
      <DecisionTree tree={tree} headingLevel={1} printOutline="full" />
    </DecisionToolPage>
  );
}
