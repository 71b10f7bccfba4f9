import type { z } from 'zod';
import type { CellProblem } from './types';

/**
 * A schema's refusal as problems of the file's columns: each issue's field is named by the column it came from,
 * and a value outside a closed list says which values the list has.
 */
export function schemaProblems(error: z.ZodError, columnOf: (field: string) => string | null): CellProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '';
    const allowed = issue.code === 'invalid_value' && issue.values.length > 0 ? `: one of ${issue.values.join(', ')}` : '';
    return { column: field ? columnOf(field) : null, message: `${issue.message}${allowed}` };
  });
}
