import type { Ref } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { checklistHref } from '../../domain/checklist/shareLink';
import type { Outcome as OutcomeData } from '../../domain/decisionTree/schema';
import type { HeadingTag } from '../headingLevels';
import { verdictLabel } from './labels';
import styles from './styles.module.css';

export type OutcomeProps = {
  id: string;
  outcome: OutcomeData;
  headingTag: HeadingTag;
  headingRef?: Ref<HTMLHeadingElement>;
  /**
   * True where the reader got here by their own answers: the checklist then
   * saves the ticks the answers settled as theirs.
   * @default false
   */
  reachedByAnswers?: boolean;
};

/** An outcome: verdict, explanation, the rules behind it, and what to do next. */
export default function Outcome({
  id,
  outcome,
  headingTag: Heading,
  headingRef,
  reachedByAnswers = false,
}: OutcomeProps) {
  return (
    <div className={styles.outcome} data-outcome={id} data-verdict={outcome.kind}>
      <p className={styles.verdict}>{verdictLabel(outcome.kind)}</p>
      <Heading ref={headingRef} tabIndex={-1} className={styles.outcomeTitle}>
        {outcome.title}
      </Heading>
      <p>{outcome.text}</p>
      {outcome.links.length > 0 && (
        <>
          <p className={styles.linksLead}>
            {translate({ id: 'vk.tree.outcome.readMore', message: 'Dette bygger på:' })}
          </p>
          <ul>
            {outcome.links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.checklist && (
        <p>
          <Link
            className="button button--primary"
            to={checklistHref(outcome.checklist.id, outcome.checklist.tick, {
              fromAnswers: reachedByAnswers,
            })}
          >
            {translate({
              id: 'vk.tree.outcome.openChecklist',
              message: 'Gå videre til sjekklisten',
            })}
          </Link>
          {outcome.checklist.tick.length > 0 && (
            <span className={styles.prefillNote}>
              {' '}
              {translate(
                {
                  id: 'vk.tree.outcome.prefilled',
                  message: '{count} punkter er allerede krysset av ut fra svarene dine.',
                },
                { count: outcome.checklist.tick.length },
              )}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
