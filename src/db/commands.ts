// Named commands: every write to a synced record happens here, and every one queues its outbox
// mutation (rules S1–S2) and its change-feed row in the same transaction, so a record, its mutation
// and the index's news land together or not at all. A change is applied field by field onto the record
// as stored at that moment (never a whole-record put from a stale copy), so edits of different fields
// from two tabs both survive. Input is parsed at the edge; a refused record names the field at fault.

import type { Table } from 'dexie';
import { uuidv7 } from '../model/ids';
import type { Location } from '../model/location';
import { type Entity, type Mutation, type NewMutation, type RecordValue, sameValue } from '../model/mutation';
import type { Organization } from '../model/organization';
import { RECORD_SCHEMAS, type RecordOf } from '../model/records';
import { err, ok, type Result } from '../model/result';
import type { AvailabilityStatus, Service } from '../model/service';
import { type InvalidRecord, parseRecord } from '../model/validation';
import { type Answer, type AnyItemId, answerId, answerSchema } from '../model/workbook';
import { recordChange } from './changes';
import type { CircleDatabase } from './database';
import { enqueue, pendingFieldsOf } from './outbox';
import { type StoredRecord, sortKey } from './schema';

/** Fields the device sets for display; they never make a change on their own and never conflict. */
const DISPLAY_ONLY_FIELDS = new Set(['last_modified']);

export type CommandError =
  | InvalidRecord
  | { code: 'not-found'; entity: Entity; id: string; message: string }
  | { code: 'storage-full'; message: string }
  | { code: 'database-closed'; message: string }
  | { code: 'storage-failed'; message: string };

export interface CommandContext {
  db: CircleDatabase;
  /** Device time, for display and audit only (S12). */
  now?: () => Date;
  newMutationId?: (nowMs: number) => string;
}

/** A record as a form submits it; the device stamps `last_modified`. */
export type Draft<T> = Omit<T, 'last_modified'> & { last_modified?: string };

export function tableOf(db: CircleDatabase, entity: Entity) {
  switch (entity) {
    case 'organization':
      return db.organizations;
    case 'service':
      return db.services;
    case 'location':
      return db.locations;
    case 'assessment':
      return db.assessments;
    case 'answer':
      return db.answers;
    case 'action':
      return db.actions;
    case 'summary':
      return db.summaries;
  }
}

function changedFields(before: object | undefined, after: object): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !DISPLAY_ONLY_FIELDS.has(k) && !sameValue(a[k], b[k])).sort();
}

function pick(value: object, fields: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  // A field removed by the change travels as null so the hub can clear it.
  return Object.fromEntries(fields.map((f) => [f, source[f] ?? null]));
}

export function storageError(error: unknown): CommandError {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: string } | null)?.name,
  );
  if (names.includes('QuotaExceededError')) {
    return { code: 'storage-full', message: 'The device is out of storage space; nothing was saved.' };
  }
  if (names.includes('DatabaseClosedError')) {
    return {
      code: 'database-closed',
      message: 'The database was closed (another tab upgraded or wiped it).',
    };
  }
  return {
    code: 'storage-failed',
    message: `Nothing was saved: ${(error as Error)?.message ?? String(error)}`,
  };
}

function sortNameOf(value: object): string {
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? sortKey(name) : '';
}

type AnyTable<E extends Entity> = Table<StoredRecord<RecordOf[E]>, string>;

const ALL_TABLES = (db: CircleDatabase, table: Table) => [table, db.mutations, db.changes, db.meta];

/** What every new mutation starts with: a fresh UUIDv7 id, pending, on `baseVersion` (S1). */
export function mutationHead(
  ctx: CommandContext,
  now: Date,
  entity: Entity,
  recordId: string,
  baseVersion: number | null,
) {
  return {
    id: (ctx.newMutationId ?? uuidv7)(now.getTime()),
    entity,
    recordId,
    baseVersion,
    status: 'pending' as const,
    attempts: 0,
    createdAt: now.toISOString(),
  };
}

interface WriteOptions {
  /** Keep the input's `last_modified` (an import keeps the file's) instead of stamping now. */
  keepModified?: boolean;
  /** False when the caller appends one `reset` to the change feed for the whole batch. */
  feed?: boolean;
}

/**
 * Validates `input` as the new value of a record and writes it with its mutation; runs inside the
 * caller's transaction. A record the hub already has travels as a patch of the fields that changed
 * (so edits to different fields on two devices merge, S3); a new one travels whole.
 */
async function write<E extends Entity>(
  ctx: CommandContext,
  now: Date,
  entity: E,
  existing: StoredRecord<RecordOf[E]> | undefined,
  input: object,
  options: WriteOptions = {},
): Promise<Result<RecordOf[E], CommandError>> {
  const stamped = options.keepModified ? input : { ...input, last_modified: now.toISOString() };
  const parsed = parseRecord(entity, RECORD_SCHEMAS[entity], stamped);
  if (!parsed.ok) return parsed;
  const value = parsed.value as RecordOf[E];
  const table = tableOf(ctx.db, entity) as unknown as AnyTable<E>;
  const fields = changedFields(existing?.value, value);
  if (existing && fields.length === 0) return ok(existing.value);
  if (options.feed !== false) await recordChange(ctx.db, { kind: 'record', entity, id: value.id });
  if (existing?.sample) {
    // Sample records may be tried out, but they never enter the outbox.
    await table.put({ ...existing, value, sortName: sortNameOf(value) });
    return ok(value);
  }
  const baseVersion = existing?.serverVersion ?? null;
  const serverCopy = existing?.serverCopy ?? null;
  const mutation: NewMutation =
    baseVersion === null
      ? { ...mutationHead(ctx, now, entity, value.id, baseVersion), op: 'put', value: { ...value } }
      : {
          ...mutationHead(ctx, now, entity, value.id, baseVersion),
          op: 'patch',
          fields,
          value: pick(value, fields),
        };
  const pendingFields = await enqueue(ctx.db, mutation, serverCopy as RecordValue | null);
  await table.put({
    id: value.id,
    value,
    serverVersion: baseVersion,
    serverCopy,
    pendingFields,
    sample: 0,
    sortName: sortNameOf(value),
  });
  return ok(value);
}

async function inTransaction<E extends Entity, T>(
  ctx: CommandContext,
  entity: E,
  body: (table: AnyTable<E>, now: Date) => Promise<Result<T, CommandError>>,
): Promise<Result<T, CommandError>> {
  const now = (ctx.now ?? (() => new Date()))();
  const table = tableOf(ctx.db, entity) as unknown as AnyTable<E>;
  try {
    return await ctx.db.transaction('rw', ALL_TABLES(ctx.db, table), () => body(table, now));
  } catch (error) {
    return err(storageError(error));
  }
}

const notFound = (entity: Entity, id: string): CommandError => ({
  code: 'not-found',
  entity,
  id,
  message: `No ${entity} ${id} on this device.`,
});

/** Creates a record, or replaces the fields a form submits of one that exists. */
export function saveRecord<E extends Entity>(
  ctx: CommandContext,
  entity: E,
  draft: Draft<RecordOf[E]>,
): Promise<Result<RecordOf[E], CommandError>> {
  return inTransaction(ctx, entity, async (table, now) =>
    write(ctx, now, entity, await table.get(draft.id), draft),
  );
}

/** Changes some fields of a record as it is stored now; the result must still be a valid record. */
export function patchRecord<E extends Entity>(
  ctx: CommandContext,
  entity: E,
  id: string,
  changes: Partial<RecordOf[E]>,
): Promise<Result<RecordOf[E], CommandError>> {
  return inTransaction(ctx, entity, async (table, now) => {
    const existing = await table.get(id);
    if (!existing) return err(notFound(entity, id));
    return write(ctx, now, entity, existing, { ...existing.value, ...changes, id });
  });
}

/**
 * Removes a record here and queues its delete, a tombstone that keeps the last hub copy (or, for a
 * record the hub never saw, nothing is sent at all: its unsent put is dropped).
 */
export function deleteRecord(
  ctx: CommandContext,
  entity: Entity,
  id: string,
): Promise<Result<{ id: string }, CommandError>> {
  return inTransaction(ctx, entity, async (table, now) => {
    const existing = await table.get(id);
    if (!existing) return err(notFound(entity, id));
    await table.delete(id);
    await recordChange(ctx.db, { kind: 'record', entity, id });
    if (!existing.sample) {
      await enqueue(
        ctx.db,
        {
          ...mutationHead(ctx, now, entity, id, existing.serverVersion),
          op: 'delete',
          base: (existing.serverCopy as RecordValue | null) ?? null,
        },
        existing.serverCopy as RecordValue | null,
      );
    }
    return ok({ id });
  });
}

export type AnswerFields = Partial<
  Pick<Answer, 'rating' | 'evidence' | 'next_step' | 'label' | 'aspects' | 'needs'>
>;
const ANSWER_FIELDS = ['rating', 'evidence', 'next_step', 'label', 'aspects', 'needs'] as const;

const EMPTY_ANSWER = { rating: null, evidence: '', next_step: '' } as const;

/**
 * Writes the given fields of one workbook answer onto the answer as stored now, creating it if need
 * be. A stored answer that no longer reads as valid keeps each of its fields that still does.
 */
export function saveAnswerFields(
  ctx: CommandContext,
  target: { assessmentId: string; item: AnyItemId },
  changes: AnswerFields,
): Promise<Result<Answer, CommandError>> {
  const id = answerId(target.assessmentId, target.item);
  return inTransaction(ctx, 'answer', async (table, now) => {
    const existing = await table.get(id);
    const stored = (existing?.value ?? {}) as Record<string, unknown>;
    const kept = Object.fromEntries(
      ANSWER_FIELDS.filter((f) => f in stored && answerSchema.shape[f].safeParse(stored[f]).success).map(
        (f) => [f, stored[f]],
      ),
    );
    return write(ctx, now, 'answer', existing, {
      ...EMPTY_ANSWER,
      ...kept,
      ...changes,
      id,
      assessment_id: target.assessmentId,
      item_id: target.item,
    });
  });
}

/** Above this many records an import tells change-feed readers to re-read everything, once. */
const FEED_RESET_ABOVE = 200;

/**
 * Writes imported records (each already validated) through the same path as a form's save, so each
 * queues its mutation: all in one transaction, so that an import lands whole or not at all (a full
 * disk halfway leaves nothing), in chunks that report progress. Each keeps the file's
 * `last_modified`, so a later local edit stays recognisably newer.
 */
export function importRecords(
  ctx: CommandContext,
  records: ReadonlyArray<{ entity: Entity; value: Record<string, unknown> & { id: string } }>,
  onProgress?: (done: number) => void,
  chunk = 500,
): Promise<Result<{ written: number }, CommandError>> {
  const now = (ctx.now ?? (() => new Date()))();
  const db = ctx.db;
  const feed = records.length <= FEED_RESET_ABOVE;
  const tables = [...new Set(records.map((r) => tableOf(db, r.entity) as Table))];
  const run = async (): Promise<Result<{ written: number }, CommandError>> => {
    let written = 0;
    for (let start = 0; start < records.length; start += chunk) {
      const part = records.slice(start, start + chunk);
      for (const entity of new Set(part.map((r) => r.entity))) {
        const ofEntity = part.filter((r) => r.entity === entity);
        const fresh = await freshRecords(db, entity, ofEntity);
        written += await writeFresh(
          ctx,
          now,
          entity,
          ofEntity.filter((r) => fresh.has(r.value.id)),
          feed,
        );
        for (const { value } of ofEntity.filter((r) => !fresh.has(r.value.id))) {
          const table = tableOf(db, entity) as unknown as AnyTable<typeof entity>;
          const result = await write(ctx, now, entity, await table.get(value.id), value, {
            keepModified: true,
            feed,
          });
          if (!result.ok) throw new ImportRefused(result.error);
          written++;
        }
      }
      onProgress?.(Math.min(records.length, start + part.length));
    }
    if (!feed && written > 0) await recordChange(db, { kind: 'reset' });
    return ok({ written });
  };
  return db
    .transaction('rw', [...tables, db.mutations, db.changes, db.meta], run)
    .catch((error: unknown) => err(error instanceof ImportRefused ? error.reason : storageError(error)));
}

/** Ids of records this device has never held nor queued anything for: they can be written in bulk. */
async function freshRecords(
  db: CircleDatabase,
  entity: Entity,
  records: ReadonlyArray<{ value: { id: string } }>,
): Promise<Set<string>> {
  const ids = records.map((r) => r.value.id);
  const [rows, queued] = await Promise.all([
    tableOf(db, entity).bulkGet(ids),
    db.mutations
      .where('[entity+recordId]')
      .anyOf(ids.map((id) => [entity, id]))
      .toArray(),
  ]);
  const waiting = new Set(queued.map((m) => m.recordId));
  return new Set(ids.filter((id, i) => !rows[i] && !waiting.has(id)));
}

/**
 * New records in bulk: each validated, written with its `put` mutation (S1) and, for a small import,
 * its change-feed row; the same rows a form's save of a new record writes, in two bulk requests.
 */
async function writeFresh(
  ctx: CommandContext,
  now: Date,
  entity: Entity,
  records: ReadonlyArray<{ value: Record<string, unknown> & { id: string } }>,
  feed: boolean,
): Promise<number> {
  if (records.length === 0) return 0;
  const rows: Array<StoredRecord<RecordValue>> = [];
  const mutations: NewMutation[] = [];
  for (const { value: input } of records) {
    const parsed = parseRecord(entity, RECORD_SCHEMAS[entity], input);
    if (!parsed.ok) throw new ImportRefused(parsed.error);
    const value = parsed.value as RecordValue & { id: string };
    const mutation: NewMutation = {
      ...mutationHead(ctx, now, entity, value.id, null),
      op: 'put',
      value: { ...value },
    };
    mutations.push(mutation);
    rows.push({
      id: value.id,
      value,
      serverVersion: null,
      serverCopy: null,
      pendingFields: pendingFieldsOf([mutation as Mutation]),
      sample: 0,
      sortName: sortNameOf(value),
    });
    if (feed) await recordChange(ctx.db, { kind: 'record', entity, id: value.id });
  }
  await ctx.db.mutations.bulkAdd(mutations as Mutation[]);
  await (tableOf(ctx.db, entity) as unknown as Table<StoredRecord<RecordValue>, string>).bulkPut(rows);
  return rows.length;
}

/** Aborts the import's transaction when one record is refused after all (nothing is kept). */
class ImportRefused extends Error {
  constructor(readonly reason: CommandError) {
    super(reason.message);
  }
}

export const saveOrganization = (ctx: CommandContext, draft: Draft<Organization>) =>
  saveRecord(ctx, 'organization', draft);
export const saveService = (ctx: CommandContext, draft: Draft<Service>) => saveRecord(ctx, 'service', draft);
export const saveLocation = (ctx: CommandContext, draft: Draft<Location>) =>
  saveRecord(ctx, 'location', draft);

/** "Space now / full / waitlist" in two taps; its time is kept so its age can be shown (D8). */
export function setServiceAvailability(ctx: CommandContext, serviceId: string, status: AvailabilityStatus) {
  const now = (ctx.now ?? (() => new Date()))();
  return patchRecord({ ...ctx, now: () => now }, 'service', serviceId, {
    availability: { status, set_at: status === 'unknown' ? null : now.toISOString() },
  });
}
