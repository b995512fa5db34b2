// Our records as Open Referral HSDS 3.0 (the exchange format): services "service-oriented, nested",
// with their organization, phones, schedules, languages, areas and locations inside. The NORAHT
// taxonomy travels as an HSDS taxonomy with terms; access conditions, French texts and our other
// extensions travel as attributes of a second taxonomy, so that an import can take them back. A
// confidential location (a shelter) never shows its address or coordinates. Pure: no I/O.
import { hashedUuid } from '../model/ids';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import { ACCESS_CONDITIONS, type Service } from '../model/service';
import { TAXONOMY_IDS } from '../model/taxonomy';

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://openreferral.org/specification/3.0/';

type Json = Record<string, unknown>;

export const NORAHT_TAXONOMY_ID = hashedUuid('circle-of-care/taxonomy/noraht');
export const EXTENSIONS_TAXONOMY_ID = hashedUuid('circle-of-care/taxonomy/extensions');

/** Our extensions, each an HSDS taxonomy term whose attribute `value` carries the field's value. */
export const EXTENSION_TERMS = [
  'name_fr',
  'description_fr',
  'application_process_fr',
  'eligibility_description_fr',
  'alert_fr',
  'transportation_fr',
  'service_areas.community_ids',
  ...ACCESS_CONDITIONS.map((c) => `conditions.${c}`),
  'conditions.typical_wait_days',
  'confidentiality.records',
  'confidentiality.anonymous_ok',
  'confidentiality.duty_to_report',
  'confidentiality.police_contact',
  'availability.status',
  'confidentiality.records_fr',
  'confidentiality.duty_to_report_fr',
  'availability.set_at',
  'delivery_modes',
  'communities_served',
  'indigenous_led',
  'lived_experience_staff',
  'community_id',
  'address_confidential',
] as const;
export type ExtensionTerm = (typeof EXTENSION_TERMS)[number];

export const termId = (code: string) => hashedUuid(`circle-of-care/term/${code}`);

/** "approach.harm-reduction" → "Harm reduction" (the catalogs' labels stay in the app). */
function humanize(code: string): string {
  const words = (code.split('.').at(-1) ?? code).replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function hsdsTaxonomies(): Json[] {
  return [
    {
      id: NORAHT_TAXONOMY_ID,
      name: 'NORAHT service taxonomy',
      description:
        'Approaches, knowledges, programming and sectors from NORAHT Policy Brief No. 1 (2020), as used by Circle of Care.',
      version: '1',
    },
    {
      id: EXTENSIONS_TAXONOMY_ID,
      name: 'Circle of Care extensions',
      description:
        'Fields HSDS has no place for (access conditions as yes/no/unknown, French texts, confidentiality, availability), carried as attribute values.',
      version: '1',
    },
  ];
}

export function hsdsTaxonomyTerms(): Json[] {
  return [
    ...TAXONOMY_IDS.map((code) => ({
      id: termId(code),
      code,
      name: humanize(code),
      description: `NORAHT taxonomy term ${code}.`,
      taxonomy_id: NORAHT_TAXONOMY_ID,
      language: 'en',
    })),
    ...EXTENSION_TERMS.map((code) => ({
      id: termId(code),
      code,
      name: code,
      description: `Circle of Care field ${code}; the attribute's value holds it.`,
      taxonomy_id: EXTENSIONS_TAXONOMY_ID,
      language: 'en',
    })),
  ];
}

/**
 * An attribute names its term by id (the terms are in `hsdsTaxonomyTerms()`, the API's
 * /taxonomy_terms and the CSV's taxonomy_terms.csv); embedding each term in each attribute made a
 * service 15 KB.
 */
function attribute(linkId: string, linkEntity: string, code: string, value?: string): Json {
  const taxonomy_term_id = termId(code);
  return {
    id: hashedUuid(`${linkId}/attribute/${code}`),
    link_id: linkId,
    link_type: code.includes('.') && !code.startsWith('conditions') ? 'classification' : 'extension',
    link_entity: linkEntity,
    taxonomy_term_id,
    ...(value === undefined ? {} : { value }),
  };
}

/** Drops undefined members, so optional fields are absent rather than null. */
export function defined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function phones(list: Service['phones'], link: { service_id?: string; organization_id?: string }): Json[] {
  return list.map((p) =>
    defined({
      id: p.id,
      ...link,
      number: p.number,
      extension: p.extension,
      type: p.type,
      description: p.description,
    }),
  );
}

/**
 * An imported record's HSDS fields we do not use come back as they came, under ours; their foreign
 * attributes join ours.
 */
function withExtra(extra: Record<string, unknown> | undefined, own: Json): Json {
  if (!extra) return own;
  const foreign = Array.isArray(extra.attributes) ? (extra.attributes as Json[]) : [];
  const attributes = [...((own.attributes as Json[] | undefined) ?? []), ...foreign];
  return { ...extra, ...own, ...(attributes.length > 0 ? { attributes } : {}) };
}

export function toHsdsOrganization(org: Organization): Json {
  return withExtra(
    org.hsds_extra,
    defined({
      id: org.id,
      name: org.name,
      alternate_name: org.alternate_name,
      description: org.description,
      email: org.email,
      website: org.website,
      phones: phones(org.phones, { organization_id: org.id }),
      attributes: [
        ...(org.name_fr ? [attribute(org.id, 'organization', 'name_fr', org.name_fr)] : []),
        ...(org.description_fr
          ? [attribute(org.id, 'organization', 'description_fr', org.description_fr)]
          : []),
      ],
    }),
  );
}

export function toHsdsLocation(location: Location): Json {
  const hidden = location.address_confidential;
  return withExtra(
    location.hsds_extra,
    defined({
      id: location.id,
      location_type: location.location_type,
      organization_id: location.organization_id,
      name: location.name,
      description: hidden
        ? [location.description, 'Address withheld for safety: call first.'].filter(Boolean).join(' ')
        : location.description,
      transportation: location.transportation,
      // A shelter's coordinates are its address.
      latitude: hidden ? undefined : location.latitude,
      longitude: hidden ? undefined : location.longitude,
      addresses: hidden
        ? []
        : location.addresses.map((a) =>
            defined({
              id: a.id,
              location_id: location.id,
              address_1: a.address_1,
              address_2: a.address_2,
              city: a.city,
              state_province: a.state_province,
              postal_code: a.postal_code,
              country: a.country,
              address_type: a.address_type,
            }),
          ),
      attributes: [
        attribute(location.id, 'location', 'community_id', location.community_id),
        attribute(location.id, 'location', 'address_confidential', String(hidden)),
        ...(location.name_fr ? [attribute(location.id, 'location', 'name_fr', location.name_fr)] : []),
        ...(location.description_fr
          ? [attribute(location.id, 'location', 'description_fr', location.description_fr)]
          : []),
        ...(location.transportation_fr
          ? [attribute(location.id, 'location', 'transportation_fr', location.transportation_fr)]
          : []),
      ],
    }),
  );
}

/** Which of the service's areas are region communities, as JSON `{areaId: communityId}`. */
function areaCommunities(s: Service): string | undefined {
  const pairs = s.service_areas.filter((a) => a.community_id).map((a) => [a.id, a.community_id]);
  return pairs.length > 0 ? JSON.stringify(Object.fromEntries(pairs)) : undefined;
}

function extensionAttributes(s: Service): Json[] {
  const values: Array<[ExtensionTerm, string | undefined]> = [
    ['name_fr', s.name_fr],
    ['description_fr', s.description_fr],
    ['application_process_fr', s.application_process_fr],
    ['eligibility_description_fr', s.eligibility_description_fr],
    ['alert_fr', s.alert_fr],
    ['service_areas.community_ids', areaCommunities(s)],
    ...ACCESS_CONDITIONS.map((c): [ExtensionTerm, string] => [
      `conditions.${c}` as ExtensionTerm,
      s.conditions[c],
    ]),
    [
      'conditions.typical_wait_days',
      s.conditions.typical_wait_days === null ? undefined : String(s.conditions.typical_wait_days),
    ],
    ['confidentiality.records', s.confidentiality.records || undefined],
    ['confidentiality.anonymous_ok', s.confidentiality.anonymous_ok],
    ['confidentiality.duty_to_report', s.confidentiality.duty_to_report || undefined],
    ['confidentiality.police_contact', s.confidentiality.police_contact],
    ['confidentiality.records_fr', s.confidentiality.records_fr || undefined],
    ['confidentiality.duty_to_report_fr', s.confidentiality.duty_to_report_fr || undefined],
    ['availability.status', s.availability.status],
    ['availability.set_at', s.availability.set_at ?? undefined],
    ['delivery_modes', s.delivery_modes.join(',')],
    ['communities_served', s.communities_served.join(',')],
    ['indigenous_led', s.indigenous_led],
    ['lived_experience_staff', s.lived_experience_staff],
  ];
  // Unknown is what a reader assumes when a value is absent: it need not travel.
  return values
    .filter((entry): entry is [ExtensionTerm, string] => entry[1] !== undefined && entry[1] !== 'unknown')
    .map(([code, value]) => attribute(s.id, 'service', code, value));
}

/** One service, nested with what it needs to be read on its own. */
export function toHsdsService(
  service: Service,
  organization: Organization | undefined,
  locations: Location[],
): Json {
  const s = service;
  return withExtra(
    s.hsds_extra,
    defined({
      id: s.id,
      organization_id: s.organization_id,
      name: s.name,
      alternate_name: s.alternate_name,
      description: s.description,
      url: s.url,
      email: s.email,
      status: s.status,
      interpretation_services: s.interpretation_services,
      application_process: s.application_process,
      fees_description: s.fees_description,
      wait_time:
        s.conditions.typical_wait_days === null ? undefined : `About ${s.conditions.typical_wait_days} days`,
      eligibility_description: s.eligibility_description,
      minimum_age: s.minimum_age,
      maximum_age: s.maximum_age,
      assured_date: s.assured_date ?? undefined,
      alert: s.alert,
      last_modified: s.last_modified,
      phones: phones(s.phones, { service_id: s.id }),
      schedules: s.schedules.map((sc) =>
        defined({
          id: sc.id,
          service_id: s.id,
          freq: sc.freq,
          byday: sc.byday,
          opens_at: sc.opens_at,
          closes_at: sc.closes_at,
          description: [sc.description, 'Times are local (America/Toronto).'].filter(Boolean).join(' '),
        }),
      ),
      service_areas: s.service_areas.map((a) =>
        defined({ id: a.id, service_id: s.id, name: a.name, description: a.description }),
      ),
      languages: s.languages.map((l) =>
        defined({ id: l.id, service_id: s.id, name: l.name, code: l.code, note: l.note }),
      ),
      organization: organization ? toHsdsOrganization(organization) : undefined,
      service_at_locations: locations.map((l) => ({
        id: hashedUuid(`${s.id}/at/${l.id}`),
        service_id: s.id,
        location_id: l.id,
        location: toHsdsLocation(l),
      })),
      attributes: [
        ...s.taxonomy_ids.map((code) => attribute(s.id, 'service', code)),
        ...extensionAttributes(s),
      ],
    }),
  );
}

/** The list form (`minimal`): the service's own fields, nothing nested. */
export function toHsdsServiceMinimal(service: Service): Json {
  const full = toHsdsService(service, undefined, []);
  const {
    phones: _p,
    schedules: _s,
    service_areas: _a,
    languages: _l,
    service_at_locations: _sal,
    attributes: _at,
    ...own
  } = full;
  return own;
}
