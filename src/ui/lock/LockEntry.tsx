import type { Locale } from '../../i18n';
import { LazyScreen } from '../LazyScreen';

async function words(locale: Locale) {
  const [{ loadLockCatalog }, { translator }] = await Promise.all([
    import('../../i18n/lock'),
    import('../../i18n'),
  ]);
  return translator(await loadLockCatalog(locale));
}

async function loadLockScreen(locale: Locale) {
  const [{ LockScreen }, tl] = await Promise.all([import('./LockScreen'), words(locale)]);
  return () => <LockScreen tl={tl} />;
}

async function loadLockSection(locale: Locale) {
  const [{ LockSection }, tl] = await Promise.all([import('./LockSection'), words(locale)]);
  return () => <LockSection tl={tl} />;
}

/** The lock screen: its code and words load when a lock is set, never on a first visit. */
export function LockEntry() {
  return <LazyScreen load={loadLockScreen} />;
}

/** The app lock's part of Settings, loaded with it. */
export function LockSettings() {
  return <LazyScreen load={loadLockSection} />;
}
