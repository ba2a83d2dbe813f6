import * as z from 'zod';
import {
  caseReference,
  description,
  evenWhenFieldsFail,
  fieldOf,
  isoDate,
  kebabId,
  nonEmptyText,
} from './fields';
import { toolFrontMatterSchema, type ToolFrontMatter } from '../tools/schema';
import { checkReviewSchedule, governanceFields } from './governance';
import type { ContentKind } from './vocabulary';

/**
 * One strict schema per content kind. Unknown fields are errors (strictObject),
 * so a misspelt field name fails the build instead of silently doing nothing.
 */

const legalReferenceSchema = z.strictObject({
  title: nonEmptyText,
  url: z.url({ protocol: /^https$/, message: 'must be a full https:// address' }).optional(),
});

const adoptionSchema = z.strictObject({
  adopted_by: nonEmptyText,
  date: isoDate,
  case_ref: caseReference,
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
  .superRefine((value: object, context) => {
    checkReviewSchedule(value, context);
    if (fieldOf(value, 'status') === 'vedtatt' && fieldOf(value, 'adoption') === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['adoption'],
        message: 'is required when status is vedtatt: give adopted_by, date and case_ref',
      });
    }
  }, evenWhenFieldsFail);

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
  .superRefine((value: object, context) => {
    checkReviewSchedule(value, context);
    const postulates = fieldOf(value, 'postulates');
    if (!Array.isArray(postulates)) return;
    const firstIndexById = new Map<string, number>();
    postulates.forEach((postulate: unknown, index) => {
      const id = typeof postulate === 'object' && postulate ? fieldOf(postulate, 'id') : undefined;
      if (typeof id !== 'string') return;
      const firstIndex = firstIndexById.get(id);
      if (firstIndex === undefined) {
        firstIndexById.set(id, index);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: ['postulates', index, 'id'],
        message: `"${id}" is already used by postulates[${firstIndex}]; ids must be unique because they are link anchors`,
      });
    });
  }, evenWhenFieldsFail);

export const howToFrontMatterSchema = z
  .strictObject({ kind: z.literal('veiledning'), ...governanceFields })
  .superRefine(checkReviewSchedule, evenWhenFieldsFail);

export const pageFrontMatterSchema = z
  .strictObject({ kind: z.literal('side'), ...governanceFields })
  .superRefine(checkReviewSchedule, evenWhenFieldsFail);

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
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type DocFrontMatter =
  | GuidelineFrontMatter
  | PostulatesFrontMatter
  | HowToFrontMatter
  | ToolFrontMatter
  | PageFrontMatter;
export type LegalReference = z.infer<typeof legalReferenceSchema>;
export type Adoption = z.infer<typeof adoptionSchema>;

/** What blog/authors.yml and blog/tags.yml define, so a post can only name those. */
export type BlogVocabulary = { authors: readonly string[]; tags: readonly string[] };

function oneOf(values: readonly string[], file: string) {
  return z.string().refine((value) => values.includes(value), {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not in ${file}; it has ${values.join(', ')}`,
  });
}

/** Blog posts: authors and tags must be the ones blog/authors.yml and blog/tags.yml define. */
export function blogPostFrontMatterSchema(vocabulary: BlogVocabulary) {
  return z.strictObject({
    title: nonEmptyText,
    description,
    authors: z
      .array(oneOf(vocabulary.authors, 'blog/authors.yml'))
      .min(1, { message: 'must name at least one author from blog/authors.yml' }),
    tags: z
      .array(oneOf(vocabulary.tags, 'blog/tags.yml'))
      .min(1, { message: 'must name at least one tag from blog/tags.yml' }),
    date: isoDate.optional(),
    slug: z.string().optional(),
    image: z.string().optional(),
    hide_table_of_contents: z.boolean().optional(),
  });
}
export type BlogPostFrontMatter = z.infer<ReturnType<typeof blogPostFrontMatterSchema>>;
