import { useEffect, useLayoutEffect } from 'preact/hooks';
import { LOCALE_TAGS } from '../i18n';
import { useApp, useT } from '../state/context';
import { CrisisLines } from './CrisisLines';
import { DatabaseNotice } from './DatabaseNotice';
import { deferred } from './deferred';
import { EditingEntry } from './editing/EditingEntry';
import { focusScreenHeading } from './focusHeading';
import { LockEntry } from './lock/LockEntry';
import { useLockActivity } from './lock/useLockActivity';
import { MapEntry } from './map/MapEntry';
import { NavBar } from './NavBar';
import { CoordinatorEntry } from './network/CoordinatorEntry';
import { NetworkNotice } from './network/NetworkNotice';
import { ReferEntry, ReferralsEntry } from './referrals/ReferralsEntry';
import { SavedScreen } from './SavedScreen';
import { ScreenBoundary } from './ScreenBoundary';
import { SearchScreen } from './SearchScreen';
import { ConflictsEntry } from './syncing/ConflictsEntry';
import { TransferEntry } from './transfer/TransferEntry';
import { UpdateBanner } from './UpdateBanner';
import { WipedScreen } from './WipedScreen';
import { WorkbookEntry } from './workbook/WorkbookEntry';

// Screens every visitor may open, but not the first one: fetched once the search box works.
const ServicePage = deferred(async () => (await import('./ServicePage')).ServicePage);
const SettingsScreen = deferred(async () => (await import('./SettingsScreen')).SettingsScreen);

/** Fetches the code of the screens left out of the first visit (after the search box works). */
export function preloadScreens(): Promise<unknown> {
  return Promise.all([ServicePage.preload(), SettingsScreen.preload()]);
}

function CurrentScreen() {
  const { dbStatus, navigation, network, lock } = useApp();
  const t = useT();
  const screen = navigation.screen.value;
  if (dbStatus.value === 'wiped') return <WipedScreen />;
  // Locked: the passphrase, or the crisis lines from the top bar; nothing else shows.
  const locked = lock.status.value;
  if (locked === 'locked' && screen.name !== 'crisis') return <LockEntry />;
  if (locked === 'locked')
    return (
      <>
        <CrisisLines />
        <p class="actions">
          <button type="button" class="secondary" onClick={() => navigation.switchTo({ name: 'search' })}>
            {t('lock.unlock')}
          </button>
        </p>
      </>
    );
  if (locked === 'checking') return <p role="status">{t('directory.loading')}</p>;
  if (screen.name === 'settings') return <SettingsScreen.Component />;
  if (screen.name === 'network' && network.membership.value?.role === 'coordinator')
    return <CoordinatorEntry />;
  if (screen.name === 'workbook' && dbStatus.value === 'ready') return <WorkbookEntry />;
  if (screen.name === 'map' && dbStatus.value === 'ready') return <MapEntry />;
  if (screen.name === 'conflicts' && dbStatus.value === 'ready' && network.membership.value)
    return <ConflictsEntry />;
  if ((screen.name === 'listings' || screen.name === 'edit') && dbStatus.value === 'ready')
    return <EditingEntry />;
  if (screen.name === 'transfer' && dbStatus.value === 'ready') return <TransferEntry />;
  if (screen.name === 'referrals' && dbStatus.value === 'ready') return <ReferralsEntry />;
  if (screen.name === 'refer' && dbStatus.value === 'ready')
    return <ReferEntry serviceId={screen.serviceId} />;
  const usable = dbStatus.value === 'ready' || dbStatus.value === 'opening';
  if (screen.name === 'crisis' || !usable) return <CrisisLines />;
  if (screen.name === 'service') return <ServicePage.Component id={screen.id} />;
  if (screen.name === 'saved') return <SavedScreen />;
  return <SearchScreen />;
}

function skipToMain(event: Event): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * After a move between screens: Back restores where the person was (scroll, and focus on the card they
 * opened); any other move starts the new screen at its top, with focus on its heading unless the
 * screen placed it already (a tab switch keeps focus on the tab).
 */
function useScreenFocus(navigation: ReturnType<typeof useApp>['navigation']) {
  const screen = navigation.screen.value;
  useLayoutEffect(() => {
    const restore = navigation.restore.peek();
    if (restore) {
      navigation.restore.value = null;
      // The screen may still be reading what it shows (the results list): wait for the card, briefly.
      let frames = 0;
      const apply = () => {
        const target = restore.focus
          ? document.querySelector<HTMLElement>(`[data-return="${CSS.escape(restore.focus)}"]`)
          : document.querySelector<HTMLElement>('main h1');
        if (!target && frames++ < 60) {
          requestAnimationFrame(apply);
          return;
        }
        window.scrollTo(0, restore.scrollY);
        target?.focus({ preventScroll: true });
      };
      apply();
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      window.scrollTo(0, 0);
      focusScreenHeading();
    }
  }, [screen, navigation]);
}

/** The shell: the bars (with the quick exit), update offer, and the current screen. */
export function App() {
  const app = useApp();
  const { locale, dbStatus, device, navigation } = app;
  const t = useT();
  useScreenFocus(navigation);
  useLockActivity(app.lock);
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale.value];
  }, [locale.value]);
  const theme = device.theme.value;
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      {/* Moves focus without touching the address: `#main` in the URL would be a history entry that
          quick exit cannot take back (Back from the exit site would reload the app). */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link; without script its href still works */}
      <a class="skip" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <NavBar />
      <main id="main" tabIndex={-1}>
        <UpdateBanner />
        <NetworkNotice />
        <DatabaseNotice status={dbStatus.value} />
        <ScreenBoundary key={navigation.screen.value.name}>
          <CurrentScreen />
        </ScreenBoundary>
      </main>
    </>
  );
}
