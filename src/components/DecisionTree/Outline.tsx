import { translate } from '@docusaurus/Translate';
import { treeOutline, type OutlineNode } from '../../domain/decisionTree/outline';
import type { DecisionTree } from '../../domain/decisionTree/schema';
import type { HeadingTag } from '../headingLevels';
import Outcome from './Outcome';
import styles from './styles.module.css';

const anchorOf = (treeId: string, nodeId: string) => `${treeId}--${nodeId}`;

function OutlineItem({
  treeId,
  node,
  headingTag,
}: {
  treeId: string;
  node: OutlineNode;
  headingTag: HeadingTag;
}) {
  switch (node.kind) {
    case 'see-above':
      return (
        <p className={styles.outlineSeeAbove}>
          <a href={`#${anchorOf(treeId, node.id)}`}>
            {translate(
              { id: 'vk.tree.outline.seeAbove', message: 'Gå videre som ovenfor: «{title}»' },
              { title: node.title },
            )}
          </a>
        </p>
      );
    case 'outcome':
      return (
        <div id={anchorOf(treeId, node.id)}>
          <Outcome id={node.id} outcome={node.outcome} headingTag={headingTag} />
        </div>
      );
    case 'question':
      return (
        <div className={styles.outlineQuestion} id={anchorOf(treeId, node.id)}>
          <p className={styles.outlineQuestionText}>{node.question.question}</p>
          {node.question.help && <p className={styles.help}>{node.question.help}</p>}
          <ul className={styles.outlineAnswers}>
            {node.branches.map(({ answer, next }) => (
              <li key={answer.id}>
                <p className={styles.outlineAnswer}>
                  {translate(
                    { id: 'vk.tree.outline.ifAnswer', message: 'Hvis du svarer «{answer}»:' },
                    { answer: answer.label },
                  )}
                </p>
                <OutlineItem treeId={treeId} node={next} headingTag={headingTag} />
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/**
 * The whole tree as nested lists: every question, every answer, every outcome.
 * This is what readers without JavaScript see, and what is printed.
 */
export default function Outline({
  tree,
  headingTag,
}: {
  tree: DecisionTree;
  headingTag: HeadingTag;
}) {
  return <OutlineItem treeId={tree.id} node={treeOutline(tree)} headingTag={headingTag} />;
}
