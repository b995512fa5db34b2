// An outbox mutation (rule S1): what the device did to one record, replayable on the hub. Order is a
// local, always-increasing sequence number, never the clock (S12); the UUIDv7 id is the mutation's
// identity for de-duplication. Pure: merging unsent changes to one record lives here too.
import * as z from 'zod/mini';
import { isoDateTime, uuid } from './common';

export const ENTITIES = [
  'organization',
  'service',
  'location',
  'assessment',
  'answer',
  'action',
  'summary',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** The directory: what the search index and the map read. */
export const DIRECTORY_ENTITIES = ['organization', 'service', 'location'] as const;
export type DirectoryEntity = (typeof DIRECTORY_ENTITIES)[number];

/**
 * Who a record syncs with (S0): directory records with the whole network; workbook records only with
 * the devices of their own agency; the opt-in workbook summary, the only workbook data the network
 * sees, with the whole network (written only by its agency's devices). Referrals come with their own
 * encryption.
 */
export type SyncScope = 'network' | 'agency';
export const SYNC_SCOPE: Readonly<Record<Entity, SyncScope>> = {
  organization: 'network',
  service: 'network',
  location: 'network',
  assessment: 'agency',
  answer: 'agency',
  action: 'agency',
  summary: 'network',
};

/**
 * Whether this device sends its changes of `entity` to the hub (S0): directory changes always (the hub
 * refuses what the role may not write, and the person sees why); workbook changes and the shared
 * summary only from a device of an agency, whose they are. A peer supporter's workbook stays on the
 * device.
 */
export function sendsToHub(entity: Entity, member: { role: string; agencyId: string | null }): boolean {
  if ((DIRECTORY_ENTITIES as readonly string[]).includes(entity)) return true;
  return member.agencyId !== null && member.role !== 'peer';
}

export const MUTATION_OPS = ['put', 'patch', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/**
 * pending: not yet sent. sent: in a push whose answer has not arrived (never merged into, since the
 * hub may already hold it). applied, conflict, refused: the hub's answer; conflict and refused stay
 * until a person resolves them (S4).
 */
export const MUTATION_STATUSES = ['pending', 'sent', 'applied', 'conflict', 'refused'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

const recordValue = z.record(z.string(), z.unknown());
export type RecordValue = z.infer<typeof recordValue>;

const head = {
  /** Local order: assigned by the database, always increasing, never reused. */
  seq: z.int().check(z.gte(1)),
  /** UUIDv7: identity, for de-duplication on the hub. */
  id: uuid,
  entity: z.enum(ENTITIES),
  recordId: uuid,
  /** The server version the change was made on; null for a record the hub has never seen. */
  baseVersion: z.nullable(z.int().check(z.gte(0))),
  status: z.enum(MUTATION_STATUSES),
  /** Pushes that carried it. */
  attempts: z.int().check(z.gte(0)),
  /** Device time, for display and audit only (S12). */
  createdAt: isoDateTime,
};

const putSchema = z.strictObject({ ...head, op: z.literal('put'), value: recordValue });
const patchSchema = z
  .strictObject({
    ...head,
    op: z.literal('patch'),
    fields: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    value: recordValue,
  })
  .check(
    z.refine(
      (m) =>
        Object.keys(m.value).length === m.fields.length && m.fields.every((f) => Object.hasOwn(m.value, f)),
      { message: 'a patch carries exactly the values of its fields', path: ['value'] },
    ),
  );
/** A delete is a tombstone: it keeps the last copy it was made on, so a conflict can show it. */
const deleteSchema = z.strictObject({ ...head, op: z.literal('delete'), base: z.nullable(recordValue) });

export const mutationSchema = z.discriminatedUnion('op', [putSchema, patchSchema, deleteSchema]);
export type Mutation = z.infer<typeof mutationSchema>;
export type PutMutation = z.infer<typeof putSchema>;
export type PatchMutation = z.infer<typeof patchSchema>;
export type DeleteMutation = z.infer<typeof deleteSchema>;

/** A mutation before the database numbers it. */
export type NewMutation = Mutation extends infer M ? (M extends Mutation ? Omit<M, 'seq'> : never) : never;

/** A conflicting or refused mutation and both versions, kept until a person resolves it (S4). */
export const conflictSchema = z.strictObject({
  /** The mutation's id. */
  id: uuid,
  entity: z.enum(ENTITIES),
  recordId: uuid,
  kind: z.enum(['conflict', 'refused']),
  mutation: mutationSchema,
  /** The device's value when the hub answered; null if deleted here. */
  mine: z.nullable(recordValue),
  /** The hub's value and version; null if deleted there or unknown. */
  theirs: z.nullable(recordValue),
  theirsVersion: z.nullable(z.int().check(z.gte(0))),
  /** The fields both sides changed (a conflict), as the hub named them. */
  fields: z.optional(z.array(z.string())),
  /** The hub's reason code for a refusal (for example a cross-agency write). */
  reason: z.optional(z.string().check(z.maxLength(100))),
  /** The hub's own words for a refusal (English, for a detail line). */
  message: z.optional(z.string().check(z.maxLength(1000))),
  createdAt: isoDateTime,
});
export type Conflict = z.infer<typeof conflictSchema>;

/** JSON with object keys in order: equal values give equal text whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether two field values are the same, whatever the order of their keys (the hub's stored copy
 * keeps the order it was sent in; a device's follows its schema). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export type MergeOutcome =
  | { kind: 'replace'; mutation: NewMutation }
  | { kind: 'drop' }
  | { kind: 'append'; mutation: NewMutation };

/**
 * Folds a new change to a record into the record's last mutation while that one is still unsent
 * (S1), so the queue holds one mutation per record and the hub sees the result, not the keystrokes.
 * `base` is the last hub copy: a patched field that returns to it leaves the patch; an empty patch,
 * or a record created and deleted before it was ever sent, leaves nothing to send.
 */
export function mergeUnsent(
  previous: Mutation | undefined,
  next: NewMutation,
  base: RecordValue | null,
): MergeOutcome {
  if (previous?.status !== 'pending' || previous.op === 'delete') {
    return { kind: 'append', mutation: next };
  }
  const keep = { id: previous.id, createdAt: previous.createdAt, baseVersion: previous.baseVersion };
  if (previous.op === 'put') {
    if (next.op === 'delete')
      return previous.baseVersion === null
        ? { kind: 'drop' }
        : { kind: 'replace', mutation: { ...next, ...keep } };
    const value = next.op === 'put' ? next.value : { ...previous.value, ...next.value };
    return { kind: 'replace', mutation: { ...previous, value } };
  }
  // previous is a patch
  if (next.op === 'delete') return { kind: 'replace', mutation: { ...next, ...keep } };
  if (next.op === 'put') return { kind: 'append', mutation: next };
  const merged: RecordValue = { ...previous.value, ...next.value };
  const fields = Object.keys(merged)
    .filter((f) => !base || !sameValue(merged[f], base[f]))
    .sort();
  if (fields.length === 0) return { kind: 'drop' };
  return {
    kind: 'replace',
    mutation: {
      ...previous,
      fields,
      value: Object.fromEntries(fields.map((f) => [f, merged[f]])),
    },
  };
}
