import { useId } from 'preact/hooks';
import { LONG_TEXT_MAX } from '../../model/common';
import { useApp } from '../../state/context';
import type { ElsewhereNote } from '../../state/workbookStore';
import { useTw } from './words';

/** The counter shows from this share of the limit on, so the limit never comes as a surprise. */
const COUNTER_FROM = 0.8;

interface Props {
  label: string;
  /** What belongs in the field (said before it is typed, and read with it). */
  hint?: string;
  value: string;
  /** What another window saved while this one held unsaved text. */
  elsewhere?: ElsewhereNote | undefined;
  onInput: (value: string) => void;
}

/** A long text with its limit shown before it bites; text over the limit is kept and said so. */
export function LongTextField({ label, hint, value, elsewhere, onInput }: Props) {
  const { locale } = useApp();
  const tw = useTw();
  const id = useId();
  const number = (n: number) => n.toLocaleString(locale.value === 'fr' ? 'fr-CA' : 'en-CA');
  const over = value.length - LONG_TEXT_MAX;
  const showCounter = value.length >= LONG_TEXT_MAX * COUNTER_FROM;
  const notes = [hint && `${id}-hint`, showCounter && `${id}-count`, elsewhere && `${id}-theirs`].filter(
    Boolean,
  );
  return (
    <div class="field">
      <label for={`${id}-text`}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} class="muted hint">
          {hint}
        </span>
      )}
      <textarea
        id={`${id}-text`}
        rows={2}
        value={value}
        maxLength={LONG_TEXT_MAX}
        aria-invalid={over > 0 ? true : undefined}
        aria-describedby={notes.length ? notes.join(' ') : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {showCounter && (
        <span id={`${id}-count`} class={over > 0 ? 'field-error' : 'muted counter'}>
          {over > 0
            ? tw('wb.tooLong', { over: number(over) })
            : tw('wb.counter', { count: number(value.length), max: number(LONG_TEXT_MAX) })}
        </span>
      )}
      {elsewhere && (
        <span id={`${id}-theirs`} class="notice" role="status">
          {tw(elsewhere.saved ? 'wb.replacedElsewhere' : 'wb.changedElsewhere', {
            text: String(elsewhere.theirs ?? ''),
          })}
        </span>
      )}
    </div>
  );
}
