import { FieldError } from './FieldError';
import { describedBy, errorId, fieldId, useFieldProblem } from './formKit';

export interface CheckOption {
  value: string;
  label: string;
  /** The option's own language, when its label is a name in it. */
  lang?: string | undefined;
}

interface Props {
  /** The draft path the group stands for (its id, and where its problem is found). */
  path: string;
  /** Its element id, when several groups stand for one path (the taxonomy's groups). */
  id?: string;
  legend: string;
  help?: string | undefined;
  options: readonly CheckOption[];
  checked: (value: string) => boolean;
  onToggle: (value: string, on: boolean) => void;
  /** Lays the options out in columns where there is room (a long list). */
  columns?: boolean;
  /** A group inside another (the taxonomy's groups): its legend reads lighter. */
  minor?: boolean;
}

/** Checkboxes for a list of choices (days, languages, communities, taxonomy terms). */
export function CheckGroup({
  path,
  legend,
  help,
  options,
  checked,
  onToggle,
  columns,
  minor,
  ...props
}: Props) {
  const id = props.id ?? fieldId(path);
  const issue = useFieldProblem(path);
  return (
    <fieldset
      id={id}
      class={minor ? 'checks minor' : 'checks'}
      aria-describedby={describedBy(help && `${id}-help`, issue && errorId(path))}
    >
      <legend>{legend}</legend>
      {help && (
        <p id={`${id}-help`} class="muted help">
          {help}
        </p>
      )}
      <FieldError path={path} />
      <div class={columns ? 'choices columns' : 'choices'}>
        {options.map((o) => (
          <label key={o.value} class="check">
            <input
              type="checkbox"
              checked={checked(o.value)}
              aria-invalid={issue ? true : undefined}
              onChange={(event) => onToggle(o.value, (event.currentTarget as HTMLInputElement).checked)}
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
