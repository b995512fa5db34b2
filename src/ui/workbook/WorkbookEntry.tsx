import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function loadWorkbook(locale: Locale) {
  const [{ WorkbookScreen }, { loadWorkbookCatalog }] = await Promise.all([
    import('./WorkbookScreen'),
    import('../../i18n/workbook'),
  ]);
  const catalog = await loadWorkbookCatalog(locale);
  return () => <WorkbookScreen catalog={catalog} />;
}

/** The workbook's door: its screens and words load on demand, never on first paint. */
export function WorkbookEntry() {
  return <LazyScreen load={loadWorkbook} />;
}
