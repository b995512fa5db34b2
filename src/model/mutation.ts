// An outbox mutation (rule S1): what the device did to one record, replayable on the hub.
import * as z from 'zod/mini';
import { isoDateTime, uuid } from './common';

export const ENTITIES = ['organization', 'service', 'location', 'assessment', 'answer', 'action'] as const;
export type Entity = (typeof ENTITIES)[number];

export const MUTATION_OPS = ['put', 'patch', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

export const mutationSchema = z.object({
  /** UUIDv7: sorts in the order the device made its mutations. */
  id: uuid,
  entity: z.enum(ENTITIES),
  recordId: uuid,
  op: z.enum(MUTATION_OPS),
  /** The server version the change was made on; null for a record the hub has never seen. */
  baseVersion: z.nullable(z.int().check(z.gte(0))),
  /** For a patch, the fields it changes. */
  fields: z.optional(z.array(z.string())),
  /** For a put, the whole record; for a patch, the new values of `fields`. */
  value: z.optional(z.record(z.string(), z.unknown())),
  /** Device time, for display and audit only (S12). */
  createdAt: isoDateTime,
});
export type Mutation = z.infer<typeof mutationSchema>;
