// The workbook's catalogs, loaded on demand with the workbook screens.
import type { Locale } from '../index';
import type { WorkbookCatalog } from './en';

export type { WorkbookCatalog, WorkbookKey } from './en';

export async function loadWorkbookCatalog(locale: Locale): Promise<WorkbookCatalog> {
  return locale === 'fr' ? (await import('./fr')).workbookFr : (await import('./en')).workbookEn;
}
