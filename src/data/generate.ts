// Builds directories of fictional agencies from a seed: the sample directory loaded on first run, and
// the large synthetic directories the benchmarks search. Same seed, same directory, on every device.

import type { Language, Phone, Tri } from '../model/common';
import { greatCircleKm } from '../model/geo';
import { uuidFromRandom } from '../model/ids';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Community } from '../model/reference';
import type { Schedule } from '../model/schedule';
import type { AvailabilityStatus, DeliveryMode, Service } from '../model/service';
import { APPROACHES } from '../model/taxonomy';
import { createRng, type Rng } from './random';
import { COMMUNITIES } from './reference';
import {
  type HoursPattern,
  ORG_KINDS,
  ORG_PREFIXES,
  SERVICE_TEMPLATES,
  type ServiceTemplate,
  STREETS,
} from './templates';

export interface Directory {
  organizations: Organization[];
  locations: Location[];
  services: Service[];
}

export interface GenerateOptions {
  seed: number;
  organizations: number;
  /** Stop after this many services (each organization offers two or three). */
  maxServices?: number;
  /** The moment the data is made "as of": dates and ages count back from it. */
  now: Date;
}

const DAY_MS = 86_400_000;
const FRANCOPHONE_TOWNS = new Set([
  'hearst',
  'kapuskasing',
  'west-nipissing',
  'timmins',
  'greater-sudbury',
  'iroquois-falls',
  'cochrane',
  'north-bay',
  'mattawa',
]);
const CREE_COAST = new Set(['moosonee', 'moose-factory', 'attawapiskat', 'fort-albany', 'kashechewan']);
const NEARBY_KM = 130;
const WEEKDAYS_ALL = 'MO,TU,WE,TH,FR,SA,SU';
const MON_FRI = 'MO,TU,WE,TH,FR';

function tri(rng: Rng, pYes: number, pNo: number): Tri {
  const r = rng.next();
  return r < pYes ? 'yes' : r < pYes + pNo ? 'no' : 'unknown';
}

/** What a service records, in both languages (the same sentences); one in three says nothing. */
const RECORDS = [
  {
    records: 'A first name or alias and what help was given; no legal name is needed.',
    records_fr: 'Un prénom ou un pseudonyme et l’aide donnée; aucun nom légal n’est nécessaire.',
  },
  {
    records: 'Name, date of birth and a case file kept locked for seven years.',
    records_fr: 'Le nom, la date de naissance et un dossier gardé sous clé pendant sept ans.',
  },
  { records: '' },
] as const;

/** When staff must report, in both languages; one in two says nothing. */
const DUTY_TO_REPORT = [
  {
    duty_to_report:
      'Staff must report when a child under 16 may be at risk, or when someone is at imminent risk of serious harm.',
    duty_to_report_fr:
      'Le personnel doit faire un signalement quand un enfant de moins de 16 ans peut être en danger, ou quand une personne court un risque imminent de préjudice grave.',
  },
  { duty_to_report: '' },
] as const;

function sampleNumber(rng: Rng): string {
  return `${rng.pick(['705', '249'])}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function schedulesFor(pattern: HoursPattern, id: () => string): Schedule[] {
  const rule = (byday: string, opens_at: string, closes_at: string): Schedule => ({
    id: id(),
    freq: 'WEEKLY',
    byday,
    opens_at,
    closes_at,
  });
  switch (pattern) {
    case 'always':
      return [rule(WEEKDAYS_ALL, '00:00', '24:00')];
    case 'office':
      return [rule(MON_FRI, '09:00', '17:00')];
    case 'office-late':
      return [rule('MO,WE,FR', '09:00', '17:00'), rule('TU,TH', '11:00', '21:00')];
    case 'evening-outreach':
      return [rule('TU,WE,TH,FR,SA', '20:00', '02:00')];
    case 'drop-in':
      return [rule('MO,WE,FR', '12:00', '20:00'), rule('SA', '12:00', '16:00')];
    case 'unknown':
      return [];
  }
}

function pickCommunities(rng: Rng, count: number): Community[] {
  // Every community gets an agency first; the rest go mostly to the larger towns.
  const weighted = COMMUNITIES.flatMap((c) =>
    Array<Community>(Math.max(1, Math.round(Math.sqrt((c.population ?? 500) / 1000)))).fill(c),
  );
  return Array.from({ length: count }, (_, i) =>
    i < COMMUNITIES.length ? (COMMUNITIES[i] as Community) : rng.pick(weighted),
  );
}

function templatesFor(rng: Rng, kind: (typeof ORG_KINDS)[number], count: number): ServiceTemplate[] {
  const preferred = SERVICE_TEMPLATES.filter((t) =>
    kind.indigenous
      ? t.taxonomy.some(
          (x) =>
            x === 'knowledge.indigenous' ||
            x === 'approach.indigenous-centric' ||
            x === 'program.children-back',
        )
      : kind.francophone
        ? t.key === 'francophone' || t.key === 'legal' || t.key === 'case-worker'
        : kind.en.includes('Housing')
          ? t.key === 'transitional' || t.key === 'long-term-housing' || t.key === 'shelter'
          : true,
  );
  const chosen: ServiceTemplate[] = [];
  while (chosen.length < count) {
    const pool = rng.chance(0.75) ? preferred : SERVICE_TEMPLATES;
    const t = rng.pick(pool);
    if (!chosen.includes(t)) chosen.push(t);
  }
  return chosen;
}

function languagesFor(
  rng: Rng,
  community: Community,
  template: ServiceTemplate,
  indigenous: boolean,
  id: () => string,
): Language[] {
  const codes: string[] = template.key === 'francophone' ? ['fr'] : ['en'];
  const frChance = FRANCOPHONE_TOWNS.has(community.id) ? 0.55 : 0.2;
  if (template.key === 'francophone' ? rng.chance(0.6) : rng.chance(frChance))
    codes.push(template.key === 'francophone' ? 'en' : 'fr');
  if (indigenous || community.access !== 'road' || rng.chance(0.08)) {
    codes.push(CREE_COAST.has(community.id) ? 'cr' : rng.chance(0.15) ? 'ojs' : 'oj');
  }
  return codes.map((code) => ({ id: id(), code }));
}

export function generateDirectory(options: GenerateOptions): Directory {
  const rng = createRng(options.seed);
  const id = () => uuidFromRandom(rng.next);
  const now = options.now.getTime();
  const daysAgo = (days: number) => new Date(now - days * DAY_MS);
  const maxServices = options.maxServices ?? Number.POSITIVE_INFINITY;
  const directory: Directory = { organizations: [], locations: [], services: [] };
  const usedNames = new Set<string>();
  const communities = pickCommunities(rng, options.organizations);

  for (let i = 0; i < options.organizations && directory.services.length < maxServices; i++) {
    const community = communities[i] as Community;
    const kind = rng.pick(ORG_KINDS);
    let orgName = `${rng.pick(ORG_PREFIXES)} ${kind.en}`;
    if (usedNames.has(orgName)) orgName = `${orgName} of ${community.name}`;
    if (usedNames.has(orgName)) orgName = `${orgName} ${i}`;
    usedNames.add(orgName);
    const modified = daysAgo(rng.int(1, 400)).toISOString();
    const orgId = id();
    const orgPhone: Phone = { id: id(), number: sampleNumber(rng), type: 'voice' };
    directory.organizations.push({
      id: orgId,
      name: orgName,
      ...(kind.francophone || rng.chance(0.3)
        ? { name_fr: `${kind.fr} ${orgName.replace(kind.en, '').trim()}` }
        : {}),
      description: `A fictional agency of the sample directory, based in ${community.name}.`,
      description_fr: `Organisme fictif du répertoire d’exemple, situé à ${community.name_fr ?? community.name}.`,
      phones: [orgPhone],
      last_modified: modified,
    });

    const templates = templatesFor(rng, kind, 2 + (i % 2));
    const confidentialSite = templates.some((t) => t.key === 'shelter' || t.key === 'transitional');
    const locationId = id();
    directory.locations.push({
      id: locationId,
      organization_id: orgId,
      location_type: 'physical',
      name: orgName,
      latitude: Math.round((community.lat + (rng.next() - 0.5) * 0.03) * 1e5) / 1e5,
      longitude: Math.round((community.lng + (rng.next() - 0.5) * 0.04) * 1e5) / 1e5,
      community_id: community.id,
      address_confidential: confidentialSite,
      addresses: confidentialSite
        ? []
        : [
            {
              id: id(),
              address_1: `${rng.int(10, 999)} ${rng.pick(STREETS)}`,
              city: community.name,
              state_province: 'ON',
              postal_code: `P${rng.int(0, 9)}${rng.pick(['A', 'B', 'C', 'E', 'G', 'H', 'J', 'L', 'N', 'P'])} ${rng.int(1, 9)}${rng.pick(['A', 'C', 'E', 'K', 'M', 'R', 'T'])}${rng.int(0, 9)}`,
              country: 'CA',
              address_type: 'physical',
            },
          ],
      last_modified: modified,
    });

    for (const template of templates) {
      if (directory.services.length >= maxServices) break;
      const modes: DeliveryMode[] = [...template.modes];
      if (!modes.includes('virtual') && rng.chance(0.15)) modes.push('virtual');
      const waitlist = template.capacity ? tri(rng, 0.45, 0.35) : tri(rng, 0.12, 0.6);
      const shelterLike = template.key === 'shelter' || template.key === 'transitional';
      const hours = rng.chance(0.1) ? 'unknown' : rng.pick(template.hours);
      const availability: AvailabilityStatus = template.capacity
        ? rng.pick(['space', 'full', 'waitlist', 'space', 'unknown'] as const)
        : 'unknown';
      const served = template.regional
        ? COMMUNITIES.map((c) => c.id)
        : COMMUNITIES.filter(
            (c) =>
              c.id === community.id ||
              (c.access === 'road' &&
                community.access === 'road' &&
                greatCircleKm(c, community) <= NEARBY_KM &&
                rng.chance(0.6)),
          ).map((c) => c.id);
      const phones: Phone[] = [{ id: id(), number: sampleNumber(rng), type: 'voice' }];
      if (modes.includes('text')) phones.push({ id: id(), number: sampleNumber(rng), type: 'text' });
      const closed = rng.chance(0.03);
      const taxonomy = [...new Set([...template.taxonomy, ...rng.sample(APPROACHES, rng.int(0, 2))])];
      directory.services.push({
        id: id(),
        organization_id: orgId,
        name: template.name,
        name_fr: template.name_fr,
        description: template.description,
        description_fr: template.description_fr,
        status: closed ? 'temporarily closed' : 'active',
        application_process: template.next_steps,
        application_process_fr: template.next_steps_fr,
        ...(template.minAge === undefined ? {} : { minimum_age: template.minAge }),
        ...(template.maxAge === undefined ? {} : { maximum_age: template.maxAge }),
        conditions: {
          id_required: tri(rng, 0.2, 0.55),
          sobriety_required: shelterLike ? tri(rng, 0.35, 0.45) : tri(rng, 0.08, 0.7),
          referral_required: tri(rng, 0.18, 0.6),
          must_identify_as_trafficked: tri(rng, 0.05, 0.75),
          police_report_required:
            template.key === 'victim-services' ? tri(rng, 0.25, 0.55) : tri(rng, 0.03, 0.8),
          cost: template.key === 'legal' ? 'no' : tri(rng, 0.05, 0.8),
          waitlist,
          typical_wait_days: waitlist === 'yes' && rng.chance(0.8) ? rng.int(3, 120) : null,
        },
        confidentiality: {
          ...rng.pick(RECORDS),
          anonymous_ok: tri(rng, 0.55, 0.2),
          ...rng.pick(DUTY_TO_REPORT),
          police_contact: tri(rng, 0.08, 0.7),
        },
        availability: {
          status: availability,
          set_at:
            availability === 'unknown' ? null : daysAgo(rng.next() * rng.pick([0.5, 3, 20])).toISOString(),
        },
        phones,
        schedules: schedulesFor(hours, id),
        languages: languagesFor(rng, community, template, kind.indigenous, id),
        delivery_modes: modes,
        service_areas: template.regional
          ? [{ id: id(), name: 'Northeastern Ontario' }]
          : [{ id: id(), name: `${community.name} and area`, community_id: community.id }],
        communities_served: served,
        location_ids: modes.includes('in_person') ? [locationId] : [],
        indigenous_led: kind.indigenous ? 'yes' : tri(rng, 0.05, 0.6),
        lived_experience_staff: template.key === 'peer-outreach' ? 'yes' : tri(rng, 0.3, 0.3),
        taxonomy_ids: taxonomy,
        assured_date: isoDay(daysAgo(rng.int(5, 720))),
        ...(closed
          ? {
              alert: 'Temporarily closed for renovations; call the main line for other options.',
              alert_fr:
                'Fermé temporairement pour des rénovations; appelez la ligne principale pour d’autres options.',
            }
          : rng.chance(0.05)
            ? {
                alert: 'Hours are changing over the holidays: call before you go.',
                alert_fr: 'Les heures changent pendant les fêtes : appelez avant de vous déplacer.',
              }
            : {}),
        last_modified: modified,
      });
    }
  }
  return directory;
}

/** A directory of exactly `count` services, for benchmarks. */
export function generateServices(
  count: number,
  seed: number,
  now: Date = new Date('2026-11-01T12:00:00Z'),
): Directory {
  return generateDirectory({ seed, organizations: Math.ceil(count / 2.5) + 1, maxServices: count, now });
}
