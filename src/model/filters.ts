// Directory filters. Every access-condition filter asks for a definite "no" (no ID needed, no
// sobriety rule, free, …): "unknown" never passes, because a person turned away at the door after a
// long trip is the harm this directory exists to prevent. Unknown hours never count as open. The
// privacy filters likewise pass a definite answer only: police known not to be contacted without
// consent, a legal name known not to be needed. Filters live in memory only (never stored), and a
// filters object made before a field existed reads that field as off.
import type { Location } from './location';
import { isOpenNow } from './openNow';
import { servesCommunity } from './reach';
import type { AccessCondition, AvailabilityStatus, DeliveryMode, Service } from './service';
import type { TaxonomyId } from './taxonomy';

export interface DirectoryFilters {
  /** Conditions the service must be known NOT to impose. */
  without: AccessCondition[];
  /** Taxonomy terms the service must all carry. */
  taxonomy: TaxonomyId[];
  openNow: boolean;
  /** ISO 639 codes; any of them. */
  languages: string[];
  /** Any of them. */
  modes: DeliveryMode[];
  /** Serves this community (located there, or its area covers it). */
  community: string | null;
  /** Any of them; "unknown" is never offered as a choice. */
  availability: Exclude<AvailabilityStatus, 'unknown'>[];
  indigenousLed: boolean;
  livedExperience: boolean;
  /** Police are known NOT to be contacted without the person's consent ("no" only). */
  noPoliceWithoutConsent: boolean;
  /** Known to serve a person who gives no legal name ("yes" only). */
  noLegalName: boolean;
}

export const NO_FILTERS: DirectoryFilters = {
  without: [],
  taxonomy: [],
  openNow: false,
  languages: [],
  modes: [],
  community: null,
  availability: [],
  indigenousLed: false,
  livedExperience: false,
  noPoliceWithoutConsent: false,
  noLegalName: false,
};

/** How many filters are set, for the "Filters (3)" button. */
export function activeFilterCount(f: DirectoryFilters): number {
  return (
    f.without.length +
    f.taxonomy.length +
    f.languages.length +
    f.modes.length +
    f.availability.length +
    (f.openNow ? 1 : 0) +
    (f.community ? 1 : 0) +
    (f.indigenousLed ? 1 : 0) +
    (f.livedExperience ? 1 : 0) +
    (f.noPoliceWithoutConsent ? 1 : 0) +
    (f.noLegalName ? 1 : 0)
  );
}

/** Services that no longer run are never listed; a temporary closure is, with its alert. */
export function isListed(service: Service): boolean {
  return service.status === 'active' || service.status === 'temporarily closed';
}

export function matchesFilters(
  service: Service,
  locations: readonly Location[],
  filters: DirectoryFilters,
  /** A Date, or a minute of the week from `weekMinute()`. */
  at: Date | number,
): boolean {
  if (!isListed(service)) return false;
  for (const condition of filters.without) if (service.conditions[condition] !== 'no') return false;
  for (const term of filters.taxonomy) if (!service.taxonomy_ids.includes(term)) return false;
  if (filters.indigenousLed && service.indigenous_led !== 'yes') return false;
  if (filters.livedExperience && service.lived_experience_staff !== 'yes') return false;
  if (filters.noPoliceWithoutConsent && service.confidentiality.police_contact !== 'no') return false;
  if (filters.noLegalName && service.confidentiality.anonymous_ok !== 'yes') return false;
  if (filters.languages.length > 0 && !service.languages.some((l) => filters.languages.includes(l.code))) {
    return false;
  }
  if (filters.modes.length > 0 && !service.delivery_modes.some((m) => filters.modes.includes(m)))
    return false;
  if (
    filters.availability.length > 0 &&
    !filters.availability.includes(service.availability.status as Exclude<AvailabilityStatus, 'unknown'>)
  ) {
    return false;
  }
  if (filters.community && !servesCommunity(service, filters.community, locations)) return false;
  if (filters.openNow && (service.status !== 'active' || !isOpenNow(service.schedules, at))) return false;
  return true;
}

/** One active filter as a chip: what it is, and the filters without it (one tap removes it). */
export type FilterChip =
  | {
      kind: 'openNow' | 'indigenousLed' | 'livedExperience' | 'noPoliceWithoutConsent' | 'noLegalName';
      rest: DirectoryFilters;
    }
  | { kind: 'without'; value: AccessCondition; rest: DirectoryFilters }
  | { kind: 'taxonomy'; value: TaxonomyId; rest: DirectoryFilters }
  | { kind: 'language'; value: string; rest: DirectoryFilters }
  | { kind: 'mode'; value: DeliveryMode; rest: DirectoryFilters }
  | { kind: 'availability'; value: Exclude<AvailabilityStatus, 'unknown'>; rest: DirectoryFilters }
  | { kind: 'community'; value: string; rest: DirectoryFilters };

/** Every active filter, one chip each, in the order the panel lists them. */
export function filterChips(f: DirectoryFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  const without = <T>(list: readonly T[], item: T) => list.filter((x) => x !== item);
  if (f.openNow) chips.push({ kind: 'openNow', rest: { ...f, openNow: false } });
  for (const value of f.without)
    chips.push({ kind: 'without', value, rest: { ...f, without: without(f.without, value) } });
  if (f.noPoliceWithoutConsent)
    chips.push({ kind: 'noPoliceWithoutConsent', rest: { ...f, noPoliceWithoutConsent: false } });
  if (f.noLegalName) chips.push({ kind: 'noLegalName', rest: { ...f, noLegalName: false } });
  for (const value of f.availability)
    chips.push({ kind: 'availability', value, rest: { ...f, availability: without(f.availability, value) } });
  if (f.indigenousLed) chips.push({ kind: 'indigenousLed', rest: { ...f, indigenousLed: false } });
  if (f.livedExperience) chips.push({ kind: 'livedExperience', rest: { ...f, livedExperience: false } });
  for (const value of f.languages)
    chips.push({ kind: 'language', value, rest: { ...f, languages: without(f.languages, value) } });
  for (const value of f.modes)
    chips.push({ kind: 'mode', value, rest: { ...f, modes: without(f.modes, value) } });
  if (f.community) chips.push({ kind: 'community', value: f.community, rest: { ...f, community: null } });
  for (const value of f.taxonomy)
    chips.push({ kind: 'taxonomy', value, rest: { ...f, taxonomy: without(f.taxonomy, value) } });
  return chips;
}

/** The few filters a person asks about first, one tap each above the results. */
export const QUICK_FILTERS = ['openNow', 'noId', 'noSobriety', 'french', 'indigenousLed'] as const;
export type QuickFilter = (typeof QUICK_FILTERS)[number];

export function quickFilterOn(f: DirectoryFilters, quick: QuickFilter): boolean {
  switch (quick) {
    case 'openNow':
      return f.openNow;
    case 'noId':
      return f.without.includes('id_required');
    case 'noSobriety':
      return f.without.includes('sobriety_required');
    case 'french':
      return f.languages.includes('fr');
    case 'indigenousLed':
      return f.indigenousLed;
  }
}

export function toggleQuickFilter(f: DirectoryFilters, quick: QuickFilter): DirectoryFilters {
  const on = quickFilterOn(f, quick);
  const flip = <T>(list: readonly T[], item: T) => (on ? list.filter((x) => x !== item) : [...list, item]);
  switch (quick) {
    case 'openNow':
      return { ...f, openNow: !on };
    case 'noId':
      return { ...f, without: flip(f.without, 'id_required') };
    case 'noSobriety':
      return { ...f, without: flip(f.without, 'sobriety_required') };
    case 'french':
      return { ...f, languages: flip(f.languages, 'fr') };
    case 'indigenousLed':
      return { ...f, indigenousLed: !on };
  }
}

/** Whether a chip is the same filter as a quick toggle (shown pressed there, not again as a chip). */
export function isQuickChip(chip: FilterChip): boolean {
  return (
    chip.kind === 'openNow' ||
    chip.kind === 'indigenousLed' ||
    (chip.kind === 'without' && (chip.value === 'id_required' || chip.value === 'sobriety_required')) ||
    (chip.kind === 'language' && chip.value === 'fr')
  );
}
