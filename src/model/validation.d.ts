import type * as z from 'zod/mini';
import { type Result } from './result';
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
export declare function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[];
/** Parses `input` with `schema`; on failure names every field at fault. */
export declare function parseRecord<S extends z.ZodMiniType>(
  entity: string,
  schema: S,
  input: unknown,
): Result<z.infer<S>, InvalidRecord>;
