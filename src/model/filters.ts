// Directory filters. Every access-condition filter asks for a definite "no" (no ID needed, no
// sobriety rule, free, …): "unknown" never passes, because a person turned away at the door after a
// long trip is the harm this directory exists to prevent. Unknown hours never count as open.
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
    (f.livedExperience ? 1 : 0)
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
