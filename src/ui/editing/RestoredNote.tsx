import { useRef } from 'preact/hooks';
import { ConfirmDialog } from '../ConfirmDialog';
import { useTe } from './words';

interface Props {
  /** Drops the restored draft: the form shows what is saved (a new record: an empty form). */
  onDiscard: () => void;
}

/** Says that the form holds what was typed before (a reload, a crash) and not saved, and offers to drop it. */
export function RestoredNote({ onDiscard }: Props) {
  const te = useTe();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="notice restored-note">
      <p>{te('ed.restored')}</p>
      <p class="actions">
        <button type="button" class="secondary" onClick={() => dialog.current?.showModal()}>
          {te('ed.restored.discard')}
        </button>
      </p>
      <ConfirmDialog
        dialog={dialog}
        title={te('ed.restored.confirmTitle')}
        body={te('ed.restored.confirmBody')}
        cancelLabel={te('ed.restored.keep')}
        confirmLabel={te('ed.restored.confirm')}
        onConfirm={onDiscard}
      />
    </div>
  );
}
