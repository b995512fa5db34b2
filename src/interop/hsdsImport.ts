// HSDS 3.0 JSON into our records: one service, an array, an API page (`contents`), an organization
// with its services, a service-at-location, or the tabular example's JSON form. Our own export comes
// back whole (French texts, access conditions and the other extensions travel as attributes); another
// network's file comes with what HSDS has, every unknown field kept in `hsds_extra`, and what it
// lacks left unknown (never "no"). Pure: the caller validates, compares and writes.
import { greatCircleKm } from '../model/geo';
import { hashedUuid } from '../model/ids';
import { ACCESS_CONDITIONS, AVAILABILITY, DELIVERY_MODES } from '../model/service';
import { TAXONOMY_IDS } from '../model/taxonomy';
import { foldText } from '../model/text';
import { defined, EXTENSION_TERMS, type ExtensionTerm, termId } from './hsds';

type Json = Record<string, unknown>;

export type DirectoryEntity = 'organization' | 'service' | 'location';

/** A record read from a file, not yet validated: `value` has our record's shape. */
export interface Candidate {
  entity: DirectoryEntity;
  id: string;
  value: Json;
  /** What was changed to read it (an id made a UUID, a time read as local…), for the preview. */
  notes: string[];
}

export interface RegionCommunity {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface HsdsReadOptions {
  /** The region's communities: a location is placed in one by its attribute, coordinates or town. */
  communities: readonly RegionCommunity[];
  /** Stamped as `last_modified` where the file has none. */
  now: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** An HSDS id as a UUID: kept when it is one, else derived from it, the same on every device. */
function uuidOf(raw: unknown, kind: string, notes: string[]): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const id = String(raw);
  if (UUID.test(id)) return id.toLowerCase();
  notes.push(`id "${id.slice(0, 40)}" is not a UUID: a UUID was derived from it`);
  return hashedUuid(`hsds/${kind}/${id}`);
}

/** Our extension attributes by code, and the attributes that are not ours (kept as they came). */
function readAttributes(attributes: unknown): {
  ours: Map<ExtensionTerm, string>;
  taxonomy: string[];
  foreign: Json[];
} {
  const ours = new Map<ExtensionTerm, string>();
  const taxonomy: string[] = [];
  const foreign: Json[] = [];
  const extensionById = new Map(EXTENSION_TERMS.map((code) => [termId(code), code]));
  const taxonomyById = new Map(TAXONOMY_IDS.map((code) => [termId(code), code]));
  for (const a of list(attributes)) {
    const termIdOf = text(a.taxonomy_term_id) ?? text((a.taxonomy_term as Json | undefined)?.id);
    const extension = termIdOf ? extensionById.get(termIdOf) : undefined;
    const term = termIdOf ? taxonomyById.get(termIdOf) : undefined;
    if (extension && typeof a.value === 'string') ours.set(extension, a.value);
    else if (term) taxonomy.push(term);
    else foreign.push(a);
  }
  return { ours, taxonomy, foreign };
}

/** The fields of `source` not in `known`, plus foreign attributes; undefined when there are none. */
function extraOf(source: Json, known: ReadonlySet<string>, foreign: Json[]): Json | undefined {
  const extra: Json = {};
  for (const [key, value] of Object.entries(source)) if (!known.has(key)) extra[key] = value;
  if (foreign.length > 0) extra.attributes = foreign;
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** `"+44 1234 234567"` with stray quotes → `+44 1234 234567`. */
function phoneNumberOf(raw: unknown): unknown {
  return typeof raw === 'string' ? raw.replace(/["']/g, '').trim() : raw;
}

const PHONE_TYPES = new Set(['voice', 'text', 'cell', 'fax', 'textphone', 'video', 'pager']);

function phonesOf(raw: unknown, owner: string, notes: string[]): Json[] {
  return list(raw).map((p, i) =>
    defined({
      id: uuidOf(p.id, 'phone', notes) ?? hashedUuid(`${owner}/phone/${i}`),
      number: phoneNumberOf(p.number),
      extension: typeof p.extension === 'number' ? p.extension : undefined,
      type: typeof p.type === 'string' && PHONE_TYPES.has(p.type) ? p.type : 'voice',
      description: text(p.description),
    }),
  );
}

const TIME_ZONE_NOTE = / ?Times are local \(America\/Toronto\)\.$/;

function schedulesOf(raw: unknown, owner: string, notes: string[]): Json[] {
  const out: Json[] = [];
  list(raw).forEach((s, i) => {
    if (s.freq !== 'WEEKLY' || typeof s.byday !== 'string') {
      notes.push(`schedule ${i + 1} is not a weekly rule with days: left out (its text is kept)`);
      return;
    }
    out.push(
      defined({
        id: uuidOf(s.id, 'schedule', notes) ?? hashedUuid(`${owner}/schedule/${i}`),
        freq: 'WEEKLY',
        byday: s.byday.toUpperCase().replace(/\s/g, ''),
        // HSDS times may carry seconds; ours are local hours and minutes.
        opens_at: typeof s.opens_at === 'string' ? s.opens_at.slice(0, 5) : s.opens_at,
        closes_at: typeof s.closes_at === 'string' ? s.closes_at.slice(0, 5) : s.closes_at,
        description: text(s.description)?.replace(TIME_ZONE_NOTE, '') || undefined,
      }),
    );
  });
  return out;
}

function languagesOf(raw: unknown, owner: string, notes: string[]): Json[] {
  return list(raw).map((l, i) =>
    defined({
      id: uuidOf(l.id, 'language', notes) ?? hashedUuid(`${owner}/language/${i}`),
      code: typeof l.code === 'string' ? l.code.toLowerCase() : l.code,
      name: text(l.name),
      note: text(l.note),
    }),
  );
}

function jsonOf(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const csv = (raw: string | undefined): string[] | undefined =>
  raw === undefined ? undefined : raw.split(',').filter(Boolean);
const tri = (raw: string | undefined): string => (raw === 'yes' || raw === 'no' ? raw : 'unknown');
const nonEmpty = (raw: string | undefined) => (raw ? raw : undefined);

const SERVICE_KEYS = new Set([
  'id',
  'organization_id',
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'interpretation_services',
  'application_process',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'alert',
  'last_modified',
  // Ours is derived from conditions.typical_wait_days, which travels as an attribute.
  'wait_time',
  'phones',
  'schedules',
  'service_areas',
  'languages',
  'organization',
  'service_at_locations',
  'attributes',
]);

function readService(
  s: Json,
  context: { organizationId?: string; options: HsdsReadOptions },
  out: Candidate[],
): void {
  const notes: string[] = [];
  const id = uuidOf(s.id, 'service', notes) ?? '';
  const organization = isObject(s.organization) ? s.organization : undefined;
  if (organization) readOrganization(organization, context.options, out);
  const organizationId =
    uuidOf(s.organization_id, 'organization', notes) ??
    (organization ? uuidOf(organization.id, 'organization', []) : undefined) ??
    context.organizationId;
  const { ours, taxonomy, foreign } = readAttributes(s.attributes);
  const at = list(s.service_at_locations);
  const locationIds: string[] = [];
  for (const link of at) {
    const location = isObject(link.location) ? link.location : undefined;
    if (location) readLocation(location, { organizationId, options: context.options }, out);
    const locationId = uuidOf(link.location_id ?? location?.id, 'location', notes);
    if (locationId && !locationIds.includes(locationId)) locationIds.push(locationId);
  }
  const areaCommunities = (jsonOf(ours.get('service_areas.community_ids')) ?? {}) as Record<string, string>;
  const waitDays = ours.get('conditions.typical_wait_days');
  const availability = ours.get('availability.status');
  const modes = csv(ours.get('delivery_modes'));
  const value = defined({
    id,
    organization_id: organizationId,
    name: s.name,
    name_fr: ours.get('name_fr'),
    alternate_name: nonEmpty(text(s.alternate_name)),
    description: s.description ?? '',
    description_fr: ours.get('description_fr'),
    url: nonEmpty(text(s.url)),
    email: nonEmpty(text(s.email)),
    status: s.status ?? 'active',
    application_process: s.application_process ?? '',
    application_process_fr: ours.get('application_process_fr'),
    eligibility_description: nonEmpty(text(s.eligibility_description)),
    eligibility_description_fr: ours.get('eligibility_description_fr'),
    minimum_age: s.minimum_age ?? undefined,
    maximum_age: s.maximum_age ?? undefined,
    fees_description: nonEmpty(text(s.fees_description)),
    interpretation_services: nonEmpty(text(s.interpretation_services)),
    conditions: {
      ...Object.fromEntries(
        ACCESS_CONDITIONS.map((c) => [c, tri(ours.get(`conditions.${c}` as ExtensionTerm))]),
      ),
      typical_wait_days: waitDays === undefined ? null : Number(waitDays),
    },
    confidentiality: {
      records: ours.get('confidentiality.records') ?? '',
      anonymous_ok: tri(ours.get('confidentiality.anonymous_ok')),
      duty_to_report: ours.get('confidentiality.duty_to_report') ?? '',
      police_contact: tri(ours.get('confidentiality.police_contact')),
      ...(ours.get('confidentiality.records_fr')
        ? { records_fr: ours.get('confidentiality.records_fr') }
        : {}),
      ...(ours.get('confidentiality.duty_to_report_fr')
        ? { duty_to_report_fr: ours.get('confidentiality.duty_to_report_fr') }
        : {}),
    },
    availability: {
      status:
        availability && (AVAILABILITY as readonly string[]).includes(availability) ? availability : 'unknown',
      set_at: ours.get('availability.set_at') ?? null,
    },
    phones: phonesOf(s.phones, id, notes),
    schedules: schedulesOf(s.schedules, id, notes),
    languages: languagesOf(s.languages, id, notes),
    delivery_modes:
      modes?.filter((m) => (DELIVERY_MODES as readonly string[]).includes(m)) ??
      (locationIds.length > 0 ? ['in_person'] : []),
    service_areas: list(s.service_areas).map((a, i) => {
      const areaId = uuidOf(a.id, 'service_area', notes) ?? hashedUuid(`${id}/area/${i}`);
      return defined({
        id: areaId,
        name: text(a.name) ?? text(a.description) ?? '',
        description: text(a.description) === text(a.name) ? undefined : text(a.description),
        community_id: areaCommunities[areaId],
      });
    }),
    communities_served: csv(ours.get('communities_served')) ?? [],
    location_ids: locationIds,
    indigenous_led: tri(ours.get('indigenous_led')),
    lived_experience_staff: tri(ours.get('lived_experience_staff')),
    taxonomy_ids: [...new Set(taxonomy)],
    assured_date: typeof s.assured_date === 'string' ? s.assured_date.slice(0, 10) : null,
    alert: nonEmpty(text(s.alert)),
    alert_fr: ours.get('alert_fr'),
    hsds_extra: extraOf(s, SERVICE_KEYS, foreign),
    last_modified: text(s.last_modified) ?? context.options.now,
  });
  out.push({ entity: 'service', id, value, notes });
}

const ORGANIZATION_KEYS = new Set([
  'id',
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'phones',
  'attributes',
  'last_modified',
  'services',
  'locations',
]);

function readOrganization(o: Json, options: HsdsReadOptions, out: Candidate[]): void {
  const notes: string[] = [];
  const id = uuidOf(o.id, 'organization', notes) ?? '';
  const { ours, foreign } = readAttributes(o.attributes);
  out.push({
    entity: 'organization',
    id,
    notes,
    value: defined({
      id,
      name: o.name,
      name_fr: ours.get('name_fr'),
      alternate_name: nonEmpty(text(o.alternate_name)),
      description: o.description ?? '',
      description_fr: ours.get('description_fr'),
      email: nonEmpty(text(o.email)),
      website: nonEmpty(text(o.website)),
      phones: phonesOf(o.phones, id, notes),
      hsds_extra: extraOf(o, ORGANIZATION_KEYS, foreign),
      last_modified: text(o.last_modified) ?? options.now,
    }),
  });
  for (const s of list(o.services)) readService(s, { organizationId: id, options }, out);
  for (const l of list(o.locations)) readLocation(l, { organizationId: id, options }, out);
}

const LOCATION_KEYS = new Set([
  'id',
  'organization_id',
  'location_type',
  'name',
  'description',
  'transportation',
  'latitude',
  'longitude',
  'addresses',
  'attributes',
  'last_modified',
]);

const WITHHELD = / ?Address withheld for safety: call first\.$/;
const NEAR_KM = 25;

/** The region community a location is in: its attribute, else one within 25 km, else its town's name. */
function communityOf(
  attribute: string | undefined,
  point: { lat: number; lng: number } | undefined,
  towns: string[],
  communities: readonly RegionCommunity[],
): RegionCommunity | undefined {
  const byId = attribute ? communities.find((c) => c.id === attribute) : undefined;
  if (byId) return byId;
  if (point) {
    let best: { community: RegionCommunity; km: number } | undefined;
    for (const c of communities) {
      const km = greatCircleKm(point, c);
      if (!best || km < best.km) best = { community: c, km };
    }
    if (best && best.km <= NEAR_KM) return best.community;
  }
  const folded = towns.map(foldText);
  return communities.find((c) => folded.includes(foldText(c.name)));
}

const inRange = (v: unknown, limit: number): v is number => typeof v === 'number' && Math.abs(v) <= limit;

function readLocation(
  l: Json,
  context: { organizationId?: string; options: HsdsReadOptions },
  out: Candidate[],
): void {
  const notes: string[] = [];
  const id = uuidOf(l.id, 'location', notes) ?? '';
  const { ours, foreign } = readAttributes(l.attributes);
  const addresses = list(l.addresses);
  const hasPoint = inRange(l.latitude, 90) && inRange(l.longitude, 180);
  const community = communityOf(
    ours.get('community_id'),
    hasPoint ? { lat: l.latitude as number, lng: l.longitude as number } : undefined,
    addresses.map((a) => text(a.city) ?? '').filter(Boolean),
    context.options.communities,
  );
  let latitude = l.latitude;
  let longitude = l.longitude;
  if (!hasPoint && community && l.latitude === undefined && l.longitude === undefined) {
    // No coordinates (a withheld shelter's, for one): the community's centre stands in.
    latitude = community.lat;
    longitude = community.lng;
    notes.push(`no coordinates: placed at the centre of ${community.name}`);
  }
  out.push({
    entity: 'location',
    id,
    notes,
    value: defined({
      id,
      organization_id: uuidOf(l.organization_id, 'organization', notes) ?? context.organizationId,
      location_type: l.location_type ?? 'physical',
      name: nonEmpty(text(l.name)),
      name_fr: ours.get('name_fr'),
      description: nonEmpty(text(l.description)?.replace(WITHHELD, '')),
      description_fr: ours.get('description_fr'),
      transportation: nonEmpty(text(l.transportation)),
      transportation_fr: ours.get('transportation_fr'),
      latitude,
      longitude,
      community_id:
        community?.id ??
        (foldText(text(addresses[0]?.city) ?? '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') ||
          undefined),
      address_confidential: ours.get('address_confidential') === 'true',
      addresses: addresses.map((a, i) =>
        defined({
          id: uuidOf(a.id, 'address', notes) ?? hashedUuid(`${id}/address/${i}`),
          address_1: a.address_1,
          address_2: nonEmpty(text(a.address_2)),
          city: a.city,
          state_province: a.state_province,
          postal_code: a.postal_code,
          country: a.country,
          address_type: a.address_type === 'postal' ? 'postal' : 'physical',
        }),
      ),
      hsds_extra: extraOf(l, LOCATION_KEYS, foreign),
      last_modified: text(l.last_modified) ?? context.options.now,
    }),
  });
}

export type HsdsShape =
  | 'service'
  | 'organization'
  | 'location'
  | 'service_at_location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'other';

/** What one HSDS object is, by the fields only that kind has. */
export function shapeOf(o: Json): HsdsShape {
  if (isObject(o.service) || isObject(o.location)) return 'service_at_location';
  if ('service_at_locations' in o || 'application_process' in o || 'eligibility_description' in o)
    return 'service';
  if ('organization_id' in o && !('location_type' in o) && !('latitude' in o)) return 'service';
  if ('location_type' in o || 'latitude' in o || 'addresses' in o) return 'location';
  if ('services' in o || 'website' in o || 'legal_status' in o || 'year_incorporated' in o)
    return 'organization';
  if ('taxonomy_id' in o || ('code' in o && 'name' in o)) return 'taxonomy_term';
  if ('version' in o && 'name' in o) return 'taxonomy';
  // HSDS requires a service's status and an organization's description.
  if ('name' in o && 'status' in o) return 'service';
  if ('name' in o && 'description' in o) return 'organization';
  return 'other';
}

/** Records whose kind the caller knows (the CSV tables say it): no guessing by shape. */
export function readHsdsTyped(
  tables: { organizations: unknown[]; locations: unknown[]; services: unknown[] },
  options: HsdsReadOptions,
): HsdsRead {
  const out: Candidate[] = [];
  for (const o of tables.organizations) if (isObject(o)) readOrganization(o, options, out);
  for (const l of tables.locations) if (isObject(l)) readLocation(l, { options }, out);
  for (const s of tables.services) if (isObject(s)) readService(s, { options }, out);
  return { candidates: lastById(out), skipped: 0 };
}

function lastById(out: Candidate[]): Candidate[] {
  const last = new Map<string, Candidate>();
  for (const c of out) last.set(`${c.entity}/${c.id}`, c);
  return [...last.values()];
}

export interface HsdsRead {
  candidates: Candidate[];
  /** Objects read but holding nothing for the directory (taxonomies, terms, metadata). */
  skipped: number;
}

/** Every record an HSDS JSON document holds, in the order found; duplicates by id: the last wins. */
export function readHsdsJson(document: unknown, options: HsdsReadOptions): HsdsRead {
  const out: Candidate[] = [];
  let skipped = 0;
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const each of item) visit(each);
      return;
    }
    if (!isObject(item)) {
      skipped++;
      return;
    }
    if (Array.isArray(item.contents)) {
      visit(item.contents);
      return;
    }
    switch (shapeOf(item)) {
      case 'service':
        readService(item, { options }, out);
        return;
      case 'organization':
        readOrganization(item, options, out);
        return;
      case 'location':
        readLocation(item, { options }, out);
        return;
      case 'service_at_location': {
        const location = isObject(item.location) ? item.location : undefined;
        const service = isObject(item.service) ? item.service : undefined;
        if (service) {
          const links = location ? [{ location_id: item.location_id ?? location.id, location }] : [];
          readService({ ...service, service_at_locations: links }, { options }, out);
        } else if (location) readLocation(location, { options }, out);
        return;
      }
      default:
        skipped++;
    }
  };
  visit(document);
  return { candidates: lastById(out), skipped };
}
