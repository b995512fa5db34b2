import { fieldId, getAt, useForm } from './formKit';

interface Props {
  path: string;
  label: string;
  help?: string;
}

/** One yes-or-no choice as a checkbox (a confidential address). */
export function CheckField({ path, label, help }: Props) {
  const form = useForm();
  const id = fieldId(path);
  return (
    <div class="field">
      <label class="check">
        <input
          id={id}
          type="checkbox"
          checked={getAt(form.draft, path) === true}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(event) => form.set(path, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{label}</span>
      </label>
      {help && (
        <span id={`${id}-help`} class="muted help">
          {help}
        </span>
      )}
    </div>
  );
}
