import type { Signal } from '@preact/signals';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../model/common';
import { useApp } from '../../state/context';
import type { EditScreen, FormState } from '../../state/editorStore';
import { localField } from '../localText';
import { BilingualFields, type BilingualSpec } from './BilingualFields';
import { EditForm } from './EditForm';
import { PhonesField } from './PhonesField';
import { TextField } from './TextField';
import { useTe } from './words';

const TEXTS: readonly BilingualSpec[] = [
  { field: 'name', max: 200, required: true },
  { field: 'description', max: LONG_TEXT_MAX, multiline: true },
];

interface Props {
  screen: EditScreen;
  form: Signal<FormState>;
}

/** An organization (agency): its name and description in English and French, and how to reach it. */
export function OrganizationForm({ screen, form }: Props) {
  const te = useTe();
  const { locale } = useApp();
  const original = form.value.original;
  return (
    <EditForm
      screen={screen}
      form={form}
      title={te(original ? 'ed.title.edit.organization' : 'ed.title.new.organization')}
      subtitle={original ? localField(original, 'name', locale.value)?.text : undefined}
    >
      <BilingualFields fields={TEXTS} />
      <TextField path="alternate_name" label={te('ed.f.alternate_name')} max={SHORT_TEXT_MAX} />
      <h2>{te('ed.section.contact')}</h2>
      <PhonesField />
      <TextField path="website" label={te('ed.f.url')} type="url" placeholder="https://" />
      <TextField path="email" label={te('ed.f.email')} type="email" />
    </EditForm>
  );
}
