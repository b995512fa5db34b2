import { useEffect, useState } from 'preact/hooks';
import { FieldError } from './FieldError';
import { describedBy, errorId, fieldId, getAt, useFieldProblem, useForm } from './formKit';
import { LabelText } from './LabelText';

interface Props {
  path: string;
  label: string;
  help?: string | undefined;
  /** Decimals allowed (a latitude); whole numbers otherwise. */
  decimal?: boolean;
  /** What an empty field means: undefined (absent) or null (not known). */
  empty?: null | undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A number typed as text: what the person typed stays as typed, the draft gets the number, or the text
 * itself when it is not one, so that the save names the problem rather than dropping the text.
 */
export function NumberField({ path, label, help, decimal, empty }: Props) {
  const form = useForm();
  const issue = useFieldProblem(path);
  const id = fieldId(path);
  const stored = getAt(form.draft, path);
  const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const [text, setText] = useState(shown(stored));
  const read = (typed: string) => {
    const trimmed = typed.trim();
    return trimmed === '' ? empty : NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
  };
  // The draft changed from elsewhere (a location's new community resets its position): show it.
  useEffect(() => {
    if (read(text) !== stored) setText(shown(stored));
  }, [stored]);
  return (
    <div class="field number-field">
      <label for={id}>
        <LabelText label={label} />
      </label>
      {help && (
        <span id={`${id}-help`} class="muted help">
          {help}
        </span>
      )}
      <FieldError path={path} />
      <input
        id={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={text}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(help && `${id}-help`, issue && errorId(path))}
        onInput={(event) => {
          const typed = (event.currentTarget as HTMLInputElement).value;
          setText(typed);
          form.set(path, read(typed));
        }}
      />
    </div>
  );
}
