// Referrals on the device, ciphertext only (R2): each referral's envelope, the grants that let later
// devices open it and its status updates, exactly as the hub relays them; opening them is vault/'s
// job, with this device's keys, whose private halves are stored sealed under the app lock's data key.
// What this device made goes into the referral outbox in the same transaction as the referral row,
// and leaves it only when the hub has stored it (S2: replays are the same item), so nothing made
// offline is lost or sent twice. Pulled pages and their cursor are applied in one transaction (S5).
import { liveQuery } from 'dexie';
import type { KeyGrant, PublicDeviceKeys, ReferralEnvelope, StatusUpdate } from '../model/sealedReferral';
import type { StoredDeviceKeys } from '../vault/deviceKeys';
import type { CircleDatabase } from './database';
import type { Subscribable } from './queries';
import { STATS_KEY } from './referralStats';

/** A status update and its place in the hub's order (null until the hub has it: after all others). */
export type StoredStatusUpdate = StatusUpdate & { hubSeq: number | null };

export interface StoredReferral {
  /** The referral id. */
  id: string;
  envelope: ReferralEnvelope;
  grants: KeyGrant[];
  updates: StoredStatusUpdate[];
  /** When every copy goes (from the envelope): an index, so the purge reads only what is due. */
  purgeAt: string;
  /** What of it the hub refused for good (S4: kept and shown, never dropped silently). */
  refused?: Array<{ id: string; kind: ReferralItem['kind']; code: string }>;
}

export type ReferralItem =
  | { kind: 'envelope'; item: ReferralEnvelope }
  | { kind: 'grant'; item: KeyGrant }
  | { kind: 'status'; item: StatusUpdate };

export type ReferralOutboxEntry = ReferralItem & {
  seq?: number;
  /** The item's own id: the referral's for an envelope, the update's, or `grant:<referral>:<device>`. */
  id: string;
  referralId: string;
};

export type DeviceKeysRow = StoredDeviceKeys & { deviceId: string };

/**
 * A published key set as the network lists them: revoked devices' and retired sets (a device that
 * replaced its keys) still verify what they signed; only current sets of current devices are sealed
 * for. A list kept before sets could be retired has no `retired`: none were.
 */
export type ListedDeviceKeys = PublicDeviceKeys & { revoked: boolean; retired?: boolean };

/** The network's keys and the settings a sender seals with, as last fetched. */
export interface NetworkKeys {
  keys: ListedDeviceKeys[];
  settings: { peersMaySend: boolean; retentionDays: number };
}

const CURSOR_KEY = 'referrals.cursor';
const KEYS_KEY = 'referrals.keys';

export function itemId(entry: ReferralItem): string {
  switch (entry.kind) {
    case 'envelope':
      return entry.item.referralId;
    case 'grant':
      return `grant:${entry.item.referralId}:${entry.item.device}`;
    case 'status':
      return entry.item.id;
  }
}

export async function readDeviceKeys(db: CircleDatabase, deviceId: string): Promise<StoredDeviceKeys | null> {
  const row = await db.deviceKeys.get(deviceId);
  return row ? { public: row.public, sealed: row.sealed } : null;
}

/** Keeps this device's keys; a second call for the same device keeps the first (another tab won). */
export async function storeDeviceKeys(
  db: CircleDatabase,
  stored: StoredDeviceKeys,
): Promise<StoredDeviceKeys> {
  return db.transaction('rw', db.deviceKeys, async () => {
    const existing = await readDeviceKeys(db, stored.public.deviceId);
    if (existing) return existing;
    await db.deviceKeys.put({ deviceId: stored.public.deviceId, ...stored });
    return stored;
  });
}

/** The network's published keys and referral settings as last fetched: sealing works offline. */
export async function readListedKeys(db: CircleDatabase): Promise<NetworkKeys | null> {
  const value = (await db.meta.get(KEYS_KEY))?.value as NetworkKeys | undefined;
  return value && Array.isArray(value.keys) && value.settings ? value : null;
}

export async function storeListedKeys(db: CircleDatabase, keys: NetworkKeys): Promise<void> {
  await db.meta.put({ key: KEYS_KEY, value: keys });
}

/** A referral this device sealed: kept, and queued for the hub, together. */
export async function storeSentReferral(db: CircleDatabase, envelope: ReferralEnvelope): Promise<void> {
  await db.transaction('rw', db.referrals, db.referralOutbox, async () => {
    await db.referrals.put({
      id: envelope.referralId,
      envelope,
      grants: [],
      updates: [],
      purgeAt: envelope.purgeAt,
    });
    await queue(db, { kind: 'envelope', item: envelope });
  });
}

/** A status change (or a grant) this device made, kept with its referral and queued for the hub. */
export async function storeOwnItem(
  db: CircleDatabase,
  entry: Exclude<ReferralItem, { kind: 'envelope' }>,
): Promise<boolean> {
  return db.transaction('rw', db.referrals, db.referralOutbox, async () => {
    const row = await db.referrals.get(entry.item.referralId);
    // Purged meanwhile: nothing to change, nothing to send.
    if (!row) return false;
    await db.referrals.put(withItem(row, entry, null));
    await queue(db, entry);
    return true;
  });
}

async function queue(db: CircleDatabase, entry: ReferralItem): Promise<void> {
  const id = itemId(entry);
  if (await db.referralOutbox.where('id').equals(id).count()) return;
  await db.referralOutbox.add({ ...entry, id, referralId: entry.item.referralId } as ReferralOutboxEntry);
}

/** The next items to hand to the hub, in the order they were made. */
export function pendingReferralItems(db: CircleDatabase, limit: number): Promise<ReferralOutboxEntry[]> {
  return db.referralOutbox.orderBy('seq').limit(limit).toArray();
}

export function countPendingReferralItems(db: CircleDatabase): Promise<number> {
  return db.referralOutbox.count();
}

/**
 * The hub's answers to pushed items: stored ones leave the outbox; refused ones leave it too, with the
 * refusal kept on their referral for a person to see (S4).
 */
export async function settlePushed(
  db: CircleDatabase,
  outcomes: ReadonlyArray<{ entry: ReferralOutboxEntry; code: string | null }>,
): Promise<void> {
  await db.transaction('rw', db.referrals, db.referralOutbox, async () => {
    for (const { entry, code } of outcomes) {
      await db.referralOutbox.where('id').equals(entry.id).delete();
      if (code === null) continue;
      const row = await db.referrals.get(entry.referralId);
      if (!row) continue;
      const refused = [
        ...(row.refused ?? []).filter((r) => r.id !== entry.id),
        { id: entry.id, kind: entry.kind, code },
      ];
      await db.referrals.put({ ...row, refused });
    }
  });
}

function withItem(
  row: StoredReferral,
  entry: Exclude<ReferralItem, { kind: 'envelope' }>,
  hubSeq: number | null,
) {
  if (entry.kind === 'grant') {
    const grants = row.grants.some((g) => g.device === entry.item.device)
      ? row.grants
      : [...row.grants, entry.item];
    return { ...row, grants };
  }
  const known = row.updates.find((u) => u.id === entry.item.id);
  const updates = known
    ? row.updates.map((u) => (u.id === entry.item.id && hubSeq !== null ? { ...u, hubSeq } : u))
    : [...row.updates, { ...entry.item, hubSeq }];
  return { ...row, updates };
}

export function readReferralCursor(db: CircleDatabase): Promise<number> {
  return db.meta.get(CURSOR_KEY).then((row) => (typeof row?.value === 'number' ? row.value : 0));
}

/**
 * One pulled page and the cursor after it, in one transaction: an envelope new here is kept, a grant
 * or update joins its referral (an update this device made gets its place in the hub's order).
 */
export async function applyPulledReferrals(
  db: CircleDatabase,
  page: ReadonlyArray<ReferralItem & { seq: number }>,
  cursor: number,
): Promise<void> {
  await db.transaction('rw', db.referrals, db.meta, async () => {
    for (const entry of page) {
      if (entry.kind === 'envelope') {
        const existing = await db.referrals.get(entry.item.referralId);
        if (!existing)
          await db.referrals.put({
            id: entry.item.referralId,
            envelope: entry.item,
            grants: [],
            updates: [],
            purgeAt: entry.item.purgeAt,
          });
        continue;
      }
      const row = await db.referrals.get(entry.item.referralId);
      if (row) await db.referrals.put(withItem(row, entry, entry.seq));
    }
    await db.meta.put({ key: CURSOR_KEY, value: cursor });
  });
}

/** Deletes every referral whose time is up, with whatever of it was still to be sent. */
export async function purgeReferrals(db: CircleDatabase, now: Date): Promise<number> {
  return db.transaction('rw', db.referrals, db.referralOutbox, async () => {
    const due = (await db.referrals.where('purgeAt').below(now.toISOString()).primaryKeys()) as string[];
    if (due.length === 0) return 0;
    await db.referrals.bulkDelete(due);
    await db.referralOutbox.where('referralId').anyOf(due).delete();
    return due.length;
  });
}

export function readReferrals(db: CircleDatabase): Promise<StoredReferral[]> {
  return db.referrals.toArray();
}

/** Every referral on the device, live (another tab's sending or a pull shows at once). */
export function observeReferrals(db: CircleDatabase): Subscribable<StoredReferral[]> {
  return liveQuery(() => readReferrals(db));
}

/** What a forgotten passphrase or leaving the network takes: referrals, their outbox, the keys. */
export async function clearReferrals(db: CircleDatabase): Promise<void> {
  await db.transaction('rw', [db.referrals, db.referralOutbox, db.deviceKeys, db.meta], async () => {
    await db.referrals.clear();
    await db.referralOutbox.clear();
    await db.deviceKeys.clear();
    await db.meta.bulkDelete([CURSOR_KEY, KEYS_KEY, STATS_KEY]);
  });
}

/** The agency that owns a service on the hub (who receives its referrals); null when none or unknown. */
export async function readServiceOwner(db: CircleDatabase, serviceId: string): Promise<string | null> {
  const row = await db.services.get(serviceId);
  return typeof row?.owner === 'string' ? row.owner : null;
}

/** Whether this device has referral keys (sealed under the lock: the lock must then stay on). */
export async function hasDeviceKeys(db: CircleDatabase): Promise<boolean> {
  return (await db.deviceKeys.count()) > 0;
}
