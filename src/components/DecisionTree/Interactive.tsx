import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import type { DecisionTree } from '../../domain/decisionTree/schema';
import { useDecisionTreePath } from '../../hooks/useDecisionTreePath';
import type { HeadingTag } from '../headingLevels';
import Outcome from './Outcome';
import styles from './styles.module.css';

/**
 * One question at a time. The way so far lives in the URL; focus moves to each
 * new question or outcome, and a polite live region says what changed.
 */
export default function Interactive({
  tree,
  headingTag: Heading,
}: {
  tree: DecisionTree;
  headingTag: HeadingTag;
}) {
  const { walk, answer, back, restart, revise } = useDecisionTreePath(tree);
  const [editingStep, setEditingStep] = useState<number | null>(null);
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
  const announcement =
    position.kind === 'question'
      ? translate(
          { id: 'vk.tree.announce.question', message: 'Spørsmål {number}: {question}' },
          { number: steps.length + 1, question: position.question.question },
        )
      : translate(
          { id: 'vk.tree.announce.outcome', message: 'Svar: {title}' },
          { title: position.outcome.title },
        );

  return (
    <div className={styles.interactive} data-tree-interactive>
      <p className={styles.visuallyHidden} aria-live="polite" aria-atomic="true">
        {steps.length > 0 ? announcement : ''}
      </p>
      {position.kind === 'question' ? (
        <div role="group" aria-labelledby={`${tree.id}-question`} className={styles.question}>
          <p className={styles.stepNumber}>
            {translate(
              { id: 'vk.tree.stepNumber', message: 'Spørsmål {number}' },
              { number: steps.length + 1 },
            )}
          </p>
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
        <Outcome
          id={position.id}
          outcome={position.outcome}
          headingTag={Heading}
          headingRef={headingRef}
        />
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

      {steps.length > 0 && (
        <div className={styles.summary}>
          <p className={styles.summaryTitle}>
            {translate({ id: 'vk.tree.summary', message: 'Svarene dine' })}
          </p>
          <ol>
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
                        className="button button--sm button--outline button--primary"
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
                      className="button button--sm button--link"
                      onClick={() => setEditingStep(null)}
                    >
                      {translate({ id: 'vk.tree.cancelChange', message: 'Avbryt' })}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button--sm button--link"
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
      )}
    </div>
  );
}
