import { useState } from 'preact/hooks';
import { useT } from '../state/context';

interface Props {
  text: string;
}

/** Web Share where the device has it, the clipboard otherwise; the text only, never a link. */
export function ShareButton({ text }: Props) {
  const t = useT();
  const [message, setMessage] = useState('');
  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ text });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('service.copied'));
    } catch {
      setMessage(t('service.copyFailed'));
    }
  }
  return (
    <>
      <button type="button" class="secondary" onClick={() => void share()}>
        {t('service.share')}
      </button>
      <p role="status" class="muted">
        {message}
      </p>
    </>
  );
}
