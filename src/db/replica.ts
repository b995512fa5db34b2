// The device's half of sync (rules S1–S7), as transactions: taking the next batch of the outbox,
// applying the hub's answer to it, applying a pulled page with its cursor, and a person's resolution of
// a conflict. Each runs in one Dexie transaction, so an interruption anywhere leaves the device where
// it was before or after a step, never between. The wire itself is sync/'s: nothing here talks to a hub.
import Dexie, { liveQuery } from 'dexie';
import {
  type Conflict,
  ENTITIES,
  type Entity,
  type Mutation,
  type NewMutation,
  type RecordValue,
  sameValue,
  sendsToHub,
} from '../model/mutation';
import { RECORD_SCHEMAS } from '../model/records';
import { err, ok, type Result } from '../model/result';
import { parseRecord } from '../model/validation';
import { recordChange, recordChanges } from './changes';
import { type CommandContext, type CommandError, mutationHead, storageError, tableOf } from './commands';
import type { CircleDatabase } from './database';
import { enqueue, mutationsOf, pendingFieldsOf } from './outbox';
import type { Subscribable } from './queries';
import { type StoredRecord, sortKey } from './schema';
import { readSetting, type SyncStatus, writeSetting } from './settings';

/** What a device is in its network, as far as sending goes (S0). */
export interface Sender {
  role: string;
  agencyId: string | null;
}

/** A hub's answer to one mutation, as db/ needs it (sync/ maps the wire's answer to this). */
export type Outcome =
  | { id: string; status: 'applied'; version: number }
  | {
      id: string;
      status: 'conflict';
      current: { version: number; value: RecordValue | null };
      fields: string[];
    }
  | { id: string; status: 'refused'; reason: string; message: string };

/** A record as a pulled page carries it; `value: null` is a tombstone. */
export interface PulledRecord {
  entity: Entity;
  id: string;
  version: number;
  value: RecordValue | null;
  owner?: string | null;
}

export interface PulledPage {
  records: readonly PulledRecord[];
  cursor: number;
  reset: boolean;
}

const UNSENT = ['pending', 'sent'] as const;
const KEPT = ['conflict', 'refused'] as const;

function allTables(db: CircleDatabase) {
  return [...ENTITIES.map((e) => tableOf(db, e)), db.mutations, db.conflicts, db.changes, db.meta];
}

type AnyStored = StoredRecord<RecordValue>;
const storedTable = (db: CircleDatabase, entity: Entity) =>
  tableOf(db, entity) as unknown as import('dexie').Table<AnyStored, string>;

function sortNameOf(value: RecordValue): string {
  return typeof value.name === 'string' ? sortKey(value.name) : '';
}

async function inTransaction<T>(
  db: CircleDatabase,
  body: () => Promise<T>,
): Promise<Result<T, CommandError>> {
  try {
    return ok(await db.transaction('rw', allTables(db), body));
  } catch (error) {
    return err(storageError(error));
  }
}

// --- Push (S2) ---

/** The size a mutation takes on the wire (JSON), to bound a batch by bytes. */
export function wireSize(m: Mutation): number {
  return JSON.stringify(m).length;
}

/**
 * The next mutations to send, oldest first, at most `maxCount` and `maxBytes`, marked `sent` (never
 * merged into again: the hub may already hold them) with their attempt counted. Changes this device
 * does not send (S0) stay queued on it. A mutation too big for any batch is kept as refused (S4), so
 * it never blocks the rest.
 */
export async function takeBatch(
  db: CircleDatabase,
  sender: Sender,
  limits: { maxCount: number; maxBytes: number },
  now: Date = new Date(),
): Promise<Result<Mutation[], CommandError>> {
  return inTransaction(db, async () => {
    const unsent = availabilityFirst(await db.mutations.where('status').anyOf(UNSENT).sortBy('seq'));
    const batch: Mutation[] = [];
    let bytes = 0;
    for (const m of unsent) {
      if (!sendsToHub(m.entity, sender)) continue;
      const size = wireSize(m);
      if (size > limits.maxBytes) {
        await keep(
          db,
          m,
          {
            id: m.id,
            status: 'refused',
            reason: 'too_large',
            message: `This change is ${size} bytes; a batch takes at most ${limits.maxBytes}.`,
          },
          now,
        );
        continue;
      }
      if (batch.length >= limits.maxCount || bytes + size > limits.maxBytes) break;
      bytes += size;
      batch.push({ ...m, status: 'sent', attempts: m.attempts + 1 });
    }
    if (batch.length > 0) await db.mutations.bulkPut(batch);
    return batch;
  });
}

/**
 * A service's availability ("space now / full") goes ahead of other changes (D8: it is stale within
 * hours, and one import can queue thousands of records ahead of it). Only a patch of that one field,
 * and only when nothing else of its record waits before it, so each record's changes keep their order.
 */
export function availabilityFirst(queue: readonly Mutation[]): Mutation[] {
  const first = new Map<string, Mutation>();
  for (const m of queue)
    if (!first.has(`${m.entity}/${m.recordId}`)) first.set(`${m.entity}/${m.recordId}`, m);
  const urgent = (m: Mutation) =>
    m.op === 'patch' &&
    m.entity === 'service' &&
    m.fields.length === 1 &&
    m.fields[0] === 'availability' &&
    first.get(`${m.entity}/${m.recordId}`) === m;
  return [...queue.filter(urgent), ...queue.filter((m) => !urgent(m))];
}

/**
 * The hub's answers to a batch, applied in one transaction: an applied mutation leaves the outbox and
 * its record moves to the hub's version when nothing else changed it in between; a conflict or a
 * refusal is kept with both versions for a person (S4) and the rest of the queue goes on. Answers to
 * mutations no longer here (a second tab already applied them) change nothing.
 */
export async function applyOutcomes(
  db: CircleDatabase,
  outcomes: readonly Outcome[],
  now: Date = new Date(),
): Promise<Result<{ applied: number; kept: number }, CommandError>> {
  return inTransaction(db, async () => {
    let applied = 0;
    let kept = 0;
    for (const outcome of outcomes) {
      const m = await db.mutations.where('id').equals(outcome.id).first();
      if (m?.status !== 'sent') continue;
      if (outcome.status === 'applied') {
        await db.mutations.delete(m.seq);
        await settle(db, m, outcome.version);
        applied++;
      } else {
        await keep(db, m, outcome, now);
        kept++;
      }
    }
    return { applied, kept };
  });
}

/** After `m` was applied at `version`: the record's hub copy and pending fields follow. */
async function settle(db: CircleDatabase, m: Mutation, version: number): Promise<void> {
  const table = storedTable(db, m.entity);
  const record = await table.get(m.recordId);
  if (!record) return;
  const rest = await mutationsOf(db, m.entity, m.recordId);
  // Only a clean step (nothing else changed the record between the base and this version) tells the
  // device the hub's copy; otherwise the pull that follows brings it.
  const clean = version === (m.baseVersion ?? 0) + 1 && (record.serverVersion ?? 0) === (m.baseVersion ?? 0);
  let { serverCopy, serverVersion } = record;
  if (clean && m.op !== 'delete') {
    serverCopy = m.op === 'put' ? m.value : { ...(serverCopy ?? {}), ...m.value };
    serverVersion = version;
  }
  await table.put({ ...record, serverCopy, serverVersion, pendingFields: pendingFieldsOf(rest) });
}

/** Keeps a conflicting or refused mutation, and both versions, until a person resolves it (S4). */
async function keep(
  db: CircleDatabase,
  m: Mutation,
  outcome: Exclude<Outcome, { status: 'applied' }>,
  now: Date,
): Promise<void> {
  const table = storedTable(db, m.entity);
  const record = await table.get(m.recordId);
  const status = outcome.status;
  await db.mutations.put({ ...m, status });
  let theirs: RecordValue | null = record?.serverCopy ?? null;
  let theirsVersion: number | null = record?.serverVersion ?? null;
  if (outcome.status === 'conflict') {
    theirs = outcome.current.value;
    theirsVersion = outcome.current.version;
    // The hub's copy is known now: it becomes the base the person's resolution is made on.
    if (record && (record.serverVersion ?? 0) <= theirsVersion) {
      await table.put({ ...record, serverCopy: theirs, serverVersion: theirsVersion });
    }
  }
  const conflict: Conflict = {
    id: m.id,
    entity: m.entity,
    recordId: m.recordId,
    kind: status,
    mutation: { ...m, status },
    mine: record?.value ?? null,
    theirs,
    theirsVersion,
    createdAt: now.toISOString(),
    ...(outcome.status === 'conflict'
      ? { fields: outcome.fields }
      : { reason: outcome.reason, message: outcome.message.slice(0, 1000) }),
  };
  await db.conflicts.put(conflict);
}

// --- Pull (S5–S7) ---

export async function readCursor(db: CircleDatabase): Promise<number> {
  return (await readSetting(db, 'sync.cursor')) ?? 0;
}

export interface PageApplied {
  /** Records written, deleted or merged. */
  applied: number;
  /** Records the hub sent that did not read as valid, set aside (never applied). */
  unreadable: number;
  /** The cursor had moved since it was read (another runner): nothing was applied. */
  stale: boolean;
}

/**
 * Applies a pulled page and stores its cursor in one transaction (S5), if the stored cursor is still
 * `from`. A record with changes not yet accepted by the hub keeps them (S6): the hub's copy becomes its
 * new base, the fields this device did not change take the hub's values, and any conflict surfaces at
 * the next push. A tombstone removes a record (S7) unless this device still has changes to it. A reset
 * drops every record without such changes and starts again from 0; the outbox stays.
 */
export async function applyPulledPage(
  db: CircleDatabase,
  from: number,
  page: PulledPage,
): Promise<Result<PageApplied, CommandError>> {
  return inTransaction(db, async () => {
    // Another runner moved on, or the device left its network while the page was on its way.
    if ((await readCursor(db)) !== from || !(await readSetting(db, 'network')))
      return { applied: 0, unreadable: 0, stale: true };
    if (page.reset) {
      let dropped = 0;
      for (const entity of ENTITIES) {
        dropped += await storedTable(db, entity)
          .filter((r) => r.pendingFields.length === 0 && r.sample === 0)
          .delete();
      }
      await writeSetting(db, 'sync.cursor', 0);
      await recordChange(db, { kind: 'reset' });
      return { applied: dropped, unreadable: 0, stale: false };
    }
    let unreadable = 0;
    const valid: PulledRecord[] = [];
    for (const pulled of page.records) {
      if (pulled.value !== null) {
        const parsed = parseRecord(pulled.entity, RECORD_SCHEMAS[pulled.entity], pulled.value);
        if (!parsed.ok) {
          db.setAside({ entity: pulled.entity, id: pulled.id, reason: parsed.error.message });
          unreadable++;
          continue;
        }
      }
      valid.push(pulled);
    }
    const changed = await applyPulled(db, valid);
    await recordChanges(db, changed);
    const applied = changed.length;
    await writeSetting(db, 'sync.cursor', page.cursor);
    return { applied, unreadable, stale: false };
  });
}

/** Applies valid pulled records, entity by entity in bulk; returns those that changed here. */
async function applyPulled(db: CircleDatabase, records: readonly PulledRecord[]): Promise<PulledRecord[]> {
  if (records.length === 0) return [];
  // The outbox is small next to a page: the mutations of this page's records, in one read.
  const keys = records.map((r): [string, string] => [r.entity, r.id]);
  const queuedBy = new Map<string, Mutation[]>();
  for (const m of await db.mutations.where('[entity+recordId]').anyOf(keys).sortBy('seq')) {
    const key = `${m.entity}/${m.recordId}`;
    queuedBy.set(key, [...(queuedBy.get(key) ?? []), m]);
  }
  const changed: PulledRecord[] = [];
  for (const entity of ENTITIES) {
    const ofEntity = records.filter((r) => r.entity === entity);
    if (ofEntity.length === 0) continue;
    const table = storedTable(db, entity);
    const locals = await localRows(
      table,
      ofEntity.map((r) => r.id),
    );
    const puts: AnyStored[] = [];
    const deletes: string[] = [];
    ofEntity.forEach((pulled, index) => {
      const next = pulledRow(pulled, locals[index], queuedBy.get(`${entity}/${pulled.id}`) ?? []);
      if (next === 'keep') return;
      if (next === 'delete') deletes.push(pulled.id);
      else puts.push(next);
      changed.push(pulled);
    });
    if (puts.length > 0) await table.bulkPut(puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
  }
  return changed;
}

/**
 * Below this many rows per id asked for, reading every key of the table costs less than a read per
 * id (IndexedDB makes each its own request). Measured in Chromium at 4× CPU: 1,000 gets 0.2–0.3 s,
 * all the keys of 2,000 rows 0.03 s, of 10,000 rows 0.2 s, of 30,000 rows 1.3 s.
 */
const KEYS_PER_GET = 10;

/**
 * The local rows of `ids` (undefined where there is none). A first pull brings thousands of records
 * the device does not have yet: it finds which it has from the table's keys, and reads only those.
 */
async function localRows(
  table: import('dexie').Table<AnyStored, string>,
  ids: readonly string[],
): Promise<Array<AnyStored | undefined>> {
  const count = await table.count();
  if (count === 0) return ids.map(() => undefined);
  if (count > ids.length * KEYS_PER_GET) return table.bulkGet([...ids]);
  const present = new Set(await table.toCollection().primaryKeys());
  const held = ids.filter((id) => present.has(id));
  const rows = new Map<string, AnyStored | undefined>();
  if (held.length > 0) {
    const found = await table.bulkGet(held);
    for (const [i, id] of held.entries()) rows.set(id, found[i]);
  }
  return ids.map((id) => rows.get(id));
}

/** What one pulled record makes of the local row: a new row, a delete, or nothing to do. */
function pulledRow(
  pulled: PulledRecord,
  local: AnyStored | undefined,
  queued: readonly Mutation[],
): AnyStored | 'delete' | 'keep' {
  if (local && local.serverVersion !== null && pulled.version < local.serverVersion) return 'keep';
  const theirs = pulled.value as (RecordValue & { id: string }) | null;
  if (queued.length === 0) {
    if (!theirs) return local ? 'delete' : 'keep';
    return {
      id: pulled.id,
      value: theirs,
      serverVersion: pulled.version,
      serverCopy: theirs,
      pendingFields: [],
      sample: 0,
      sortName: sortNameOf(theirs),
      ...ownerOf(pulled, local),
    };
  }
  // This device still has changes to the record (S6).
  if (!local) return 'keep'; // deleted here: the queued delete goes to the hub
  const pending = pendingFieldsOf(queued);
  let value = local.value;
  if (theirs) {
    const merged = { ...theirs, ...Object.fromEntries(pending.map((f) => [f, local.value[f]])) };
    for (const f of Object.keys(merged)) if (merged[f] === undefined) delete merged[f];
    const parsed = parseRecord(pulled.entity, RECORD_SCHEMAS[pulled.entity], merged);
    if (parsed.ok) value = parsed.value as typeof value;
  }
  return {
    ...local,
    value,
    serverVersion: pulled.version,
    serverCopy: theirs,
    pendingFields: pending,
    sortName: sortNameOf(value),
    ...ownerOf(pulled, local),
  };
}

/** The owner a pulled record says, else the one already known. */
function ownerOf(pulled: PulledRecord, local: AnyStored | undefined): { owner?: string | null } {
  if (pulled.owner !== undefined) return { owner: pulled.owner };
  return local?.owner !== undefined ? { owner: local.owner } : {};
}

// --- Status (S11) ---

export async function readSyncStatus(db: CircleDatabase): Promise<SyncStatus> {
  return (
    (await readSetting(db, 'sync.status')) ?? {
      lastSuccessAt: null,
      lastAttemptAt: null,
      problem: null,
      waitingForWifi: false,
    }
  );
}

/** Updates the stored status; a closed or full database only costs the status line its update. */
export async function writeSyncStatus(db: CircleDatabase, change: Partial<SyncStatus>): Promise<void> {
  try {
    await db.transaction('rw', db.meta, async () => {
      await writeSetting(db, 'sync.status', { ...(await readSyncStatus(db)), ...change });
    });
  } catch {
    // The status is advisory; the outbox and the cursor are what must not be lost.
  }
}

export interface SyncCounts {
  /** Changes waiting to be sent (or sent, their answer not yet heard). */
  unsent: number;
  /** Changes the hub did not take, waiting for a person. */
  conflicts: number;
  /** Changes kept on this device only (S0: a peer supporter's workbook). */
  local: number;
}

export async function readSyncCounts(db: CircleDatabase, sender: Sender | null): Promise<SyncCounts> {
  // Counted by index: an import can queue tens of thousands of whole records, and this runs on every
  // change of the outbox, so nothing here reads a mutation's value.
  const [waiting, conflicts] = await Promise.all([
    db.mutations.where('status').anyOf(UNSENT).count(),
    db.conflicts.count(),
  ]);
  if (!sender) return { unsent: 0, conflicts, local: waiting };
  let local = 0;
  for (const entity of ENTITIES.filter((e) => !sendsToHub(e, sender))) {
    local += await db.mutations
      .where('[entity+recordId]')
      .between([entity, Dexie.minKey], [entity, Dexie.maxKey])
      .filter((m) => (UNSENT as readonly string[]).includes(m.status))
      .count();
  }
  return { unsent: waiting - local, conflicts, local };
}

/** The counts and the stored status, live across tabs. */
export function observeSync(
  db: CircleDatabase,
  sender: Sender | null,
): Subscribable<{ counts: SyncCounts; status: SyncStatus }> {
  return liveQuery(async () => ({
    counts: await readSyncCounts(db, sender),
    status: await readSyncStatus(db),
  }));
}

export function observeConflicts(db: CircleDatabase): Subscribable<Conflict[]> {
  return liveQuery(() => db.conflicts.orderBy('id').toArray());
}

// --- Resolving (S4) ---

/**
 * A person's resolution of a kept mutation: `value` is the record as it should be (null: deleted).
 * It is made on the hub's copy the device now knows, so it travels as a new mutation on that version
 * (a patch of the fields that differ from the hub's, a delete, or a put that brings a record deleted
 * there back); choosing the hub's version exactly sends nothing. The kept mutation and its conflict go.
 */
export async function resolveConflict(
  ctx: CommandContext,
  conflictId: string,
  value: RecordValue | null,
): Promise<Result<void, CommandError | { code: 'gone'; message: string }>> {
  const { db } = ctx;
  const now = (ctx.now ?? (() => new Date()))();
  try {
    return await db.transaction('rw', allTables(db), async () => {
      const conflict = await db.conflicts.get(conflictId);
      if (!conflict) return err({ code: 'gone' as const, message: 'This conflict was already resolved.' });
      const { entity, recordId } = conflict;
      let next: (RecordValue & { id: string }) | null = null;
      if (value !== null) {
        const parsed = parseRecord(entity, RECORD_SCHEMAS[entity], { ...value, id: recordId });
        if (!parsed.ok) return parsed;
        next = parsed.value as RecordValue & { id: string };
      }
      await db.conflicts.delete(conflictId);
      const kept = await db.mutations.where('id').equals(conflictId).first();
      if (kept && (KEPT as readonly string[]).includes(kept.status)) await db.mutations.delete(kept.seq);

      const table = storedTable(db, entity);
      const local = await table.get(recordId);
      const base = local ? local.serverCopy : conflict.theirs;
      const baseVersion = local ? local.serverVersion : conflict.theirsVersion;
      const head = mutationHead(ctx, now, entity, recordId, baseVersion);
      let mutation: NewMutation | null = null;
      if (next === null) {
        if (base !== null) mutation = { ...head, op: 'delete', base };
      } else if (base === null) {
        mutation = { ...head, op: 'put', value: next };
      } else {
        const fields = Object.keys({ ...base, ...next })
          .filter((f) => f !== 'last_modified' && !sameValue(base[f], next?.[f]))
          .sort();
        if (fields.length > 0)
          mutation = {
            ...head,
            op: 'patch',
            fields,
            value: Object.fromEntries(fields.map((f) => [f, next?.[f] ?? null])),
          };
      }
      if (mutation) await enqueue(db, mutation, base);
      const rest = await mutationsOf(db, entity, recordId);
      if (next === null) {
        await table.delete(recordId);
      } else {
        await table.put({
          id: recordId,
          value: next,
          serverVersion: baseVersion,
          serverCopy: base as AnyStored['serverCopy'],
          pendingFields: pendingFieldsOf(rest),
          sample: 0,
          sortName: sortNameOf(next),
        });
      }
      await recordChange(db, { kind: 'record', entity, id: recordId });
      return ok(undefined);
    });
  } catch (error) {
    return err(storageError(error));
  }
}
