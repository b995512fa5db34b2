import { useApp, useT } from '../state/context';

function isStandalone(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

function isIos(): boolean {
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

/** The browser's install offer where it makes one; Add to Home Screen steps on iOS. */
export function InstallSection() {
  const { device } = useApp();
  const t = useT();
  const offer = device.installPrompt.value;
  return (
    <section aria-labelledby="install-title">
      <h2 id="install-title">{t('settings.install')}</h2>
      {isStandalone() ? (
        <p>{t('settings.installed')}</p>
      ) : offer ? (
        <button type="button" onClick={() => void device.install()}>
          {t('settings.installButton')}
        </button>
      ) : (
        <p>{isIos() ? t('settings.installIos') : t('settings.installOther')}</p>
      )}
    </section>
  );
}
