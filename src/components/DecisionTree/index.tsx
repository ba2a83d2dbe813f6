import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { decisionToolPath } from '../../domain/decisionTools/overview';
import Translate, { translate } from '@docusaurus/Translate';
import type { SourceLanguageMark } from '../../domain/decisionTools/overview';
import type { DecisionTree as DecisionTreeData } from '../../domain/decisionTree/schema';
import { useSourceLanguage } from '../../hooks/useContentLanguage';
import UntranslatedNotice from '../UntranslatedNotice';
import { headingTags, type TitleLevel } from '../headingLevels';
import Interactive from './Interactive';
import Outline from './Outline';
import styles from './styles.module.css';

export type DecisionTreeProps = {
  /** The checked tree; in MDX, `<DecisionTree id="…" />` is enough, the build passes the data in. */
  tree: DecisionTreeData & SourceLanguageMark;
  /**
   * The level of the tree's title; questions and outcomes sit one level below.
   * @default 3
   */
  headingLevel?: TitleLevel;
  /**
   * What paper shows: the whole outline (the tree's own page), or, where a tree
   * is embedded in a guideline, its questions and a link to the whole tree, so
   * a printed guideline stays short.
   * @default 'compact'
   */
  printOutline?: 'full' | 'compact';
};

/**
 * A decision tree. Without JavaScript, and on paper, it is a complete outline
 * of every question and outcome; in the browser it asks one question at a time.
 *
 * @example <DecisionTree id="kan-jeg-publisere" />
 */
export default function DecisionTree({
  tree,
  headingLevel = 3,
  printOutline = 'compact',
}: DecisionTreeProps) {
  const isBrowser = useIsBrowser();
  const { title: Title, below: innerHeading } = headingTags(headingLevel);
  const titleId = `beslutningstre-${tree.id}`;
  const sourceLang = useSourceLanguage();
  return (
    <>
      {tree.untranslated && <UntranslatedNotice subject="tree" />}
      <section
        className={styles.tree}
        data-decision-tree={tree.id}
        aria-labelledby={titleId}
        lang={tree.untranslated ? sourceLang : undefined}
      >
        <Title id={titleId} className={styles.title}>
          {tree.title}
        </Title>
        <p>{tree.description}</p>
        {isBrowser && <Interactive tree={tree} headingTag={innerHeading} />}
        <div
          className={clsx(
            isBrowser && styles.outlineBehindInteractive,
            printOutline === 'compact' && styles.screenOnly,
          )}
          data-tree-outline
        >
          <p className={styles.outlineTitle}>
            {translate({ id: 'vk.tree.outline', message: 'Alle spørsmål og svar' })}
          </p>
          <Outline tree={tree} headingTag={innerHeading} />
        </div>
        {printOutline === 'compact' && (
          <div className={styles.printOnly} data-tree-print-summary>
            <p>
              <Translate
                id="vk.tree.print.summary"
                values={{
                  link: (
                    <Link to={decisionToolPath('tree', tree.id)}>
                      {decisionToolPath('tree', tree.id)}
                    </Link>
                  ),
                }}
              >
                {'Spørsmålene i treet. Hele treet med alle svar og utfall: {link}'}
              </Translate>
            </p>
            <ol>
              {Object.entries(tree.questions).map(([id, question]) => (
                <li key={id}>{question.question}</li>
              ))}
            </ol>
          </div>
        )}
      </section>
    </>
  );
}
