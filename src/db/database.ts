// The only importer of dexie. Owns the database class, its versions and migrations, and what happens
// when another tab upgrades or wipes the database (this tab closes and says so; it never reopens
// behind the user's back).
import Dexie, { type Table } from 'dexie';
import type { Location } from '../model/location';
import type { NewMutation } from '../model/mutation';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
import type { Action, Answer, Assessment, SharedSummary } from '../model/workbook';
import type { StoredDeviceKeys } from '../vault/deviceKeys';
import type { Unreadable } from './read';
import type { ReferralOutboxEntry, StoredReferral } from './referrals';
import {
  type ChangeEntry,
  type ConflictEntry,
  DB_NAME,
  type MetaEntry,
  type OutboxEntry,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  type StoredRecord,
  sortKey,
} from './schema';
import type { SavedSearchIndex } from './searchIndex';

export type ClosedReason = 'upgraded-elsewhere' | 'deleted-elsewhere';

export interface DatabaseEvents {
  /** Another tab upgraded or deleted the database: this connection is closed; reload to continue. */
  onClosed?: (reason: ClosedReason) => void;
  /** Opening waits for another tab still holding an older version open. */
  onBlocked?: () => void;
  /** A stored record failed validation when read and was set aside (see read.ts). */
  onUnreadable?: (problem: Unreadable) => void;
}

export class CircleDatabase extends Dexie {
  organizations!: Table<StoredRecord<Organization>, string>;
  services!: Table<StoredRecord<Service>, string>;
  locations!: Table<StoredRecord<Location>, string>;
  mutations!: Table<OutboxEntry, number, NewMutation>;
  conflicts!: Table<ConflictEntry, string>;
  changes!: Table<ChangeEntry, number>;
  meta!: Table<MetaEntry, string>;
  assessments!: Table<StoredRecord<Assessment>, string>;
  answers!: Table<StoredRecord<Answer>, string>;
  actions!: Table<StoredRecord<Action>, string>;
  summaries!: Table<StoredRecord<SharedSummary>, string>;
  searchIndex!: Table<SavedSearchIndex, string>;
  referrals!: Table<StoredReferral, string>;
  referralOutbox!: Table<ReferralOutboxEntry, number>;
  deviceKeys!: Table<StoredDeviceKeys & { deviceId: string }, string>;

  /** Reports a record that could not be read; the screens go on without it. */
  readonly setAside: (problem: Unreadable) => void;

  constructor(name: string = DB_NAME, events: DatabaseEvents = {}) {
    super(name);
    this.setAside = (problem) => events.onUnreadable?.(problem);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        for (const table of ['organizations', 'services'] as const) {
          await tx
            .table<StoredRecord<{ name: string }>, string>(table)
            .toCollection()
            .modify((row) => {
              row.sortName = sortKey(row.value.name);
            });
        }
      });
    // Version 3 only adds tables: no upgrade function needed.
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        // Version 3's outbox, in the only order it had (UUIDv7), numbered as it is copied. The old
        // table is dropped after this function runs.
        const old = await tx.table<V3OutboxEntry, string>('outbox').orderBy('id').toArray();
        const mutations = tx.table<OutboxEntry, number, NewMutation>('mutations');
        for (const m of old) await mutations.add(fromV3(m));
      });

    // Version 5 only adds a table.
    this.version(5).stores(SCHEMA_V5);
    // Version 6 only adds a table (the saved search index).
    this.version(6).stores(SCHEMA_V6);
    // Version 7 only adds tables (referrals, their outbox, this device's keys).
    this.version(7).stores(SCHEMA_V7);

    this.on('versionchange', (event) => {
      // Dexie's own listener closes but lets the next query reopen; after a wipe that would quietly
      // recreate the data. Close for good instead, tell the app (which asks for a reload), and
      // return false so that Dexie's listener, which runs after ours, does not undo it.
      this.close();
      events.onClosed?.(event.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere');
      return false;
    });
    this.on('blocked', () => events.onBlocked?.());
  }
}

/** An outbox row as versions 1–3 stored it. */
interface V3OutboxEntry {
  id: string;
  entity: OutboxEntry['entity'];
  recordId: string;
  op: OutboxEntry['op'];
  baseVersion: number | null;
  fields?: string[];
  value?: Record<string, unknown>;
  createdAt: string;
}

function fromV3(m: V3OutboxEntry): NewMutation {
  const head = {
    id: m.id,
    entity: m.entity,
    recordId: m.recordId,
    baseVersion: m.baseVersion,
    status: 'pending' as const,
    attempts: 0,
    createdAt: m.createdAt,
  };
  if (m.op === 'delete') return { ...head, op: 'delete', base: null };
  if (m.op === 'patch') {
    const value = m.value ?? {};
    return { ...head, op: 'patch', fields: m.fields ?? Object.keys(value), value };
  }
  return { ...head, op: 'put', value: m.value ?? {} };
}

export function openDatabase(name: string = DB_NAME, events: DatabaseEvents = {}): CircleDatabase {
  return new CircleDatabase(name, events);
}

/** Deletes the whole database; other tabs close theirs first (see versionchange above). */
export async function deleteDatabase(name: string = DB_NAME): Promise<void> {
  await Dexie.delete(name);
}
