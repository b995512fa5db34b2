// The map's catalogs, loaded on demand with the map screens.
import type { Locale } from '../index';
import type { MapCatalog } from './en';

export type { MapCatalog, MapKey } from './en';

export async function loadMapCatalog(locale: Locale): Promise<MapCatalog> {
  return locale === 'fr' ? (await import('./fr')).mapFr : (await import('./en')).mapEn;
}
