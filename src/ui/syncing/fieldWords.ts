// A record's fields and values in a person's words, for the conflicts screen: the service page's
// labels where it has one, the catalog's words for set values (availability, languages, modes,
// taxonomy, access conditions), and readable text for the rest.
import { type MessageKey, type Translate, taxonomyKey } from '../../i18n';
import { KNOWN_LANGUAGES } from '../../model/common';
import { ACCESS_CONDITIONS, AVAILABILITY, DELIVERY_MODES } from '../../model/service';
import { TAXONOMY_IDS, type TaxonomyId } from '../../model/taxonomy';
import { describeValue, humanizeField } from '../../state/conflictChoice';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'field.name',
  name_fr: 'field.name_fr',
  title: 'field.title',
  description: 'field.description',
  description_fr: 'field.description_fr',
  url: 'field.url',
  email: 'field.email',
  status: 'field.status',
  alert: 'field.alert',
  application_process: 'service.nextSteps',
  eligibility_description: 'service.eligibility',
  conditions: 'service.conditions',
  confidentiality: 'service.confidentiality',
  availability: 'service.availability',
  phones: 'service.contact',
  schedules: 'service.hours',
  languages: 'service.languages',
  delivery_modes: 'service.modes',
  communities_served: 'filters.community',
  location_ids: 'service.where',
  indigenous_led: 'service.indigenousLed',
  lived_experience_staff: 'service.livedExperience',
  taxonomy_ids: 'service.approaches',
};

export function fieldLabel(t: Translate, field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : humanizeField(field);
}

const has = (list: readonly string[], v: unknown): v is string => typeof v === 'string' && list.includes(v);
const TRI: Record<string, MessageKey> = { yes: 'tri.yes', no: 'tri.no', unknown: 'tri.unknown' };

/** The catalog's words for a field whose values are set ones; null to fall back on plain text. */
function setValues(t: Translate, field: string, value: unknown): string | null {
  const list = Array.isArray(value) ? (value as unknown[]) : null;
  if (field === 'availability' && value && typeof value === 'object') {
    const status = (value as { status?: unknown }).status;
    return has(AVAILABILITY, status) ? t(`availability.${status}` as MessageKey) : null;
  }
  if (field === 'delivery_modes' && list?.every((v) => has(DELIVERY_MODES, v)))
    return list.map((v) => t(`delivery.${v}` as MessageKey)).join(', ');
  if (field === 'taxonomy_ids' && list?.every((v) => has(TAXONOMY_IDS, v)))
    return list.map((v) => t(taxonomyKey(v as TaxonomyId))).join(', ');
  if (field === 'languages' && list) {
    const codes = list.map((l) => (l as { code?: unknown } | null)?.code);
    return codes.every((c) => typeof c === 'string')
      ? codes.map((c) => (has(KNOWN_LANGUAGES, c) ? t(`language.${c}` as MessageKey) : c)).join(', ')
      : null;
  }
  if (field === 'conditions' && value && typeof value === 'object' && !list) {
    const entries = Object.entries(value).filter(([k, v]) => has(ACCESS_CONDITIONS, k) && TRI[v as string]);
    return entries
      .map(([k, v]) =>
        t('conflicts.pair', {
          label: t(`condition.${k}` as MessageKey),
          value: t(TRI[v as string] as MessageKey),
        }),
      )
      .join('; ');
  }
  return null;
}

/** A field's value in words; nothing is said as "(empty)". */
export function valueText(t: Translate, field: string, value: unknown): string {
  const view = describeValue(value);
  if (view.kind === 'empty') return t('conflicts.empty');
  const words = setValues(t, field, value);
  if (words) return words;
  switch (view.kind) {
    case 'yes':
      return t('tri.yes');
    case 'no':
      return t('tri.no');
    case 'text':
      return TRI[view.text] ? t(TRI[view.text] as MessageKey) : view.text;
    case 'data':
      return view.text;
  }
}
