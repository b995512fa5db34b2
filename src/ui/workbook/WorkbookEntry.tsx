import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WorkbookCatalog } from '../../i18n/workbook';
import { useApp, useT } from '../../state/context';

interface Loaded {
  Screen: ComponentType<{ catalog: WorkbookCatalog }>;
  catalog: WorkbookCatalog;
}

/** The workbook's door: its screens and words load on demand, never on first paint. */
export function WorkbookEntry() {
  const { locale } = useApp();
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all([
      import('./WorkbookScreen'),
      import('../../i18n/workbook').then((m) => m.loadWorkbookCatalog(locale.value)),
    ])
      .then(([module, catalog]) => live && setLoaded({ Screen: module.WorkbookScreen, catalog }))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [locale.value]);
  if (failed) return <p role="alert">{t('db.failed')}</p>;
  if (!loaded) return <p role="status">{t('directory.loading')}</p>;
  return <loaded.Screen catalog={loaded.catalog} />;
}
