// The database layout, one entry per version. A version is never edited once released: a change is a
// new version with an upgrade function, and a migration test that opens the old version first.
import type { Conflict, Entity, Mutation } from '../model/mutation';
import { foldText } from '../model/text';

export const DB_NAME = 'circle-of-care';

/**
 * A synced record as the device keeps it: the local value (what screens show), the hub version it is
 * based on and the last hub copy (the base of a three-way merge), and which fields were changed here
 * since. A local delete removes the row; its outbox mutation carries what the hub needs. Sample records
 * are flagged and never enter the outbox.
 */
export interface StoredRecord<T> {
  id: string;
  value: T;
  /** The hub's version of `serverCopy`; null while the hub has never seen the record. */
  serverVersion: number | null;
  /** The last copy received from the hub; null while there is none. */
  serverCopy: T | null;
  /** Fields changed on this device since `serverCopy`. Empty when in step with the hub. */
  pendingFields: string[];
  /** 1 for the sample directory (IndexedDB cannot index booleans). */
  sample: 0 | 1;
  /** Lower-cased, accent-free name for alphabetical paging (added in version 2). */
  sortName: string;
  /**
   * The agency that owns it on the hub (null: the network's own), as the last pull said; absent
   * when not known (created here and not yet pulled back, or pulled before owners were sent). The
   * screens use it to offer editing; the hub decides (S8).
   */
  owner?: string | null;
}

/** An outbox entry as stored: the mutation, numbered by the database (`seq`, rule S1). */
export type OutboxEntry = Mutation;

/** A conflict kept with both versions until a person resolves it (S4). */
export type ConflictEntry = Conflict;

/**
 * One row of the change feed: a directory record written in this database (by this tab, another tab,
 * or later a sync), or `reset` when so much changed at once (a sample load, a full pull) that readers
 * should re-read everything. Readers keep their own cursor (the last `seq` they applied).
 */
export type ChangeEntry =
  | { seq?: number; kind: 'record'; entity: Entity; id: string }
  | { seq?: number; kind: 'reset' };

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Version 1: the first release. Indexes stay few: search and filters run in the search index. */
export const SCHEMA_V1 = {
  organizations: 'id, sample',
  services: 'id, sample, value.organization_id',
  locations: 'id, sample',
  outbox: 'id, recordId',
} as const;

/** Version 2: alphabetical paging (sortName) and a key-value table for device settings and markers. */
export const SCHEMA_V2 = {
  organizations: 'id, sample, sortName',
  services: 'id, sample, value.organization_id, sortName',
  locations: 'id, sample',
  outbox: 'id, recordId',
  meta: 'key',
} as const;

/** Version 3: the Service Mapping Toolkit: assessments, one record per item answer, and actions. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  assessments: 'id, sample',
  answers: 'id, value.assessment_id',
  actions: 'id, value.assessment_id',
} as const;

/**
 * Version 4: the outbox shaped for sync. Mutations are ordered by a local auto-incremented `seq`
 * (never the clock) with a status and an attempt count; IndexedDB cannot change a primary key, so
 * they move from `outbox` (keyed by UUIDv7) to `mutations`. Conflicts wait in their own table; the
 * change feed tells the search index what changed.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  outbox: null,
  mutations: '++seq, &id, [entity+recordId], status',
  conflicts: 'id, [entity+recordId]',
  changes: '++seq',
} as const;

/** Version 5: the workbook summary an agency chose to share with its network (synced to all, S0). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  summaries: 'id',
} as const;

/**
 * Version 6: the saved search index (`searchIndex.ts`), one row, so that a start reloads it instead of
 * indexing the whole directory again. Derived data only: dropping it costs one rebuild.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  searchIndex: 'key',
} as const;

/**
 * Version 7: referrals (R1–R3), ciphertext only: each referral's envelope with its grants and status
 * updates as the hub relays them; what this device made and has not yet handed to the hub, in order;
 * this device's key pairs, their private halves sealed under the app lock's data key.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  referrals: 'id, purgeAt',
  referralOutbox: '++seq, &id, referralId',
  deviceKeys: 'deviceId',
} as const;

export const CURRENT_VERSION = 7;

/** The key names sort by: folded (accents, ligatures, case) and trimmed. */
export function sortKey(name: string): string {
  return foldText(name).trim();
}
