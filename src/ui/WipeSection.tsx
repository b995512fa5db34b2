import { useRef } from 'preact/hooks';
import { useApp, useT } from '../state/context';

/** Wipe this device, after a clear confirmation in a modal dialog. */
export function WipeSection() {
  const app = useApp();
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('settings.wipe')}</h2>
      <p class="muted">{t('settings.wipeHelp')}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {t('settings.wipeButton')}
      </button>
      <dialog ref={dialog} aria-labelledby="wipe-confirm-title">
        <h2 id="wipe-confirm-title">{t('settings.wipeConfirmTitle')}</h2>
        <p>{t('settings.wipeConfirmBody')}</p>
        <p class="actions">
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            {t('settings.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              dialog.current?.close();
              void app.wipe();
            }}
          >
            {t('settings.wipeConfirm')}
          </button>
        </p>
      </dialog>
    </section>
  );
}
