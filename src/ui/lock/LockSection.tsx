import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { LockKey } from '../../i18n/lock';
import { useApp } from '../../state/context';
import { IDLE_CHOICES_MS, type IdleChoice } from '../../state/lockChoices';
import type { LockOutcome } from '../../state/lockStore';
import {
  NewPassphrase,
  newPassphraseProblem,
  PassphraseInput,
  refusalKey,
  useWaitSeconds,
} from './PassphraseInput';

interface Props {
  tl: Translate<LockKey>;
}

type Said = { kind: 'alert' | 'status'; text: string } | null;

function Said({ said }: { said: Said }) {
  if (!said) return <p role="status" class="muted" />;
  return said.kind === 'alert' ? (
    <p role="alert" class="alert">
      {said.text}
    </p>
  ) : (
    <p role="status" class="notice">
      {said.text}
    </p>
  );
}

/** No lock yet: a passphrase typed twice, the meter, and the plain warning before it is set. */
function SetLock({ tl, onDone }: Props & { onDone: () => void }) {
  const { lock } = useApp();
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  async function submit(event: Event) {
    event.preventDefault();
    const problem = newPassphraseProblem(value, again) ?? (understood ? null : 'lk.mustUnderstand');
    if (problem) return setSaid({ kind: 'alert', text: tl(problem) });
    setBusy(true);
    setSaid({ kind: 'status', text: tl('lk.setting') });
    const outcome = await lock.setLock(value);
    setBusy(false);
    if (outcome.ok) onDone();
    else setSaid({ kind: 'alert', text: tl(refusalKey(outcome.refusal)) });
  }
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p class="muted">{tl('lk.offIntro')}</p>
      <NewPassphrase tl={tl} value={value} again={again} onValue={setValue} onAgain={setAgain} />
      <p class="warn">{tl('lk.forgetWarning')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{tl('lk.understand')}</span>
      </label>
      <p class="actions">
        <button type="submit" disabled={busy}>
          {tl('lk.set')}
        </button>
      </p>
      <Said said={said} />
    </form>
  );
}

/** The current passphrase, checked like an unlock (wrong ones count, and wait). */
function useChecked(tl: Translate<LockKey>) {
  const { lock } = useApp();
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const waitSeconds = useWaitSeconds(lock.waitUntil.value);
  async function run(action: () => Promise<LockOutcome>, done: LockKey) {
    if (waitSeconds > 0) return setSaid({ kind: 'alert', text: tl('lk.wait', { seconds: waitSeconds }) });
    setBusy(true);
    setSaid({ kind: 'status', text: tl('lk.checking') });
    const outcome = await action();
    setBusy(false);
    if (outcome.ok) return setSaid({ kind: 'status', text: tl(done) });
    const refusal = outcome.refusal;
    setSaid({
      kind: 'alert',
      text:
        refusal.code === 'wait'
          ? tl('lk.wait', { seconds: Math.ceil((refusal.untilMs - Date.now()) / 1000) })
          : tl(refusalKey(refusal)),
    });
  }
  const refuse = (key: LockKey) => setSaid({ kind: 'alert', text: tl(key) });
  return { said, busy, run, refuse };
}

function ChangePassphrase({ tl }: Props) {
  const { lock } = useApp();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  const { said, busy, run, refuse } = useChecked(tl);
  return (
    <details>
      <summary>{tl('lk.change')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const problem = newPassphraseProblem(value, again);
          if (problem) return refuse(problem);
          void run(async () => {
            const outcome = await lock.changePassphrase(current, value);
            if (outcome.ok) {
              setCurrent('');
              setValue('');
              setAgain('');
            }
            return outcome;
          }, 'lk.changed');
        }}
      >
        <PassphraseInput
          tl={tl}
          label={tl('lk.current')}
          value={current}
          onInput={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphrase tl={tl} value={value} again={again} onValue={setValue} onAgain={setAgain} />
        <p class="actions">
          <button type="submit" disabled={busy}>
            {tl('lk.changeButton')}
          </button>
        </p>
        <Said said={said} />
      </form>
    </details>
  );
}

function RemoveLock({ tl }: Props) {
  const { lock } = useApp();
  const [current, setCurrent] = useState('');
  const { said, busy, run } = useChecked(tl);
  return (
    <details>
      <summary>{tl('lk.remove')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => lock.removeLock(current), 'lk.removed');
        }}
      >
        <p class="muted">{tl('lk.removeHelp')}</p>
        <PassphraseInput
          tl={tl}
          label={tl('lk.current')}
          value={current}
          onInput={setCurrent}
          autoComplete="current-password"
        />
        <p class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            {tl('lk.removeButton')}
          </button>
        </p>
        <Said said={said} />
      </form>
    </details>
  );
}

function minutes(tl: Translate<LockKey>, ms: number): string {
  const count = ms / 60_000;
  return count === 1 ? tl('lk.minute') : tl('lk.minutes', { count });
}

/** The app lock in Settings: set one, or lock now, choose the idle time, change or remove it. */
export function LockSection({ tl }: Props) {
  const { lock } = useApp();
  const status = lock.status.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const [justSet, setJustSet] = useState(false);
  return (
    <section aria-labelledby="lock-section-title" class="lock-settings">
      <h2 id="lock-section-title" tabIndex={-1} ref={heading}>
        {tl('lk.section')}
      </h2>
      {status === 'off' ? (
        <SetLock
          tl={tl}
          onDone={() => {
            setJustSet(true);
            // The form is gone: focus stays in the section, on its heading.
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : (
        <>
          {justSet && (
            <p role="status" class="notice">
              {tl('lk.set.done')}
            </p>
          )}
          <p class="muted">{tl('lk.onIntro')}</p>
          <p class="actions">
            <button type="button" onClick={() => lock.lockNow()}>
              {tl('lk.lockNow')}
            </button>
          </p>
          <label class="field">
            <span>{tl('lk.idle')}</span>
            <select
              value={String(lock.idleMs.value)}
              onChange={(e) =>
                void lock.setIdleMs(Number((e.currentTarget as HTMLSelectElement).value) as IdleChoice)
              }
            >
              {IDLE_CHOICES_MS.map((ms) => (
                <option key={ms} value={String(ms)}>
                  {minutes(tl, ms)}
                </option>
              ))}
            </select>
          </label>
          <ChangePassphrase tl={tl} />
          <RemoveLock tl={tl} />
        </>
      )}
    </section>
  );
}
