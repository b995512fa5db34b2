import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { LockKey } from '../../i18n/lock';
import { passphraseStrength } from '../../state/lockChoices';
import type { LockRefusal } from '../../state/lockStore';

interface Props {
  tl: Translate<LockKey>;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  inputRef?: RefObject<HTMLInputElement | null>;
  describedBy?: string;
  /** What is said of the field (help, the meter), between it and its "show" switch. */
  children?: ComponentChildren;
}

/** A passphrase field with its own "show" switch (phones make typing long phrases blind hard). */
export function PassphraseInput({
  tl,
  label,
  value,
  onInput,
  autoComplete,
  inputRef,
  describedBy,
  children,
}: Props) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <label class="field">
        <span>{label}</span>
        <input
          ref={inputRef}
          // One element for both (switching keeps focus and caret); Preact's types want one literal.
          type={(shown ? 'text' : 'password') as 'text'}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="off"
          spellcheck={false}
          aria-describedby={describedBy}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {children}
      <label class="check">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => setShown((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{tl('lk.show')}</span>
      </label>
    </>
  );
}

/** A new passphrase typed twice, with the meter; `ready` once both agree and the meter accepts it. */
export function NewPassphrase({
  tl,
  value,
  again,
  onValue,
  onAgain,
}: {
  tl: Translate<LockKey>;
  value: string;
  again: string;
  onValue: (v: string) => void;
  onAgain: (v: string) => void;
}) {
  const id = useId();
  const { strength } = passphraseStrength(value);
  return (
    <>
      <PassphraseInput
        tl={tl}
        label={tl('lk.new')}
        value={value}
        onInput={onValue}
        autoComplete="new-password"
        describedBy={`${id}-help ${id}-meter`}
      >
        <p id={`${id}-help`} class="muted">
          {tl('lk.newHelp')}
        </p>
        <p id={`${id}-meter`} class={`meter meter-${strength}`} aria-live="polite">
          {value ? tl('lk.strengthLabel', { strength: tl(`lk.strength.${strength}`) }) : ''}
        </p>
      </PassphraseInput>
      <PassphraseInput
        tl={tl}
        label={tl('lk.again')}
        value={again}
        onInput={onAgain}
        autoComplete="new-password"
      />
    </>
  );
}

/** Why a new passphrase cannot be used yet, or null. */
export function newPassphraseProblem(value: string, again: string): LockKey | null {
  if (!passphraseStrength(value).acceptable) return 'lk.tooWeak';
  if (value !== again) return 'lk.mismatch';
  return null;
}

export function refusalKey(refusal: LockRefusal): LockKey {
  switch (refusal.code) {
    case 'wrong-passphrase':
      return 'lk.wrong';
    case 'too-weak':
      return 'lk.tooWeak';
    case 'unreadable-record':
      return 'lk.unreadable';
    case 'storage-failed':
      return 'lk.storageFailed';
    case 'needed-for-referrals':
      return 'lk.neededForReferrals';
    case 'wait':
      return 'lk.wait';
  }
}

/** Whole seconds left before the next try may be made (0: now), counting down on screen. */
export function useWaitSeconds(untilMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (untilMs <= Date.now()) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= untilMs) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [untilMs]);
  return Math.max(0, Math.ceil((untilMs - now) / 1000));
}
