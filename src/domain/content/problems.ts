import type * as z from 'zod';

/** One thing a contributor must fix, phrased for them: `file: field: what is wrong`. */
export type ContentProblem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** `legal_basis[0].url`, the way a contributor would point at the field in YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping (key: value lines)';
    default:
      return `a ${expected}`;
  }
}

/**
 * Turns zod's issues into contributor-facing problems. Zod's own messages
 * ("Invalid option: expected one of …") are written for programmers; these
 * name the value that was written and the values that would have worked.
 */
export function problemsFromZodIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  allowedFields: (path: readonly PropertyKey[]) => readonly string[],
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const field = fieldPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedFields(issue.path).join(', ');
        return issue.keys.map((key) => ({
          file,
          field: fieldPath([...issue.path, key]),
          message: `unknown field; allowed fields are ${allowed}`,
        }));
      }
      case 'invalid_value':
        return [
          {
            file,
            field,
            message: `${describeValue(issue.input)} is not one of ${issue.values.map(String).join(', ')}`,
          },
        ];
      case 'invalid_type':
        return [
          {
            file,
            field,
            message:
              issue.input === undefined
                ? 'is required'
                : `must be ${describeExpected(issue.expected)}, not ${describeValue(issue.input)}`,
          },
        ];
      default:
        return [{ file, field, message: issue.message }];
    }
  });
}
