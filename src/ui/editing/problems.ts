// A field's problem in the reader's words, and the field's name for the summary above the form: the
// schema names fields by path (`phones.0.number`); people read "Phone 1: Number".
import type { MessageKey, Translate } from '../../i18n';
import type { EditingKey } from '../../i18n/editing';
import type { FieldIssue } from '../../state/editorStore';

const BILINGUAL = new Set([
  'name',
  'description',
  'application_process',
  'eligibility_description',
  'alert',
  'transportation',
]);

/** What is wrong with a field, said for that kind of field. */
export function issueMessage(
  issue: FieldIssue,
  te: Translate<EditingKey>,
  format: (n: number) => string,
): string {
  const last = issue.field.split('.').at(-1) ?? '';
  const limit = format(issue.limit ?? 0);
  const coordinate = last === 'latitude' || last === 'longitude';
  switch (issue.code) {
    case 'required':
      if (last === 'organization_id') return te('ed.err.organization');
      if (last === 'community_id') return te('ed.err.community');
      if (last === 'byday') return te('ed.err.days');
      if (last === 'name' || last === 'name_fr') return te('ed.err.name');
      if (coordinate) return te('ed.err.coordinate');
      return te('ed.err.required');
    case 'format':
      if (last === 'number') return te('ed.err.phone');
      if (last === 'email') return te('ed.err.email');
      if (last === 'url' || last === 'website') return te('ed.err.url');
      if (last === 'opens_at' || last === 'closes_at') return te('ed.err.time');
      if (last === 'postal_code') return te('ed.err.postal');
      if (last === 'byday') return te('ed.err.days');
      if (last === 'organization_id') return te('ed.err.organization');
      return te('ed.err.invalid');
    case 'number':
      return te(coordinate ? 'ed.err.coordinate' : 'ed.err.number');
    case 'too-long':
      return te('ed.err.tooLong', { max: limit });
    case 'too-short':
      return te('ed.err.tooShort', { min: limit });
    case 'too-many':
      return te('ed.err.tooMany', { max: limit });
    case 'too-small':
      return te('ed.err.tooSmall', { min: limit });
    case 'too-large':
      return te('ed.err.tooLarge', { max: limit });
    case 'markup':
      return te('ed.err.markup');
    case 'ages':
      return te('ed.err.ages');
    case 'same-times':
      return te('ed.err.sameTimes');
    default:
      return te('ed.err.invalid');
  }
}

const FIELD_LABELS: Record<string, EditingKey> = {
  alternate_name: 'ed.f.alternate_name',
  url: 'ed.f.url',
  website: 'ed.f.url',
  email: 'ed.f.email',
  status: 'ed.f.status',
  organization_id: 'ed.f.organization_id',
  fees_description: 'ed.f.fees_description',
  minimum_age: 'ed.f.minimum_age',
  maximum_age: 'ed.f.maximum_age',
  typical_wait_days: 'ed.f.typical_wait_days',
  location_type: 'ed.f.location_type',
  community_id: 'ed.f.community_id',
  latitude: 'ed.f.latitude',
  longitude: 'ed.f.longitude',
  address_1: 'ed.f.address_1',
  address_2: 'ed.f.address_2',
  city: 'ed.f.city',
  state_province: 'ed.f.state_province',
  postal_code: 'ed.f.postal_code',
  number: 'ed.phone.number',
  extension: 'ed.phone.extension',
  type: 'ed.phone.type',
  byday: 'ed.hours.days',
  opens_at: 'ed.hours.opens',
  closes_at: 'ed.hours.closes',
  communities_served: 'ed.communities',
  location_ids: 'ed.locations',
};

const MAIN_LABELS: Record<string, MessageKey> = {
  records: 'service.records',
  records_fr: 'service.records',
  duty_to_report: 'service.dutyToReport',
  duty_to_report_fr: 'service.dutyToReport',
  languages: 'service.languages',
  delivery_modes: 'service.modes',
};

/** The name of the field at `path`, as the summary of problems lists it. */
export function fieldLabel(path: string, t: Translate, te: Translate<EditingKey>): string {
  const keys = path.split('.');
  const last = keys.at(-1) ?? '';
  const base = last.endsWith('_fr') ? last.slice(0, -3) : last;
  if (BILINGUAL.has(base)) {
    return `${te(`ed.f.${base}` as EditingKey)} ${te(last.endsWith('_fr') ? 'ed.inFrench' : 'ed.inEnglish')}`;
  }
  const own = FIELD_LABELS[last];
  const label = own ? te(own) : MAIN_LABELS[last] ? t(MAIN_LABELS[last]) : last;
  const n = Number(keys[1]) + 1;
  const within = (group: string) => te('ed.within', { group, field: label });
  if (keys[0] === 'phones' && keys.length > 2) return within(te('ed.phone', { n }));
  if (keys[0] === 'schedules' && keys.length > 2) return within(te('ed.hours.rule', { n }));
  if (keys[0] === 'addresses' && keys.length > 2) return within(te('ed.address'));
  if (keys[0] === 'conditions' && last !== 'typical_wait_days') return t(`condition.${last}` as MessageKey);
  return label;
}
