import { LOCALE_TAGS } from '../../i18n';
import { useApp } from '../../state/context';
import { FieldError } from './FieldError';
import { describedBy, errorId, fieldId, getAt, useFieldProblem, useForm } from './formKit';
import { LabelText } from './LabelText';
import { useTe } from './words';

/** The counter shows from this share of the limit on, so that the limit never comes as a surprise. */
const COUNTER_FROM = 0.8;

interface Props {
  path: string;
  label: string;
  suffix?: string | undefined;
  required?: boolean | undefined;
  /** The most characters the field holds; a counter shows near it. */
  max?: number | undefined;
  multiline?: boolean;
  /** The language the text is written in (the French twin of a field: fr-CA). */
  lang?: string | undefined;
  help?: string | undefined;
  type?: 'text' | 'email' | 'url' | 'tel';
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
}

/** A text field: label, help, the problem found at the last save, and a counter near its limit. */
export function TextField(props: Props) {
  const { path, label, max, multiline, help } = props;
  const form = useForm();
  const te = useTe();
  const { locale } = useApp();
  const issue = useFieldProblem(path);
  const id = fieldId(path);
  const value = (getAt(form.draft, path) as string | undefined) ?? '';
  const showCounter = max !== undefined && value.length >= max * COUNTER_FROM;
  const over = max === undefined ? 0 : value.length - max;
  const number = (n: number) => n.toLocaleString(LOCALE_TAGS[locale.value]);
  const common = {
    id,
    value,
    lang: props.lang,
    placeholder: props.placeholder,
    'aria-invalid': issue ? true : undefined,
    'aria-required': props.required ? true : undefined,
    'aria-describedby': describedBy(
      help && `${id}-help`,
      showCounter && `${id}-count`,
      issue && errorId(path),
    ),
    onInput: (event: Event) => form.set(path, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>
        <LabelText label={label} suffix={props.suffix} required={props.required} />
      </label>
      {help && (
        <span id={`${id}-help`} class="muted help">
          {help}
        </span>
      )}
      <FieldError path={path} />
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          // Preact types each input type apart; these four take the same attributes.
          type={(props.type ?? 'text') as 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
        />
      )}
      {showCounter && max !== undefined && (
        <span id={`${id}-count`} class={over > 0 ? 'counter over' : 'counter muted'}>
          {over > 0
            ? te('ed.over', { over: number(over), max: number(max) })
            : te('ed.counter', { count: number(value.length), max: number(max) })}
        </span>
      )}
    </div>
  );
}
