import { useEffect } from 'preact/hooks';
import { LOCALE_TAGS } from '../i18n';
import { useApp, useT } from '../state/context';

function bytes(locale: string, n: number): string {
  const units: Array<[string, number]> = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ];
  const [unit, size] = units.find(([, s]) => n >= s) ?? ['byte', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n / size);
}

/** Whether the browser keeps the data, how much is used, and what browsers may do. */
export function StorageSection() {
  const { device, locale } = useApp();
  const t = useT();
  useEffect(() => void device.refreshStorage(), [device]);
  const status = device.storageStatus.value;
  const tag = LOCALE_TAGS[locale.value];
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p>
        {status.persisted === true
          ? t('settings.persisted')
          : status.persisted === false
            ? t('settings.notPersisted')
            : t('settings.persistUnknown')}
      </p>
      {status.persisted === false && (
        <button type="button" class="secondary" onClick={() => void device.requestPersistence()}>
          {t('settings.persistAsk')}
        </button>
      )}
      {status.usageBytes !== null && status.quotaBytes !== null && (
        <p>
          {t('settings.usage', { used: bytes(tag, status.usageBytes), quota: bytes(tag, status.quotaBytes) })}
        </p>
      )}
      <p class="muted">{t('settings.storageHelp')}</p>
    </section>
  );
}
