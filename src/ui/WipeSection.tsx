import { useRef } from 'preact/hooks';
import { useApp, useT } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';

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
      <ConfirmDialog
        dialog={dialog}
        title={t('settings.wipeConfirmTitle')}
        body={t('settings.wipeConfirmBody')}
        cancelLabel={t('settings.cancel')}
        confirmLabel={t('settings.wipeConfirm')}
        onConfirm={() => void app.wipe()}
      />
    </section>
  );
}
