import type { MessageKey } from '../i18n';
import { useApp, useT } from '../state/context';
import type { Screen } from '../state/navigation';
import { SyncStatusButton } from './syncing/SyncStatusButton';

// Crisis lines second: on a narrow screen the row scrolls, and they must stay in view.
const TABS: Array<{ screen: Screen; label: MessageKey }> = [
  { screen: { name: 'search' }, label: 'nav.search' },
  { screen: { name: 'crisis' }, label: 'nav.crisis' },
  { screen: { name: 'saved' }, label: 'nav.saved' },
  { screen: { name: 'workbook' }, label: 'nav.workbook' },
  { screen: { name: 'map' }, label: 'nav.map' },
  { screen: { name: 'settings' }, label: 'nav.settings' },
];
/** Shown to coordinators only, before Settings. */
const COORDINATOR_TAB = { screen: { name: 'network' }, label: 'nav.network' } as const;

/**
 * The app's top bar: its name, the places to go (Network for coordinators), the sync status for a
 * member, the language switch.
 */
export function NavBar() {
  const { navigation, locale, setLocale, network } = useApp();
  const t = useT();
  const current = navigation.screen.value.name;
  const tabs =
    network.membership.value?.role === 'coordinator'
      ? [...TABS.slice(0, -1), COORDINATOR_TAB, ...TABS.slice(-1)]
      : TABS;
  return (
    <header class={network.membership.value ? 'bar with-sync' : 'bar'}>
      <span class="brand">{t('app.name')}</span>
      <nav aria-label={t('nav.label')}>
        <ul class="tabs">
          {tabs.map(({ screen, label }) => (
            <li key={screen.name}>
              <button
                type="button"
                class="tab"
                aria-current={current === screen.name ? 'page' : undefined}
                onClick={() => navigation.switchTo(screen)}
              >
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SyncStatusButton />
      <button
        type="button"
        class="lang"
        lang={locale.value === 'en' ? 'fr-CA' : 'en-CA'}
        aria-label={t('app.language.switchLabel')}
        onClick={() => void setLocale(locale.value === 'en' ? 'fr' : 'en')}
      >
        {t('app.language.switch')}
      </button>
    </header>
  );
}
