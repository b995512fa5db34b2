import type { Signal } from '@preact/signals';
import { COMMUNITIES, communityById } from '../../data/reference';
import { localName, sortByLocalName } from '../../i18n';
import type { EditingKey } from '../../i18n/editing';
import { SHORT_TEXT_MAX } from '../../model/common';
import { useApp } from '../../state/context';
import type { EditScreen, FormDraft, FormState } from '../../state/editorStore';
import { localField } from '../localText';
import { AddressFields } from './AddressFields';
import { BilingualFields, type BilingualSpec } from './BilingualFields';
import { CheckField } from './CheckField';
import { EditForm } from './EditForm';
import { useForm } from './formKit';
import { NumberField } from './NumberField';
import { OrganizationChoice } from './OrganizationChoice';
import { SelectField } from './SelectField';
import { useTe } from './words';

const TEXTS: readonly BilingualSpec[] = [
  { field: 'name', max: 200 },
  { field: 'description', max: SHORT_TEXT_MAX, multiline: true },
  { field: 'transportation', max: SHORT_TEXT_MAX, multiline: true },
];

const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

interface Props {
  screen: EditScreen;
  form: Signal<FormState>;
}

/** A location: its community (its position by default), a confidential address, its texts. */
export function LocationForm({ screen, form }: Props) {
  const te = useTe();
  const { locale } = useApp();
  const original = form.value.original;
  return (
    <EditForm
      screen={screen}
      form={form}
      title={te(original ? 'ed.title.edit.location' : 'ed.title.new.location')}
      subtitle={original ? localField(original, 'name', locale.value)?.text : undefined}
    >
      <OrganizationChoice offerNew={false} />
      <SelectField
        path="location_type"
        label={te('ed.f.location_type')}
        options={LOCATION_TYPES.map((v) => ({ value: v, label: te(`ed.locationType.${v}` as EditingKey) }))}
      />
      <CommunityChoice />
      <CheckField
        path="address_confidential"
        label={te('ed.f.address_confidential')}
        help={te('ed.f.address_confidential.help')}
      />
      <BilingualFields fields={TEXTS} />
      <AddressFields />
      <fieldset class="group" aria-describedby="position-help">
        <legend>{te('ed.position')}</legend>
        <p id="position-help" class="muted help">
          {te('ed.position.help')}
        </p>
        <div class="row-fields">
          <NumberField path="latitude" label={te('ed.f.latitude')} decimal />
          <NumberField path="longitude" label={te('ed.f.longitude')} decimal />
        </div>
      </fieldset>
    </EditForm>
  );
}

/** The community; a position that was its old community's (or never typed) follows the new one. */
function CommunityChoice() {
  const form = useForm();
  const te = useTe();
  const { locale } = useApp();
  return (
    <SelectField
      path="community_id"
      label={te('ed.f.community_id')}
      placeholder={te('ed.chooseCommunity')}
      required
      options={sortByLocalName(COMMUNITIES, locale.value).map((c) => ({
        value: c.id,
        label: localName(c, locale.value),
      }))}
      onChoose={(id) =>
        form.update((d) => {
          const draft = d as FormDraft<'location'>;
          const before = communityById(draft.community_id);
          const untyped =
            draft.latitude === undefined ||
            (before !== undefined && draft.latitude === before.lat && draft.longitude === before.lng);
          const position = untyped ? { latitude: undefined, longitude: undefined } : {};
          return { ...draft, community_id: id, ...position } as unknown as FormDraft;
        })
      }
    />
  );
}
