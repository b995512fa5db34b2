// Named commands: every write to a synced record happens here, and every one appends its outbox
// mutation (rules S1–S2) in the same transaction, so a record and its mutation land together or not
// at all. Input is parsed at the edge; a refused record names the field at fault.

import type { Table } from 'dexie';
import { uuidv7 } from '../model/ids';
import type { Location } from '../model/location';
import { locationSchema } from '../model/location';
import type { Entity, Mutation } from '../model/mutation';
import type { Organization } from '../model/organization';
import { organizationSchema } from '../model/organization';
import { err, ok, type Result } from '../model/result';
import type { AvailabilityStatus, Service } from '../model/service';
import { serviceSchema } from '../model/service';
import { type InvalidRecord, parseRecord } from '../model/validation';
import {
  type Action,
  type Answer,
  type Assessment,
  actionSchema,
  answerSchema,
  assessmentSchema,
} from '../model/workbook';
import type { CircleDatabase } from './database';
import { type StoredRecord, sortKey } from './schema';

export interface RecordOf {
  organization: Organization;
  service: Service;
  location: Location;
  assessment: Assessment;
  answer: Answer;
  action: Action;
}

const SCHEMAS = {
  organization: organizationSchema,
  service: serviceSchema,
  location: locationSchema,
  assessment: assessmentSchema,
  answer: answerSchema,
  action: actionSchema,
} as const;

/** Fields the device sets for display; they never make a change on their own and never conflict. */
const DISPLAY_ONLY_FIELDS = new Set(['last_modified']);

export type CommandError =
  | InvalidRecord
  | { code: 'not-found'; entity: Entity; id: string; message: string }
  | { code: 'storage-full'; message: string }
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
  }
}

function changedFields(before: object | undefined, after: object): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => !DISPLAY_ONLY_FIELDS.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort();
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
  return {
    code: 'storage-failed',
    message: `Nothing was saved: ${(error as Error)?.message ?? String(error)}`,
  };
}

function sortNameOf(value: object): string {
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? sortKey(name) : '';
}

function mutationHead(
  ctx: CommandContext,
  now: Date,
  entity: Entity,
  recordId: string,
  op: Mutation['op'],
  baseVersion: number | null,
): Mutation {
  return {
    id: (ctx.newMutationId ?? uuidv7)(now.getTime()),
    entity,
    recordId,
    op,
    baseVersion,
    createdAt: now.toISOString(),
  };
}

type AnyTable<E extends Entity> = Table<StoredRecord<RecordOf[E]>, string>;

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
  input: unknown,
): Promise<Result<RecordOf[E], CommandError>> {
  const stamped =
    input && typeof input === 'object' ? { ...(input as object), last_modified: now.toISOString() } : input;
  const parsed = parseRecord(entity, SCHEMAS[entity], stamped);
  if (!parsed.ok) return parsed;
  const value = parsed.value as RecordOf[E];
  const table = tableOf(ctx.db, entity) as unknown as AnyTable<E>;
  const fields = changedFields(existing?.value, value);
  if (existing && fields.length === 0) return ok(existing.value);
  if (existing?.sample) {
    // Sample records may be tried out, but they never enter the outbox.
    await table.put({ ...existing, value, sortName: sortNameOf(value) });
    return ok(value);
  }
  const baseVersion = existing?.serverVersion ?? null;
  const mutation: Mutation =
    baseVersion === null
      ? { ...mutationHead(ctx, now, entity, value.id, 'put', baseVersion), value: { ...value } }
      : {
          ...mutationHead(ctx, now, entity, value.id, 'patch', baseVersion),
          fields,
          value: pick(value, fields),
        };
  await table.put({
    id: value.id,
    value,
    serverVersion: baseVersion,
    serverCopy: existing?.serverCopy ?? null,
    pendingFields: [...new Set([...(existing?.pendingFields ?? []), ...fields])].sort(),
    sample: 0,
    sortName: sortNameOf(value),
  });
  await ctx.db.outbox.add(mutation);
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
    return await ctx.db.transaction('rw', [table, ctx.db.outbox], () => body(table, now));
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

/** Creates or replaces a record. */
export function saveRecord<E extends Entity>(
  ctx: CommandContext,
  entity: E,
  input: unknown,
): Promise<Result<RecordOf[E], CommandError>> {
  const id = (input as { id?: unknown } | null)?.id;
  return inTransaction(ctx, entity, async (table, now) =>
    write(ctx, now, entity, typeof id === 'string' ? await table.get(id) : undefined, input),
  );
}

/** Changes some fields of a record; the result must still be a valid record. */
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

/** Removes a record here and queues its delete; the hub keeps a tombstone (S7). */
export function deleteRecord(
  ctx: CommandContext,
  entity: Entity,
  id: string,
): Promise<Result<{ id: string }, CommandError>> {
  return inTransaction(ctx, entity, async (table, now) => {
    const existing = await table.get(id);
    if (!existing) return err(notFound(entity, id));
    await table.delete(id);
    if (!existing.sample)
      await ctx.db.outbox.add(mutationHead(ctx, now, entity, id, 'delete', existing.serverVersion));
    return ok({ id });
  });
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
