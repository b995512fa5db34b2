import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function loadTransfer(locale: Locale) {
  const [{ TransferScreen }, { loadTransferCatalog }, { translator }] = await Promise.all([
    import('./TransferScreen'),
    import('../../i18n/transfer'),
    import('../../i18n'),
  ]);
  const tt = translator(await loadTransferCatalog(locale));
  return () => <TransferScreen tt={tt} />;
}

/** Import and export: their code and words load on demand, never on first paint. */
export function TransferEntry() {
  return <LazyScreen load={loadTransfer} />;
}
