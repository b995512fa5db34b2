// Device-only settings and lists (never synced): the remembered community, the saved list. They live
// in the meta table beside the sample marker. Search text is never stored anywhere.
import type { CircleDatabase } from './database';

export const SETTING_KEYS = ['place', 'saved', 'workbook.position'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export async function readSetting<T>(db: CircleDatabase, key: SettingKey): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeSetting(db: CircleDatabase, key: SettingKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
