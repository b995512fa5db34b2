import { useEffect } from 'preact/hooks';
import { LOCALE_TAGS } from '../i18n';
import { useApp, useT } from '../state/context';
import { CrisisLines } from './CrisisLines';
import { DatabaseNotice } from './DatabaseNotice';
import { NavBar } from './NavBar';
import { SampleBanner } from './SampleBanner';
import { SavedScreen } from './SavedScreen';
import { SearchScreen } from './SearchScreen';
import { ServicePage } from './ServicePage';

/** The shell: top bar, then the current screen. Crisis lines never depend on the database. */
export function App() {
  const { locale, dbStatus, navigation } = useApp();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale.value];
  }, [locale.value]);

  const screen = navigation.screen.value;
  const ready = dbStatus.value === 'ready';
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <NavBar />
      <main id="main" tabIndex={-1}>
        <DatabaseNotice status={dbStatus.value} />
        {screen.name === 'crisis' || !ready ? (
          <CrisisLines />
        ) : screen.name === 'service' ? (
          <ServicePage id={screen.id} />
        ) : screen.name === 'saved' ? (
          <SavedScreen />
        ) : (
          <>
            <SampleBanner />
            <SearchScreen />
          </>
        )}
      </main>
    </>
  );
}
