import { useRef } from 'preact/hooks';
import { useApp, useT } from '../../state/context';

interface Props {
  /** The network's name, for the confirmation. */
  network: string;
}

/** Leave this network, after a confirmation that says what leaving removes. */
export function LeaveSection({ network: name }: Props) {
  const { network } = useApp();
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="leave-title">
      <h3 id="leave-title">{t('network.leave')}</h3>
      <p class="muted">{t('network.leaveHelp')}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {t('network.leaveButton')}
      </button>
      <dialog ref={dialog} aria-labelledby="leave-confirm-title">
        <h2 id="leave-confirm-title">{t('network.leaveConfirmTitle', { network: name })}</h2>
        <p>{t('network.leaveConfirmBody')}</p>
        <p class="actions">
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            {t('settings.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              dialog.current?.close();
              void network.leave();
            }}
          >
            {t('network.leaveConfirm')}
          </button>
        </p>
      </dialog>
    </section>
  );
}
