// How a person at a place can get to a service: by phone, text or video from anywhere, by outreach
// or a service area that covers their community, or by travelling to one of its locations (by road,
// or, to and from fly-in and rail-only communities, by plane or train).
import { greatCircleKm } from './geo';
import type { Location } from './location';
import type { AccessMode, Community } from './reference';
import type { DeliveryMode, Service } from './service';

export interface Place {
  lat: number;
  lng: number;
  /** The region community the place is in (or nearest to); null when far from all of them. */
  communityId: string | null;
  access: AccessMode;
}

export type Travel = 'none' | 'road' | 'flight' | 'train';

export interface Reach {
  /** Usable without travel: phone, text or virtual. */
  remote: boolean;
  /** Its service area (or list of communities served) covers the place's community. */
  servesPlace: boolean;
  /** Outreach workers come to the place's community. */
  outreachHere: boolean;
  /** Kilometres to its nearest in-person location; null when it has none. */
  distanceKm: number | null;
  /** How one gets to that nearest location; null when it has none. */
  travel: Travel | null;
  /** The community of that nearest location; null when it has none. */
  nearestCommunityId: string | null;
  /** Reaches the person: remotely, in their area, or by road. A flight or a train does not count. */
  reachable: boolean;
}

const REMOTE_MODES: readonly DeliveryMode[] = ['phone', 'text', 'virtual'];
/** A GPS fix farther than this from every community is "somewhere on the road network". */
export const NEAREST_COMMUNITY_MAX_KM = 60;

export function placeOfCommunity(community: Community): Place {
  return { lat: community.lat, lng: community.lng, communityId: community.id, access: community.access };
}

/** A device position, attached to the nearest community when one is close enough. */
export function placeOfPoint(lat: number, lng: number, communities: readonly Community[]): Place {
  let nearest: Community | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const c of communities) {
    const d = greatCircleKm({ lat, lng }, c);
    if (d < best) {
      best = d;
      nearest = c;
    }
  }
  if (nearest && best <= NEAREST_COMMUNITY_MAX_KM) {
    return { lat, lng, communityId: nearest.id, access: nearest.access };
  }
  return { lat, lng, communityId: null, access: 'road' };
}

function travelBetween(
  from: Place,
  to: Location,
  accessOf: (communityId: string) => AccessMode | undefined,
): Travel {
  if (from.communityId !== null && from.communityId === to.community_id) return 'none';
  const there = accessOf(to.community_id) ?? 'road';
  if (from.access === 'fly-in' || there === 'fly-in') return 'flight';
  if (from.access === 'rail' || there === 'rail') return 'train';
  return 'road';
}

export function servesCommunity(
  service: Service,
  communityId: string,
  locations: readonly Location[],
): boolean {
  return (
    service.communities_served.includes(communityId) ||
    service.service_areas.some((a) => a.community_id === communityId) ||
    (service.delivery_modes.includes('in_person') && locations.some((l) => l.community_id === communityId))
  );
}

/**
 * `locations` are the service's own in-person locations; `accessOf` gives a community's access mode.
 */
export function reachOf(
  service: Service,
  locations: readonly Location[],
  place: Place,
  accessOf: (communityId: string) => AccessMode | undefined,
): Reach {
  const remote = service.delivery_modes.some((m) => REMOTE_MODES.includes(m));
  const servesPlace = place.communityId !== null && servesCommunity(service, place.communityId, locations);
  const outreachHere = servesPlace && service.delivery_modes.includes('outreach');
  let nearest: Location | null = null;
  let distanceKm: number | null = null;
  if (service.delivery_modes.includes('in_person')) {
    for (const location of locations) {
      if (location.location_type !== 'physical') continue;
      const d = greatCircleKm(place, { lat: location.latitude, lng: location.longitude });
      if (distanceKm === null || d < distanceKm) {
        distanceKm = d;
        nearest = location;
      }
    }
  }
  const travel = nearest ? travelBetween(place, nearest, accessOf) : null;
  return {
    remote,
    servesPlace,
    outreachHere,
    distanceKm,
    travel,
    nearestCommunityId: nearest?.community_id ?? null,
    reachable: remote || servesPlace || travel === 'none' || travel === 'road',
  };
}
