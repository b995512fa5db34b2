// Device-only settings and lists (never synced): the remembered community, the saved list, where the
// workbook was left, and the network this device belongs to (its membership and its device token).
// They live in the meta table beside the sample marker and are validated when read: a value that does
// not read as its setting counts as unset. Search text is never stored anywhere.
import * as z from 'zod/mini';
import { communityId, isoDateTime, name, uuid } from '../model/common';
import { SECTION_IDS, type SectionId } from '../model/workbook';
import type { CircleDatabase } from './database';

/** The roles of protocol/'s ROLES (db/ may not import protocol/; state/ checks that the two agree). */
export const MEMBER_ROLES = ['coordinator', 'editor', 'outreach', 'peer'] as const;

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
    role: z.enum(MEMBER_ROLES),
    agency: z.nullable(z.object({ id: uuid, name })),
  }),
  /** Device time, for display only (S12). */
  joinedAt: isoDateTime,
});
export type NetworkSetting = z.infer<typeof networkSettingSchema>;
export type StoredMembership = NetworkSetting['membership'];

const SETTING_SCHEMAS = {
  place: z.nullable(z.object({ kind: z.literal('community'), id: communityId })),
  saved: z.array(uuid).check(z.maxLength(10_000)),
  'workbook.position': z.object({
    assessmentId: uuid,
    section: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
  }),
  network: networkSettingSchema,
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
