import type { ComponentChildren } from 'preact';
import { FieldError } from './FieldError';
import { describedBy, errorId, fieldId, getAt, useFieldProblem, useForm } from './formKit';
import { LabelText } from './LabelText';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  path: string;
  label: string;
  options: readonly Option[];
  required?: boolean;
  /** A first, empty choice ("Choose a community") while nothing is chosen. */
  placeholder?: string;
  help?: string;
  /** Instead of setting the value at `path` (when a choice changes other fields too). */
  onChoose?: (value: string) => void;
  /** Beside the select, e.g. a button to create what the list lacks. */
  children?: ComponentChildren;
}

export function SelectField({
  path,
  label,
  options,
  required,
  placeholder,
  help,
  onChoose,
  children,
}: Props) {
  const form = useForm();
  const issue = useFieldProblem(path);
  const id = fieldId(path);
  const value = String(getAt(form.draft, path) ?? '');
  return (
    <div class="field">
      <label for={id}>
        <LabelText label={label} required={required} />
      </label>
      {help && (
        <span id={`${id}-help`} class="muted help">
          {help}
        </span>
      )}
      <FieldError path={path} />
      <div class="select-row">
        <select
          id={id}
          value={value}
          aria-invalid={issue ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy(help && `${id}-help`, issue && errorId(path))}
          onChange={(event) => {
            const chosen = (event.currentTarget as HTMLSelectElement).value;
            if (onChoose) onChoose(chosen);
            else form.set(path, chosen);
          }}
        >
          {(placeholder !== undefined || value === '') && <option value="">{placeholder ?? ''}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {children}
      </div>
    </div>
  );
}
