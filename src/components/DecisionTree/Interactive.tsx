import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { DecisionTree } from '../../domain/decisionTree/schema';
import type { Step } from '../../domain/decisionTree/traversal';
import { useDecisionTreePath } from '../../hooks/useDecisionTreePath';
import type { HeadingTag } from '../headingLevels';
import Outcome from './Outcome';
import styles from './styles.module.css';

/**
 * "Svarene dine": each question with the reader's answer and a way to change
 * it, as GOV.UK's smart answers show them. At an outcome it heads the printed
 * summary.
 */
function AnswerSummary({
  steps,
  headingTag: Heading,
  revise,
}: {
  steps: Step[];
  headingTag: HeadingTag;
  revise: (stepIndex: number, answerId: string) => void;
}) {
  const [editingStep, setEditingStep] = useState<number | null>(null);
  return (
    <div className={styles.summary} data-tree-answers>
      <Heading className={styles.summaryTitle}>
        {translate({ id: 'vk.tree.summary', message: 'Svarene dine' })}
      </Heading>
      <ol className={styles.summaryList}>
        {steps.map((step, index) => (
          <li key={step.questionId}>
            <span>{step.question.question}</span> <strong>{step.answer.label}</strong>{' '}
            {editingStep === index ? (
              <span
                role="group"
                aria-label={translate(
                  { id: 'vk.tree.changeGroup', message: 'Nytt svar på «{question}»' },
                  { question: step.question.question },
                )}
                className={styles.changeAnswers}
              >
                {step.question.answers.map((option) => (
                  <button
                    key={option.id}
                    type="button"
                    className="button button--outline button--primary"
                    aria-pressed={option.id === step.answer.id}
                    onClick={() => {
                      setEditingStep(null);
                      revise(index, option.id);
                    }}
                  >
                    {option.label}
                  </button>
                ))}
                <button
                  type="button"
                  className={`button button--link ${styles.changeButton}`}
                  onClick={() => setEditingStep(null)}
                >
                  {translate({ id: 'vk.tree.cancelChange', message: 'Avbryt' })}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className={`button button--link ${styles.changeButton}`}
                aria-label={translate(
                  { id: 'vk.tree.change', message: 'Endre svaret på «{question}»' },
                  { question: step.question.question },
                )}
                onClick={() => setEditingStep(index)}
              >
                {translate({ id: 'vk.tree.changeShort', message: 'Endre' })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * One question at a time. The way so far lives in the URL; focus moves to each
 * new question or outcome, and a polite live region says what changed. At an
 * outcome the reader gets a summary to print or share: their answers, then
 * the outcome, its reasons and the guidelines behind it.
 */
export default function Interactive({
  tree,
  headingTag: Heading,
}: {
  tree: DecisionTree;
  headingTag: HeadingTag;
}) {
  const { walk, progress, linkWasOutOfDate, answer, back, restart, revise } =
    useDecisionTreePath(tree);
  const { siteConfig } = useDocusaurusContext();
  const { pathname, search } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepKey = walk.answerIds.join('.');
  const previousStepKey = useRef(stepKey);

  useEffect(() => {
    // Only move focus when the reader moved; a page opened from a link keeps its focus at the top.
    if (previousStepKey.current === stepKey) return;
    previousStepKey.current = stepKey;
    headingRef.current?.focus();
  }, [stepKey]);

  const { position, steps } = walk;
  const stepNumber = translate(
    { id: 'vk.tree.stepNumber', message: 'Spørsmål {number} av høyst {atMost}' },
    { number: progress.number, atMost: progress.atMost },
  );
  const announcement =
    position.kind === 'question'
      ? `${stepNumber}: ${position.question.question}`
      : translate(
          { id: 'vk.tree.announce.outcome', message: 'Svar: {title}' },
          { title: position.outcome.title },
        );

  return (
    <div className={styles.interactive} data-tree-interactive>
      <p className={styles.visuallyHidden} aria-live="polite" aria-atomic="true">
        {steps.length > 0 ? announcement : ''}
      </p>
      {linkWasOutOfDate && (
        <p className="alert alert--info" role="status" data-tree-link-notice>
          {translate({
            id: 'vk.tree.linkOutOfDate',
            message:
              'Lenken du fulgte, passer ikke lenger med spørsmålene i treet. Du er på det siste steget lenken stemte med, og adressen er rettet.',
          })}
        </p>
      )}
      {position.kind === 'question' ? (
        <div role="group" aria-labelledby={`${tree.id}-question`} className={styles.question}>
          <p className={styles.stepNumber}>{stepNumber}</p>
          <Heading
            id={`${tree.id}-question`}
            ref={headingRef}
            tabIndex={-1}
            className={styles.questionText}
          >
            {position.question.question}
          </Heading>
          {position.question.help && <p className={styles.help}>{position.question.help}</p>}
          <div className={styles.answers}>
            {position.question.answers.map((option) => (
              <button
                key={option.id}
                type="button"
                className={clsx('button button--primary button--lg', styles.answer)}
                onClick={() => answer(option.id)}
              >
                {option.label}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div data-tree-result>
          <AnswerSummary steps={steps} headingTag={Heading} revise={revise} />
          <Outcome
            id={position.id}
            outcome={position.outcome}
            headingTag={Heading}
            headingRef={headingRef}
            reachedByAnswers
          />
          <p className={styles.printOnly}>
            {translate(
              {
                id: 'vk.tree.result.address',
                message: 'Svarene kan åpnes igjen på {address}',
              },
              { address: `${siteConfig.url}${pathname}${search}` },
            )}
          </p>
          <p className={styles.resultActions}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              {translate({ id: 'vk.tree.result.print', message: 'Skriv ut svarene' })}
            </button>
          </p>
        </div>
      )}

      {steps.length > 0 && (
        <div className={styles.controls}>
          <button type="button" className="button button--secondary" onClick={back}>
            {translate({ id: 'vk.tree.back', message: 'Tilbake' })}
          </button>
          <button type="button" className="button button--secondary" onClick={restart}>
            {translate({ id: 'vk.tree.restart', message: 'Start på nytt' })}
          </button>
        </div>
      )}

      {steps.length > 0 && position.kind === 'question' && (
        <AnswerSummary steps={steps} headingTag={Heading} revise={revise} />
      )}
    </div>
  );
}
