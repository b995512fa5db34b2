import { newRecordId } from '../../model/ids';
import type { Address } from '../../model/location';
import type { FormDraft } from '../../state/editorStore';
import { type FormApi, FormContext, setAt, useForm } from './formKit';
import { TextField } from './TextField';
import { useTe } from './words';

const newAddress = (): Address => ({
  id: newRecordId(),
  address_1: '',
  city: '',
  state_province: 'ON',
  postal_code: '',
  country: 'CA',
  address_type: 'physical',
});

/** A location's (first) street address; it comes into being when the person types in it. */
export function AddressFields() {
  const form = useForm();
  const te = useTe();
  const withAddress: FormApi = {
    ...form,
    set: (path, value) =>
      form.update((d) => {
        const draft = d as FormDraft<'location'>;
        const [first, ...rest] = draft.addresses;
        return setAt({ ...draft, addresses: [first ?? newAddress(), ...rest] }, path, value) as FormDraft;
      }),
  };
  return (
    <FormContext.Provider value={withAddress}>
      <fieldset class="group" aria-describedby="address-help">
        <legend>{te('ed.address')}</legend>
        <p id="address-help" class="muted help">
          {te('ed.address.help')}
        </p>
        <TextField path="addresses.0.address_1" label={te('ed.f.address_1')} autoComplete="off" />
        <TextField path="addresses.0.address_2" label={te('ed.f.address_2')} />
        <div class="row-fields">
          <TextField path="addresses.0.city" label={te('ed.f.city')} />
          <TextField path="addresses.0.state_province" label={te('ed.f.state_province')} placeholder="ON" />
          <TextField path="addresses.0.postal_code" label={te('ed.f.postal_code')} placeholder="P3A 1B2" />
        </div>
      </fieldset>
    </FormContext.Provider>
  );
}
