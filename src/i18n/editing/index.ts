// The catalogs of keeping listings current, loaded on demand (the editing screens, the service page's
// editing panel, the note beside a text shown in the other language): never on first paint.
import type { Locale } from '../index';
import type { EditingCatalog } from './en';

export type { EditingCatalog, EditingKey } from './en';

export async function loadEditingCatalog(locale: Locale): Promise<EditingCatalog> {
  return locale === 'fr' ? (await import('./fr')).editingFr : (await import('./en')).editingEn;
}
