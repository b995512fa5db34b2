// Belonging to a network, on the device: joining (the membership and token stored, the sample
// directory replaced, never pushed) and leaving or being revoked (the network's data removed), each
// in one transaction, with a change-feed reset so every tab's search index re-reads.
import { liveQuery } from 'dexie';
import { err, ok, type Result } from '../model/result';
import { parseRecord } from '../model/validation';
import { recordChange } from './changes';
import { type CommandContext, type CommandError, storageError } from './commands';
import type { CircleDatabase } from './database';
import type { Subscribable } from './queries';
import { SAMPLE_META_KEY } from './sample';
import { type NetworkSetting, networkSettingSchema, readSetting } from './settings';

export const NETWORK_META_KEY = 'network';

/** Meta keys that belong to the network's data, removed when the device leaves it. */
const NETWORK_DATA_KEYS = [
  NETWORK_META_KEY,
  'saved',
  'saved.sealed',
  'workbook.position',
  'changes.pruned',
  'sync.cursor',
  'sync.status',
  'referrals.cursor',
  'referrals.keys',
] as const;

export type JoinError = CommandError | { code: 'already-member'; message: string };

export interface Joined {
  /** Sample records removed, all tables together. */
  sampleRemoved: number;
}

export function readNetwork(db: CircleDatabase): Promise<NetworkSetting | undefined> {
  return readSetting(db, 'network');
}

/** The network this device belongs to, live (another tab joining or leaving shows here too). */
export function observeNetwork(db: CircleDatabase): Subscribable<NetworkSetting | null> {
  return liveQuery(async () => (await readNetwork(db)) ?? null);
}

/**
 * Stores the membership and removes the sample directory (the flagged records and the marker, so it is
 * not loaded again), in one transaction. The saved list forgets the sample services; records the
 * device made itself stay, with their outbox. A device already in a network must leave it first.
 */
export async function joinNetwork(
  ctx: CommandContext,
  setting: NetworkSetting,
): Promise<Result<Joined, JoinError>> {
  const { db } = ctx;
  const parsed = parseRecord('network', networkSettingSchema, setting);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  try {
    return await db.transaction(
      'rw',
      [db.organizations, db.services, db.locations, db.assessments, db.meta, db.changes],
      async (): Promise<Result<Joined, JoinError>> => {
        if (await readNetwork(db))
          return err({ code: 'already-member', message: 'This device already belongs to a network.' });
        const sampleServices = new Set(await db.services.where('sample').equals(1).primaryKeys());
        let sampleRemoved = 0;
        for (const table of [db.organizations, db.services, db.locations, db.assessments]) {
          sampleRemoved += await table.where('sample').equals(1).delete();
        }
        await db.meta.delete(SAMPLE_META_KEY);
        const saved = await readSetting(db, 'saved');
        if (saved) await db.meta.put({ key: 'saved', value: saved.filter((id) => !sampleServices.has(id)) });
        await db.meta.put({ key: NETWORK_META_KEY, value });
        await recordChange(db, { kind: 'reset' });
        return ok({ sampleRemoved });
      },
    );
  } catch (error) {
    return err(storageError(error));
  }
}

/** Replaces the stored membership (the hub may have changed the role or renamed the agency). */
export async function updateMembership(
  ctx: CommandContext,
  membership: NetworkSetting['membership'],
): Promise<Result<NetworkSetting | null, CommandError>> {
  const { db } = ctx;
  try {
    return await db.transaction('rw', db.meta, async () => {
      const current = await readNetwork(db);
      if (!current) return ok(null);
      const next = parseRecord('network', networkSettingSchema, { ...current, membership });
      if (!next.ok) return next;
      await db.meta.put({ key: NETWORK_META_KEY, value: next.value });
      return ok(next.value);
    });
  } catch (error) {
    return err(storageError(error));
  }
}

/**
 * Leaving the network, or being removed from it: every directory and workbook record, the outbox, the
 * conflicts, the change feed and the membership with its token go, in one transaction. Device-only
 * settings stay (the remembered community here; the quick-exit site and theme live outside IndexedDB).
 * The change feed restarts with a reset so that every reader re-reads the (now empty) directory.
 */
export async function leaveNetwork(ctx: CommandContext): Promise<Result<void, CommandError>> {
  const { db } = ctx;
  const tables = [
    db.organizations,
    db.services,
    db.locations,
    db.assessments,
    db.answers,
    db.actions,
    db.summaries,
    db.mutations,
    db.conflicts,
    db.changes,
    // Referrals are between this network's agencies, and the keys were this membership's device's.
    db.referrals,
    db.referralOutbox,
    db.deviceKeys,
  ];
  try {
    await db.transaction('rw', [...tables, db.meta], async () => {
      for (const table of tables) await table.clear();
      await db.meta.bulkDelete([...NETWORK_DATA_KEYS, SAMPLE_META_KEY]);
      await recordChange(db, { kind: 'reset' });
    });
  } catch (error) {
    return err(storageError(error));
  }
  return ok(undefined);
}
