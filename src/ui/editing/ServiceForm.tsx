import type { Signal } from '@preact/signals';
import type { EditingKey } from '../../i18n/editing';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../model/common';
import { SERVICE_STATUSES } from '../../model/service';
import { useApp } from '../../state/context';
import type { EditScreen, FormState } from '../../state/editorStore';
import { localField } from '../localText';
import { BilingualFields, type BilingualSpec } from './BilingualFields';
import { EditForm } from './EditForm';
import { OrganizationChoice } from './OrganizationChoice';
import { PhonesField } from './PhonesField';
import { SchedulesField } from './SchedulesField';
import { SelectField } from './SelectField';
import { ServiceAccessFields } from './ServiceAccessFields';
import { ServiceReachFields } from './ServiceReachFields';
import { TaxonomyFields } from './TaxonomyFields';
import { TextField } from './TextField';
import { VerifiedField } from './VerifiedField';
import { useTe } from './words';

const NAME_MAX = 200;

const TEXTS: readonly BilingualSpec[] = [
  { field: 'name', max: NAME_MAX, required: true },
  { field: 'description', max: LONG_TEXT_MAX, multiline: true },
  {
    field: 'application_process',
    max: LONG_TEXT_MAX,
    multiline: true,
    help: 'ed.f.application_process.help',
  },
  { field: 'eligibility_description', max: LONG_TEXT_MAX, multiline: true },
  { field: 'alert', max: SHORT_TEXT_MAX },
];

interface Props {
  screen: EditScreen;
  form: Signal<FormState>;
}

/** A service: its texts in English and French, contact, hours, access, who it reaches, approaches. */
export function ServiceForm({ screen, form }: Props) {
  const te = useTe();
  const { locale } = useApp();
  const original = form.value.original;
  const statuses = SERVICE_STATUSES.map((s) => ({ value: s, label: te(`ed.status.${s}` as EditingKey) }));
  return (
    <EditForm
      screen={screen}
      form={form}
      title={te(original ? 'ed.title.edit.service' : 'ed.title.new.service')}
      subtitle={original ? localField(original, 'name', locale.value)?.text : undefined}
    >
      <h2>{te('ed.section.listing')}</h2>
      <OrganizationChoice />
      <SelectField path="status" label={te('ed.f.status')} options={statuses} required />
      <h2>{te('ed.section.about')}</h2>
      <BilingualFields fields={TEXTS} />
      <h2>{te('ed.section.contact')}</h2>
      <PhonesField />
      <TextField path="url" label={te('ed.f.url')} type="url" placeholder="https://" />
      <TextField path="email" label={te('ed.f.email')} type="email" />
      <SchedulesField />
      <ServiceAccessFields />
      <ServiceReachFields />
      <TaxonomyFields />
      <VerifiedField />
    </EditForm>
  );
}
