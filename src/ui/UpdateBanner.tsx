import { useApp, useT } from '../state/context';

/** "A new version is ready": applied only when the person says so. */
export function UpdateBanner() {
  const { device } = useApp();
  const t = useT();
  const update = device.updateReady.value;
  if (!update) return null;
  return (
    <div class="notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={() => update.apply()}>
        {t('update.apply')}
      </button>
    </div>
  );
}
