// Device-only settings and lists (never synced): the remembered community, the saved list, where the
// workbook was left. They live in the meta table beside the sample marker and are validated when read:
// a value that does not read as its setting counts as unset. Search text is never stored anywhere.
import * as z from 'zod/mini';
import { communityId, uuid } from '../model/common';
import { SECTION_IDS, type SectionId } from '../model/workbook';
import type { CircleDatabase } from './database';

const SETTING_SCHEMAS = {
  place: z.nullable(z.object({ kind: z.literal('community'), id: communityId })),
  saved: z.array(uuid).check(z.maxLength(10_000)),
  'workbook.position': z.object({
    assessmentId: uuid,
    section: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
  }),
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
