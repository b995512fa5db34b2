// The import and export screen's catalogs, loaded on demand with the screen.
import type { Locale } from '../index';
import type { TransferCatalog } from './en';

export type { TransferCatalog, TransferKey } from './en';

export async function loadTransferCatalog(locale: Locale): Promise<TransferCatalog> {
  return locale === 'fr' ? (await import('./fr')).transferFr : (await import('./en')).transferEn;
}
