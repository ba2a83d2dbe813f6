import * as z from 'zod';
import { description, kebabId, nonEmptyText, sitePath } from '../content/fields';

/**
 * A decision tree as contributors write it in `data/beslutningstraer/<id>.yml`:
 * questions whose answers lead to other questions or to outcomes.
 */

/** What an outcome tells the reader. */
export const outcomeKinds = ['ja', 'nei', 'ja-med-vilkår', 'spør'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

const answerSchema = z.strictObject({
  /** Stable id, written in the URL when the reader picks this answer. */
  id: kebabId,
  label: nonEmptyText,
  /** The id of the next question or of an outcome. */
  next: kebabId,
});

const questionSchema = z.strictObject({
  question: nonEmptyText,
  /** Shown under the question: what the words mean, where to look. */
  help: nonEmptyText.optional(),
  answers: z.array(answerSchema).min(2, { message: 'must offer at least two answers' }),
});

const outcomeLinkSchema = z.strictObject({ label: nonEmptyText, to: sitePath });

const outcomeSchema = z.strictObject({
  kind: z.enum(outcomeKinds),
  title: nonEmptyText,
  text: nonEmptyText,
  /** The guidelines and how-tos that govern this outcome. */
  links: z.array(outcomeLinkSchema).default([]),
  /** A checklist to open next, with the items the answers already settled ticked. */
  checklist: z.strictObject({ id: kebabId, tick: z.array(kebabId).default([]) }).optional(),
});

export const decisionTreeSchema = z.strictObject({
  id: kebabId,
  title: nonEmptyText,
  description,
  owner: nonEmptyText,
  /** The id of the first question. */
  start: kebabId,
  questions: z.record(kebabId, questionSchema),
  outcomes: z.record(kebabId, outcomeSchema),
});

export type DecisionTree = z.infer<typeof decisionTreeSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
