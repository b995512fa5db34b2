import { useEffect } from 'preact/hooks';
import { LOCALE_TAGS } from '../i18n';
import { useApp, useT } from '../state/context';
import { CrisisLines } from './CrisisLines';
import { DatabaseNotice } from './DatabaseNotice';
import { EditingEntry } from './editing/EditingEntry';
import { MapEntry } from './map/MapEntry';
import { NavBar } from './NavBar';
import { CoordinatorEntry } from './network/CoordinatorEntry';
import { NetworkNotice } from './network/NetworkNotice';
import { QuickExit } from './QuickExit';
import { SavedScreen } from './SavedScreen';
import { ScreenBoundary } from './ScreenBoundary';
import { SearchScreen } from './SearchScreen';
import { ServicePage } from './ServicePage';
import { SettingsScreen } from './SettingsScreen';
import { ConflictsEntry } from './syncing/ConflictsEntry';
import { TransferEntry } from './transfer/TransferEntry';
import { UpdateBanner } from './UpdateBanner';
import { WipedScreen } from './WipedScreen';
import { WorkbookEntry } from './workbook/WorkbookEntry';

function CurrentScreen() {
  const { dbStatus, navigation, network } = useApp();
  const screen = navigation.screen.value;
  if (dbStatus.value === 'wiped') return <WipedScreen />;
  if (screen.name === 'settings') return <SettingsScreen />;
  if (screen.name === 'network' && network.membership.value?.role === 'coordinator')
    return <CoordinatorEntry />;
  if (screen.name === 'workbook' && dbStatus.value === 'ready') return <WorkbookEntry />;
  if (screen.name === 'map' && dbStatus.value === 'ready') return <MapEntry />;
  if (screen.name === 'conflicts' && dbStatus.value === 'ready' && network.membership.value)
    return <ConflictsEntry />;
  if ((screen.name === 'listings' || screen.name === 'edit') && dbStatus.value === 'ready')
    return <EditingEntry />;
  if (screen.name === 'transfer' && dbStatus.value === 'ready') return <TransferEntry />;
  const usable = dbStatus.value === 'ready' || dbStatus.value === 'opening';
  if (screen.name === 'crisis' || !usable) return <CrisisLines />;
  if (screen.name === 'service') return <ServicePage id={screen.id} />;
  if (screen.name === 'saved') return <SavedScreen />;
  return <SearchScreen />;
}

/** The shell: top bar, update offer, the current screen, and the quick exit on every screen. */
export function App() {
  const { locale, dbStatus, device, navigation } = useApp();
  const t = useT();
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
      <a class="skip" href="#main">
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
      <QuickExit />
    </>
  );
}
