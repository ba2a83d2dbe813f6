import * as z from 'zod';
import { isRealIsoDate } from '../dates';
import { description, isoDate, kebabId, nonEmptyText, sitePath } from './fields';
import {
  dataLocations,
  dpiaStatuses,
  hostingKinds,
  personalDataRules,
  toolCategories,
  toolStatuses,
  twoFactorRules,
} from '../tools/vocabulary';
import { documentStatuses, maxReviewIntervalMonths, type ContentKind } from './vocabulary';

/**
 * One strict schema per content kind. Unknown fields are errors (strictObject),
 * so a misspelt field name fails the build instead of silently doing nothing.
 */

/** The Docusaurus docs fields we let contributors use; everything else stays out. */
const docusaurusDocFields = {
  id: z.string().optional(),
  slug: z.string().optional(),
  sidebar_label: z.string().optional(),
  sidebar_position: z.number().optional(),
  tags: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  image: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
  toc_max_heading_level: z.number().int().min(2).max(6).optional(),
  pagination_label: z.string().optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
};

/** What every docs page carries: who answers for it and when it is looked at again. */
const governanceFields = {
  title: nonEmptyText,
  description: z
    .string()
    .trim()
    .min(20, {
      message: 'must be at least 20 characters: one sentence saying what the page is for',
    })
    .max(200, { message: 'must be at most 200 characters (it is shown in search results)' }),
  owner: nonEmptyText,
  last_reviewed: isoDate,
  review_interval_months: z.number().int().min(1).max(maxReviewIntervalMonths).optional(),
  next_review: isoDate.optional(),
  status: z.enum(documentStatuses),
  ...docusaurusDocFields,
};

type ReviewFields = {
  last_reviewed: string;
  review_interval_months?: number | undefined;
  next_review?: string | undefined;
};

function checkReviewSchedule(value: ReviewFields, context: z.RefinementCtx): void {
  const hasInterval = value.review_interval_months !== undefined;
  const hasNextReview = value.next_review !== undefined;
  if (hasInterval === hasNextReview) {
    context.addIssue({
      code: 'custom',
      path: ['review_interval_months'],
      message: hasInterval
        ? 'give either review_interval_months or next_review, not both'
        : 'is required: give either review_interval_months (1–36) or next_review (YYYY-MM-DD)',
    });
  }
  if (
    hasNextReview &&
    isRealIsoDate(value.next_review!) &&
    isRealIsoDate(value.last_reviewed) &&
    value.next_review! <= value.last_reviewed
  ) {
    context.addIssue({
      code: 'custom',
      path: ['next_review'],
      message: `${value.next_review} must be after last_reviewed (${value.last_reviewed})`,
    });
  }
}

const legalReferenceSchema = z.strictObject({
  title: nonEmptyText,
  url: z.url({ protocol: /^https$/, message: 'must be a full https:// address' }).optional(),
});

const adoptionSchema = z.strictObject({
  adopted_by: nonEmptyText,
  date: isoDate,
  case_ref: z.string().regex(/^\d{4}\/\d+(?:-\d+)?$/, {
    message: 'must be a case reference written YEAR/NUMBER, for example 2025/1432',
  }),
});

export const guidelineFrontMatterSchema = z
  .strictObject({
    kind: z.literal('retningslinje'),
    ...governanceFields,
    legal_basis: z.array(legalReferenceSchema).min(1, {
      message: 'must list at least one law, regulation or decision the guideline rests on',
    }),
    adoption: adoptionSchema.optional(),
  })
  .superRefine((value, context) => {
    checkReviewSchedule(value, context);
    if (value.status === 'vedtatt' && value.adoption === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['adoption'],
        message: 'is required when status is vedtatt: give adopted_by, date and case_ref',
      });
    }
  });

const postulateSchema = z.strictObject({
  id: kebabId,
  title: nonEmptyText,
  statement: nonEmptyText.refine((text) => !text.includes('\n'), {
    message: 'must be one line: move the details to explanation',
  }),
  explanation: nonEmptyText,
});

export const minimumPostulates = 7;

export const postulatesFrontMatterSchema = z
  .strictObject({
    kind: z.literal('postulater'),
    ...governanceFields,
    postulates: z.array(postulateSchema).min(minimumPostulates, {
      message: `must list at least ${minimumPostulates} postulates`,
    }),
  })
  .superRefine((value, context) => {
    checkReviewSchedule(value, context);
    const firstIndexById = new Map<string, number>();
    value.postulates.forEach((postulate, index) => {
      const firstIndex = firstIndexById.get(postulate.id);
      if (firstIndex === undefined) {
        firstIndexById.set(postulate.id, index);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: ['postulates', index, 'id'],
        message: `"${postulate.id}" is already used by postulates[${firstIndex}]; ids must be unique because they are link anchors`,
      });
    });
  });

export const howToFrontMatterSchema = z
  .strictObject({ kind: z.literal('veiledning'), ...governanceFields })
  .superRefine(checkReviewSchedule);

export const pageFrontMatterSchema = z
  .strictObject({ kind: z.literal('side'), ...governanceFields })
  .superRefine(checkReviewSchedule);

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

export const docFrontMatterSchemas = {
  retningslinje: guidelineFrontMatterSchema,
  postulater: postulatesFrontMatterSchema,
  veiledning: howToFrontMatterSchema,
  verktoy: toolFrontMatterSchema,
  side: pageFrontMatterSchema,
} as const satisfies Record<ContentKind, z.ZodType>;

export type GuidelineFrontMatter = z.infer<typeof guidelineFrontMatterSchema>;
export type PostulatesFrontMatter = z.infer<typeof postulatesFrontMatterSchema>;
export type Postulate = z.infer<typeof postulateSchema>;
export type HowToFrontMatter = z.infer<typeof howToFrontMatterSchema>;
export type ToolFrontMatter = z.infer<typeof toolFrontMatterSchema>;
export type ToolStatusChange = z.infer<typeof toolStatusChangeSchema>;
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type DocFrontMatter =
  | GuidelineFrontMatter
  | PostulatesFrontMatter
  | HowToFrontMatter
  | ToolFrontMatter
  | PageFrontMatter;
export type LegalReference = z.infer<typeof legalReferenceSchema>;
export type Adoption = z.infer<typeof adoptionSchema>;

/** Blog posts: Docusaurus checks authors and tags against authors.yml and tags.yml. */
export const blogPostFrontMatterSchema = z.strictObject({
  title: nonEmptyText,
  description,
  authors: z
    .array(z.string())
    .min(1, { message: 'must name at least one author from blog/authors.yml' }),
  tags: z.array(z.string()).min(1, { message: 'must name at least one tag from blog/tags.yml' }),
  date: isoDate.optional(),
  slug: z.string().optional(),
  image: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
});
export type BlogPostFrontMatter = z.infer<typeof blogPostFrontMatterSchema>;
