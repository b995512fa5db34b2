import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function loadMap(locale: Locale) {
  const [{ MapScreen }, { loadMapCatalog }] = await Promise.all([
    import('./MapScreen'),
    import('../../i18n/map'),
  ]);
  const catalog = await loadMapCatalog(locale);
  return () => <MapScreen catalog={catalog} />;
}

/** The community service map's door: it loads on demand, never on first paint. */
export function MapEntry() {
  return <LazyScreen load={loadMap} />;
}
