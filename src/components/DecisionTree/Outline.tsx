import { translate } from '@docusaurus/Translate';
import { treeOutline, type OutlineTarget } from '../../domain/decisionTree/outline';
import type { DecisionTree } from '../../domain/decisionTree/schema';
import type { HeadingTag } from '../headingLevels';
import Outcome from './Outcome';
import styles from './styles.module.css';

const anchorOf = (treeId: string, nodeId: string) => `${treeId}--${nodeId}`;

function targetText(target: OutlineTarget): string {
  return target.kind === 'question'
    ? translate(
        { id: 'vk.tree.outline.goToQuestion', message: 'gå til spørsmål {number}: «{title}»' },
        { number: target.number, title: target.title },
      )
    : translate(
        { id: 'vk.tree.outline.goToOutcome', message: 'svaret er «{title}»' },
        { title: target.title },
      );
}

/**
 * The whole tree as one flat list: every question, numbered, with where each
 * answer leads as a link, and every outcome. This is what readers without
 * JavaScript see, and what the tree's own page prints. Flat, so the page is
 * no deeper for a long tree than for a short one.
 */
export default function Outline({
  tree,
  headingTag,
}: {
  tree: DecisionTree;
  headingTag: HeadingTag;
}) {
  return (
    <>
      {treeOutline(tree).map((entry) =>
        entry.kind === 'outcome' ? (
          <div key={entry.id} id={anchorOf(tree.id, entry.id)}>
            <Outcome id={entry.id} outcome={entry.outcome} headingTag={headingTag} />
          </div>
        ) : (
          <div key={entry.id} className={styles.outlineQuestion} id={anchorOf(tree.id, entry.id)}>
            <p className={styles.outlineQuestionText}>
              {translate(
                { id: 'vk.tree.outline.question', message: 'Spørsmål {number}: {question}' },
                { number: entry.number, question: entry.question.question },
              )}
            </p>
            {entry.question.help && <p className={styles.help}>{entry.question.help}</p>}
            <ul className={styles.outlineAnswers}>
              {entry.branches.map(({ answer, target }) => (
                <li key={answer.id}>
                  <span className={styles.outlineAnswer}>
                    {translate(
                      { id: 'vk.tree.outline.ifAnswer', message: 'Hvis du svarer «{answer}»:' },
                      { answer: answer.label },
                    )}
                  </span>{' '}
                  <a href={`#${anchorOf(tree.id, target.id)}`}>{targetText(target)}</a>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </>
  );
}
