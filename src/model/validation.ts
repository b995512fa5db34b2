// Turns schema failures into messages that name the field, so bad input is refused at the edge with
// a reason a person (or a log reader) can act on.
import type * as z from 'zod/mini';
import { err, ok, type Result } from './result';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `phones.0.number`; empty for the record itself. */
  field: string;
  message: string;
}

export interface InvalidRecord {
  code: 'invalid';
  /** What kind of record was refused, e.g. `service`. */
  entity: string;
  problems: FieldProblem[];
  /** One line naming every field at fault. */
  message: string;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function explain(issue: z.core.$ZodIssue, input: unknown): string {
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    valueAt(input, issue.path) === undefined
  ) {
    return 'is required';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected}`;
    case 'invalid_format':
      // A pattern with its own words ("must not contain < or >") says them.
      if (issue.format === 'regex' && issue.message && !issue.message.startsWith('Invalid'))
        return issue.message;
      return `is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long (at most ${issue.maximum})`
        : `is too large (at most ${issue.maximum})`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short (at least ${issue.minimum})`
        : `is too small (at least ${issue.minimum})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message ?? 'is invalid';
    default:
      return 'is invalid';
  }
}

/** One problem per issue; `input` is what was parsed, to tell a missing field from a wrong one. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): FieldProblem[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: explain(issue, input) }));
}

/** Parses `input` with `schema`; on failure names every field at fault. */
export function parseRecord<S extends z.ZodMiniType>(
  entity: string,
  schema: S,
  input: unknown,
): Result<z.infer<S>, InvalidRecord> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const problems = describeIssues(parsed.error.issues, input);
  const message = `Invalid ${entity}: ${problems
    .map((p) => (p.field ? `${p.field} ${p.message}` : p.message))
    .join('; ')}`;
  return err({ code: 'invalid', entity, problems, message });
}
