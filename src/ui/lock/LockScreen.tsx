import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { LockKey } from '../../i18n/lock';
import { useApp } from '../../state/context';
import type { LockRefusal } from '../../state/lockStore';
import { ConfirmDialog } from '../ConfirmDialog';
import { PassphraseInput, refusalKey, useWaitSeconds } from './PassphraseInput';

interface Props {
  tl: Translate<LockKey>;
}

/**
 * What a locked app shows: the passphrase, and nothing that was locked. The top bar keeps the crisis
 * lines, the language and the quick exit. A forgotten passphrase erases what was locked.
 */
export function LockScreen({ tl }: Props) {
  const { lock } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<LockRefusal | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const waitSeconds = useWaitSeconds(lock.waitUntil.value);
  // Typing can start at once.
  useEffect(() => input.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || waitSeconds > 0 || !passphrase) return;
    setBusy(true);
    const outcome = await lock.unlock(passphrase);
    setBusy(false);
    if (outcome.ok) return;
    setRefusal(outcome.refusal);
    setPassphrase('');
    input.current?.focus();
  }

  const problem = refusal && refusal.code !== 'wait' ? tl(refusalKey(refusal)) : null;
  return (
    <section class="lock" aria-labelledby="lock-title">
      <h1 id="lock-title">{tl('lk.title')}</h1>
      <p>{tl('lk.intro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <PassphraseInput
          tl={tl}
          label={tl('lk.passphrase')}
          value={passphrase}
          onInput={setPassphrase}
          autoComplete="current-password"
          inputRef={input}
        />
        <p class="actions">
          <button type="submit" disabled={busy || waitSeconds > 0}>
            {tl('lk.unlock')}
          </button>
        </p>
        <p role="status" class="muted">
          {busy ? tl('lk.checking') : waitSeconds > 0 ? tl('lk.wait', { seconds: waitSeconds }) : ''}
        </p>
        {problem && (
          <p role="alert" class="alert">
            {problem}
          </p>
        )}
      </form>
      <p>
        <button type="button" class="secondary" onClick={() => dialog.current?.showModal()}>
          {tl('lk.forgot')}
        </button>
      </p>
      <ConfirmDialog
        dialog={dialog}
        title={tl('lk.forgotTitle')}
        body={tl('lk.forgotBody')}
        cancelLabel={tl('lk.cancel')}
        confirmLabel={tl('lk.forgotConfirm')}
        onConfirm={() => void lock.forgetPassphrase()}
      />
    </section>
  );
}
