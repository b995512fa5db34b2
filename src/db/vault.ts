// The app lock on the device: the vault record (the data key wrapped by the passphrase), the count of
// wrong passphrases, and the data it locks. Today that is the saved list: with a lock set it is kept
// only sealed (`saved.sealed`, AES-GCM under the data key), never in the clear. Sealing is WebCrypto,
// which an IndexedDB transaction cannot wait for: values are sealed first, then written in one
// transaction that checks nothing changed meanwhile (another tab), else seals again.
import { liveQuery } from 'dexie';
import { open, type Sealed, seal, type VaultRecord } from '../vault/keys';
import type { CircleDatabase } from './database';
import type { Subscribable } from './queries';
import { clearReferrals } from './referrals';
import { readSetting, type SettingValue } from './settings';

/** What the saved list is sealed with: bound as additional data, so no other sealed value reads as it. */
const SAVED_CONTEXT = 'saved';

/** Meta keys the lock owns (a forgotten passphrase removes them all). */
const LOCK_KEYS = ['vault', 'vault.failures', 'saved.sealed'] as const;

export function readVault(db: CircleDatabase): Promise<VaultRecord | null> {
  return readSetting(db, 'vault').then((v) => v ?? null);
}

/** The vault record, live: a lock set, changed or removed in another tab shows here too. */
export function observeVault(db: CircleDatabase): Subscribable<VaultRecord | null> {
  return liveQuery(() => readVault(db));
}

export type UnlockFailures = SettingValue<'vault.failures'>;

export async function readUnlockFailures(db: CircleDatabase): Promise<UnlockFailures> {
  return (await readSetting(db, 'vault.failures')) ?? { count: 0, at: 0 };
}

/** One more wrong passphrase, counted in the database so that a reload does not reset the wait. */
export function recordUnlockFailure(db: CircleDatabase, at: number): Promise<UnlockFailures> {
  return db.transaction('rw', db.meta, async () => {
    const count = (await readUnlockFailures(db)).count + 1;
    const value = { count, at };
    await db.meta.put({ key: 'vault.failures', value });
    return value;
  });
}

export async function clearUnlockFailures(db: CircleDatabase): Promise<void> {
  await db.meta.delete('vault.failures');
}

/**
 * The saved list: sealed when a lock is set (then `key` must be the unlocked data key; without it the
 * list reads as empty, as if nothing were saved: the lock screen shows none of it).
 */
export async function readSavedList(db: CircleDatabase, key: CryptoKey | null): Promise<string[]> {
  const [vault, plain, sealed] = await Promise.all([
    readSetting(db, 'vault'),
    readSetting(db, 'saved'),
    readSetting(db, 'saved.sealed'),
  ]);
  if (!vault) return plain ?? [];
  if (!key || !sealed) return [];
  const list = await open(key, sealed, SAVED_CONTEXT);
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

export type LockedWriteError = 'locked';

/** Saves the saved list, sealed under `key` when a lock is set. Refused while locked (no key). */
export async function writeSavedList(
  db: CircleDatabase,
  list: string[],
  key: CryptoKey | null,
): Promise<LockedWriteError | null> {
  const sealed = key ? await seal(key, list, SAVED_CONTEXT) : null;
  return db.transaction('rw', db.meta, async () => {
    if (!(await readSetting(db, 'vault'))) {
      await db.meta.put({ key: 'saved', value: list });
      return null;
    }
    if (!sealed) return 'locked';
    await db.meta.put({ key: 'saved.sealed', value: sealed });
    return null;
  });
}

/**
 * Sets a lock: the record stored and the saved list moved from the clear into its sealed form, in one
 * transaction (a tab that saved a service meanwhile makes it seal again).
 */
export async function setVault(db: CircleDatabase, record: VaultRecord, key: CryptoKey): Promise<void> {
  for (;;) {
    const plain = (await readSetting(db, 'saved')) ?? [];
    const sealed = await seal(key, plain, SAVED_CONTEXT);
    const done = await db.transaction('rw', db.meta, async () => {
      const now = (await readSetting(db, 'saved')) ?? [];
      if (now.join() !== plain.join()) return false;
      await db.meta.put({ key: 'saved.sealed', value: sealed });
      await db.meta.delete('saved');
      await db.meta.delete('vault.failures');
      await db.meta.put({ key: 'vault', value: record });
      return true;
    });
    if (done) return;
  }
}

/** A new passphrase: the same data key re-wrapped, nothing else touched. */
export async function replaceVaultRecord(db: CircleDatabase, record: VaultRecord): Promise<void> {
  await db.meta.put({ key: 'vault', value: record });
}

/** Turns the lock off (the person typed the passphrase): the saved list back in the clear. */
export async function removeVault(db: CircleDatabase, key: CryptoKey): Promise<void> {
  for (;;) {
    const sealed = await readSetting(db, 'saved.sealed');
    const list = sealed ? await open(key, sealed, SAVED_CONTEXT) : [];
    // Never drop the list for a key that does not open it.
    if (!Array.isArray(list)) throw new Error('The saved list does not open with this key.');
    const done = await db.transaction('rw', db.meta, async () => {
      const now = await readSetting(db, 'saved.sealed');
      if (!sameSealed(now, sealed)) return false;
      await db.meta.put({ key: 'saved', value: list });
      await db.meta.bulkDelete([...LOCK_KEYS]);
      return true;
    });
    if (done) return;
  }
}

/**
 * A forgotten passphrase: what was locked is gone for good (the saved list, referrals, and this
 * device's keys, sealed under the lost key), and the app is unlocked and empty of it.
 */
export async function forgetLockedData(db: CircleDatabase): Promise<void> {
  await db.transaction('rw', [db.meta, db.referrals, db.referralOutbox, db.deviceKeys], async () => {
    await db.meta.bulkDelete([...LOCK_KEYS, 'saved']);
    await clearReferrals(db);
  });
}

function sameSealed(a: Sealed | undefined, b: Sealed | undefined): boolean {
  return a?.iv === b?.iv && a?.data === b?.data;
}
