// The app lock's catalogs, loaded with the lock screen or its Settings section (never on first paint).
import type { Locale } from '../index';
import type { LockCatalog } from './en';

export type { LockCatalog, LockKey } from './en';

export async function loadLockCatalog(locale: Locale): Promise<LockCatalog> {
  return locale === 'fr' ? (await import('./fr')).lockFr : (await import('./en')).lockEn;
}
