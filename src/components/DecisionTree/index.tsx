import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import { treeToMermaid } from '../../domain/decisionTree/mermaid';
import type { DecisionTree as DecisionTreeData } from '../../domain/decisionTree/schema';
import { headingTags, type TitleLevel } from '../headingLevels';
import Interactive from './Interactive';
import Outline from './Outline';
import styles from './styles.module.css';

export type DecisionTreeProps = {
  /** The checked tree; in MDX, `<DecisionTree id="…" />` is enough, the build passes the data in. */
  tree: DecisionTreeData;
  /**
   * The level of the tree's title; questions and outcomes sit one level below.
   * @default 3
   */
  headingLevel?: TitleLevel;
};

/**
 * A decision tree. Without JavaScript, and on paper, it is a complete outline
 * of every question and outcome; in the browser it asks one question at a time.
 *
 * @example <DecisionTree id="kan-jeg-publisere" />
 */
export default function DecisionTree({ tree, headingLevel = 3 }: DecisionTreeProps) {
  const isBrowser = useIsBrowser();
  const { title: Title, below: innerHeading } = headingTags(headingLevel);
  const titleId = `beslutningstre-${tree.id}`;
  return (
    <section className={styles.tree} data-decision-tree={tree.id} aria-labelledby={titleId}>
      <Title id={titleId} className={styles.title}>
        {tree.title}
      </Title>
      <p>{tree.description}</p>
      {isBrowser && <Interactive tree={tree} headingTag={innerHeading} />}
      <div className={isBrowser ? styles.outlineBehindInteractive : undefined} data-tree-outline>
        <p className={styles.outlineTitle}>
          {translate({ id: 'vk.tree.outline', message: 'Alle spørsmål og svar' })}
        </p>
        <Outline tree={tree} headingTag={innerHeading} />
      </div>
      <details className={styles.diagram}>
        <summary>
          {translate({ id: 'vk.tree.diagram', message: 'Flytdiagram for fagpersoner (Mermaid)' })}
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
    </section>
  );
}
