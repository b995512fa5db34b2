import { useEffect } from 'preact/hooks';
import { LOCALE_TAGS } from '../i18n';
import { useApp, useT } from '../state/context';
import { CrisisLines } from './CrisisLines';
import { DatabaseNotice } from './DatabaseNotice';
import { SampleBanner } from './SampleBanner';
import { ServiceList } from './ServiceList';

export function App() {
  const { locale, setLocale, dbStatus } = useApp();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale.value];
  }, [locale.value]);

  return (
    <>
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="bar">
        <span class="brand">{t('app.name')}</span>
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
      <main id="main" tabIndex={-1}>
        <DatabaseNotice status={dbStatus.value} />
        {dbStatus.value === 'ready' && (
          <>
            <SampleBanner />
            <ServiceList />
          </>
        )}
        <CrisisLines />
      </main>
    </>
  );
}
