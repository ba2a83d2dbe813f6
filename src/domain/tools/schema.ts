import * as z from 'zod';
import { isoDate, kebabId, nonEmptyText, sitePath } from '../content/fields';
import { checkReviewSchedule, governanceFields } from '../content/governance';
import {
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
  .superRefine((tool, context) => {
    checkReviewSchedule(tool, context);
    if (tool.dpia.status === 'gjennomført' && tool.dpia.date === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['dpia', 'date'],
        message: 'is required when the DPIA status is gjennomført',
      });
    }
    tool.history.forEach((change, index) => {
      if (change.date > tool.last_reviewed) {
        context.addIssue({
          code: 'custom',
          path: ['history', index, 'date'],
          message: `${change.date} is after last_reviewed (${tool.last_reviewed}); a status changes only when the tool is evaluated`,
        });
      }
      const previous = tool.history[index - 1];
      if (previous && change.date <= previous.date) {
        context.addIssue({
          code: 'custom',
          path: ['history', index, 'date'],
          message: `${change.date} must be after the entry before it (${previous.date}); list changes oldest first`,
        });
      }
    });
    const latest = tool.history.at(-1);
    if (latest && latest.tool_status !== tool.tool_status) {
      context.addIssue({
        code: 'custom',
        path: ['history', tool.history.length - 1, 'tool_status'],
        message: `"${latest.tool_status}" must equal tool_status ("${tool.tool_status}"): the last change is the current status`,
      });
    }
  });

export type ToolFrontMatter = z.infer<typeof toolFrontMatterSchema>;
export type ToolStatusChange = z.infer<typeof toolStatusChangeSchema>;
