import * as z from 'zod';
import { problemsFromZodIssues, type ContentProblem } from './problems';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** The field names a strict object accepts at `path`, for "unknown field" messages. */
function allowedFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType = schema;
  for (const segment of path) {
    while (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap() as z.ZodType;
    }
    if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodRecord && typeof segment === 'string') {
      current = current.valueType as z.ZodType;
    } else if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = current.shape[segment] as z.ZodType;
    } else {
      return [];
    }
  }
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Validates data against a schema and phrases every issue for the contributor. */
export function checkWith<T>(file: string, schema: z.ZodType<T>, data: unknown): CheckResult<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: problemsFromZodIssues(file, result.error.issues, (path) =>
      allowedFieldsAt(schema, path),
    ),
  };
}
