// Device-only settings and lists (never synced): the remembered community, the saved list, where the
// workbook was left, and the network this device belongs to (its membership and its device token).
// They live in the meta table beside the sample marker and are validated when read: a value that does
// not read as its setting counts as unset. Search text is never stored anywhere.
import * as z from 'zod/mini';
import { communityId, isoDateTime, name, uuid } from '../model/common';
import { ROLES } from '../model/roles';
import { SECTION_IDS, type SectionId } from '../model/workbook';
import { vaultRecordSchema } from '../vault/keys';
import { IDLE_CHOICES_MS } from '../vault/lockPolicy';
import type { CircleDatabase } from './database';

export { ROLES as MEMBER_ROLES } from '../model/roles';

/**
 * The network this device joined: what the hub said it is (protocol/'s Membership) and the device
 * token the hub gave it once. The token is the device's only credential: it never goes in a URL or a
 * log, and leaving or being revoked deletes it with the network's data.
 */
export const networkSettingSchema = z.object({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43,64}$/)),
  membership: z.object({
    network: z.object({ id: uuid, name, demo: z.boolean() }),
    device: z.object({ id: uuid }),
    role: z.enum(ROLES),
    agency: z.nullable(z.object({ id: uuid, name })),
  }),
  /** Device time, for display only (S12). */
  joinedAt: isoDateTime,
});
export type NetworkSetting = z.infer<typeof networkSettingSchema>;
export type StoredMembership = NetworkSetting['membership'];

/** Why the last sync did not finish, in words the app has for each (S11). */
export const SYNC_PROBLEMS = [
  'offline',
  'unreachable',
  'update-needed',
  'unauthorized',
  'rate-limited',
  'storage-full',
  'storage-failed',
  'hub-error',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

/** How syncing went, kept for every tab and the next start (device time: display only, S12). */
export const syncStatusSchema = z.object({
  lastSuccessAt: z.nullable(isoDateTime),
  lastAttemptAt: z.nullable(isoDateTime),
  problem: z.nullable(z.object({ code: z.enum(SYNC_PROBLEMS), at: isoDateTime })),
  /** A long pull was left for an unmetered link (the preference below). */
  waitingForWifi: z.boolean(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncPreferencesSchema = z.object({
  /** Leave long pulls for Wi-Fi when the browser says the link is mobile data or "save data". */
  bigPullsOnWifiOnly: z.boolean(),
});
export type SyncPreferences = z.infer<typeof syncPreferencesSchema>;

const savedList = z.array(uuid).check(z.maxLength(10_000));
const sealedSchema = z.strictObject({ iv: z.string(), data: z.string() });

const SETTING_SCHEMAS = {
  place: z.nullable(z.object({ kind: z.literal('community'), id: communityId })),
  /** The saved list while no app lock is set; with one, only `saved.sealed` (see vault.ts). */
  saved: savedList,
  'saved.sealed': sealedSchema,
  /** The app lock: the data key wrapped by the passphrase (vault/), never the key or passphrase. */
  vault: vaultRecordSchema,
  /** Wrong passphrases in a row and when the last one was typed (device time: it only spaces tries). */
  'vault.failures': z.object({ count: z.int().check(z.gte(0)), at: z.number() }),
  /** How long without a touch before the app locks itself. */
  'lock.idleMs': z.union(IDLE_CHOICES_MS.map((ms) => z.literal(ms))),
  'workbook.position': z.object({
    assessmentId: uuid,
    section: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
  }),
  network: networkSettingSchema,
  'sync.cursor': z.int().check(z.gte(0)),
  'sync.status': syncStatusSchema,
  'sync.preferences': syncPreferencesSchema,
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_SCHEMAS)[K]>;

export async function readSetting<K extends SettingKey>(
  db: CircleDatabase,
  key: K,
): Promise<SettingValue<K> | undefined> {
  const parsed = SETTING_SCHEMAS[key].safeParse((await db.meta.get(key))?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function writeSetting<K extends SettingKey>(
  db: CircleDatabase,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.meta.put({ key, value });
}
