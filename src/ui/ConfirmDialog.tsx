import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  dialog: RefObject<HTMLDialogElement | null>;
  title: string;
  body: string;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose?: () => void;
}

/** A modal that asks before something that cannot be undone (wipe, leave, remove a device). */
export function ConfirmDialog({ dialog, title, body, cancelLabel, confirmLabel, onConfirm, onClose }: Props) {
  const id = useId();
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{body}</p>
      <p class="actions">
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </p>
    </dialog>
  );
}
