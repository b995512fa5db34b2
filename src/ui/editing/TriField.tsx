import type { MessageKey } from '../../i18n';
import { TRI, type Tri } from '../../model/common';
import { useT } from '../../state/context';
import { fieldId, getAt, useForm } from './formKit';

interface Props {
  path: string;
  legend: string;
}

/** Yes / no / unknown as three radio buttons; unknown is where a new listing starts. */
export function TriField({ path, legend }: Props) {
  const form = useForm();
  const t = useT();
  const id = fieldId(path);
  const value = (getAt(form.draft, path) as Tri | undefined) ?? 'unknown';
  return (
    <fieldset id={id} class="tri">
      <legend>{legend}</legend>
      <div class="choices">
        {TRI.map((choice) => (
          <label key={choice} class="check">
            <input
              type="radio"
              name={id}
              value={choice}
              checked={value === choice}
              onChange={() => form.set(path, choice)}
            />
            <span>{t(`tri.${choice}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
