import { useRef } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { ConfirmDialog } from '../ConfirmDialog';

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
      <ConfirmDialog
        dialog={dialog}
        title={t('network.leaveConfirmTitle', { network: name })}
        body={t('network.leaveConfirmBody')}
        cancelLabel={t('settings.cancel')}
        confirmLabel={t('network.leaveConfirm')}
        onConfirm={() => void network.leave()}
      />
    </section>
  );
}
