import { useRef } from 'preact/hooks';
import type { EditingKey } from '../../i18n/editing';
import { PHONE_TYPES, type Phone } from '../../model/common';
import { newRecordId } from '../../model/ids';
import { fieldId, getAt, useForm } from './formKit';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useFocusLater } from './useFocusLater';
import { useTe } from './words';

/** Phone numbers: add, remove, each with its kind (calls, texts…) and an extension. */
export function PhonesField() {
  const form = useForm();
  const te = useTe();
  const phones = getAt(form.draft, 'phones') as Phone[];
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const types = PHONE_TYPES.map((type) => ({ value: type, label: te(`ed.phoneType.${type}` as EditingKey) }));

  return (
    <fieldset id={fieldId('phones')} class="group">
      <legend>{te('ed.phones')}</legend>
      {phones.map((phone, i) => (
        <fieldset key={phone.id} class="repeat">
          <legend>{te('ed.phone', { n: i + 1 })}</legend>
          <div class="row-fields">
            <TextField
              path={`phones.${i}.number`}
              label={te('ed.phone.number')}
              type="tel"
              autoComplete="off"
              required
            />
            <SelectField path={`phones.${i}.type`} label={te('ed.phone.type')} options={types} />
            <NumberField path={`phones.${i}.extension`} label={te('ed.phone.extension')} />
          </div>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              form.set(
                'phones',
                phones.filter((p) => p.id !== phone.id),
              );
              focusLater(addButton.current);
            }}
          >
            {te('ed.phone.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        ref={addButton}
        type="button"
        class="secondary"
        onClick={() => {
          form.set('phones', [...phones, { id: newRecordId(), number: '', type: 'voice' }]);
          focusLater(fieldId(`phones.${phones.length}.number`));
        }}
      >
        {te('ed.phone.add')}
      </button>
    </fieldset>
  );
}
