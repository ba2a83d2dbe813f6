import * as z from 'zod';
import {
  evenWhenFieldsFail,
  fieldOf,
  isoDate,
  kebabId,
  nonEmptyText,
  sitePath,
  textFieldOf,
} from '../content/fields';
import { checkReviewSchedule, governanceFields } from '../content/governance';
import {
  assessmentCriteria,
  type AssessmentCriterion,
  dataLocations,
  dpiaStatuses,
  hostingKinds,
  personalDataRules,
  toolCategories,
  toolStatuses,
  twoFactorRules,
} from './vocabulary';

const toolStatusChangeSchema = z.strictObject({
  date: isoDate,
  tool_status: z.enum(toolStatuses),
  reason: nonEmptyText,
});

/**
 * A tool evaluation (docs/verktoy/<id>.mdx). The file name is the tool's id.
 * Roles may be left out: the page then warns that the rule "every system has an
 * owner, an administrator and support" is not met, rather than hiding it.
 */
export const toolFrontMatterSchema = z
  .strictObject({
    kind: z.literal('verktoy'),
    ...governanceFields,
    tool_status: z.enum(toolStatuses),
    category: z.enum(toolCategories),
    /** One or two sentences: may it be used, and for what. */
    verdict: nonEmptyText.max(300, {
      message: 'must be at most 300 characters: keep the verdict short',
    }),
    /** The verdict in English, for the English catalogue. */
    verdict_en: nonEmptyText.max(300, {
      message: 'must be at most 300 characters: keep the verdict short',
    }),
    roles: z.strictObject({
      system_owner: nonEmptyText.optional(),
      administrator: nonEmptyText.optional(),
      support: nonEmptyText.optional(),
    }),
    hosting: z.enum(hostingKinds),
    data_location: z.enum(dataLocations),
    personal_data: z.enum(personalDataRules),
    dpia: z.strictObject({ status: z.enum(dpiaStatuses), date: isoDate.optional() }),
    archiving: nonEmptyText,
    accessibility: nonEmptyText,
    security: z.strictObject({ two_factor: z.enum(twoFactorRules), single_sign_on: z.boolean() }),
    cost: nonEmptyText,
    /** The evaluation against each of the founding texts' criteria, one short answer each. */
    assessment: z.strictObject(
      Object.fromEntries(
        assessmentCriteria.map((criterion) => [criterion, nonEmptyText]),
      ) as Record<AssessmentCriterion, typeof nonEmptyText>,
    ),
    /** Ids of other tools (their file names in docs/verktoy/). */
    alternatives: z.array(kebabId).default([]),
    /** The guidelines that apply, as paths inside the site. */
    guidelines: z
      .array(sitePath)
      .min(1, { message: 'must list at least one guideline that applies' }),
    /** Every change of tool_status, oldest first; the last entry is the current status. */
    history: z
      .array(toolStatusChangeSchema)
      .min(1, { message: 'must record at least the first evaluation' }),
  })
  .superRefine((tool: object, context) => {
    checkReviewSchedule(tool, context);
    const dpia = fieldOf(tool, 'dpia');
    if (
      typeof dpia === 'object' &&
      dpia !== null &&
      fieldOf(dpia, 'status') === 'gjennomført' &&
      fieldOf(dpia, 'date') === undefined
    ) {
      context.addIssue({
        code: 'custom',
        path: ['dpia', 'date'],
        message: 'is required when the DPIA status is gjennomført',
      });
    }
    const history = fieldOf(tool, 'history');
    if (!Array.isArray(history)) return;
    const lastReviewed = textFieldOf(tool, 'last_reviewed');
    const dates = history.map((change: unknown) =>
      typeof change === 'object' && change !== null ? textFieldOf(change, 'date') : undefined,
    );
    dates.forEach((date, index) => {
      if (date === undefined) return;
      if (lastReviewed !== undefined && date > lastReviewed) {
        context.addIssue({
          code: 'custom',
          path: ['history', index, 'date'],
          message: `${date} is after last_reviewed (${lastReviewed}); a status changes only when the tool is evaluated`,
        });
      }
      const previous = dates[index - 1];
      if (previous !== undefined && date <= previous) {
        context.addIssue({
          code: 'custom',
          path: ['history', index, 'date'],
          message: `${date} must be after the entry before it (${previous}); list changes oldest first`,
        });
      }
    });
    const latest: unknown = history.at(-1);
    const latestStatus =
      typeof latest === 'object' && latest !== null ? fieldOf(latest, 'tool_status') : undefined;
    const toolStatus = fieldOf(tool, 'tool_status');
    if (latestStatus !== undefined && toolStatus !== undefined && latestStatus !== toolStatus) {
      context.addIssue({
        code: 'custom',
        path: ['history', history.length - 1, 'tool_status'],
        message: `"${String(latestStatus)}" must equal tool_status ("${String(toolStatus)}"): the last change is the current status`,
      });
    }
  }, evenWhenFieldsFail);

export type ToolFrontMatter = z.infer<typeof toolFrontMatterSchema>;
export type ToolStatusChange = z.infer<typeof toolStatusChangeSchema>;
