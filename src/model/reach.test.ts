import { describe, expect, it } from 'vitest';
import { sampleLocation, sampleService, testCommunity } from '../../tests/fixtures/records';
import type { Location } from './location';
import { type Place, placeOfCommunity, placeOfPoint, reachOf } from './reach';
import type { AccessMode, Community } from './reference';
import type { DeliveryMode, Service } from './service';

const C = testCommunity;
const TIMMINS = C('timmins', 48.4669, -81.3331, 'road');
const COCHRANE = C('cochrane', 49.0669, -81.0331, 'road');
const MOOSONEE = C('moosonee', 51.2793, -80.6345, 'rail');
const ATTAWAPISKAT = C('attawapiskat', 52.9277, -82.4167, 'fly-in');
const ALL = [TIMMINS, COCHRANE, MOOSONEE, ATTAWAPISKAT];
const accessOf = (id: string) => ALL.find((c) => c.id === id)?.access;

function serviceIn(
  community: Community,
  modes: DeliveryMode[],
  served: string[] = [],
): [Service, Location[]] {
  const location: Location = {
    ...sampleLocation(),
    community_id: community.id,
    latitude: community.lat,
    longitude: community.lng,
  };
  const service: Service = {
    ...sampleService(),
    delivery_modes: modes,
    communities_served: served,
    service_areas: [],
    location_ids: [location.id],
  };
  return [service, [location]];
}

describe('reachOf', () => {
  it.each<[string, Place, [Service, Location[]], Partial<ReturnType<typeof reachOf>>]>([
    [
      'in person in my own town',
      placeOfCommunity(TIMMINS),
      serviceIn(TIMMINS, ['in_person']),
      { travel: 'none', reachable: true, remote: false },
    ],
    [
      'in person one road trip away',
      placeOfCommunity(COCHRANE),
      serviceIn(TIMMINS, ['in_person']),
      { travel: 'road', reachable: true },
    ],
    [
      'in person, from a fly-in community',
      placeOfCommunity(ATTAWAPISKAT),
      serviceIn(TIMMINS, ['in_person']),
      { travel: 'flight', reachable: false },
    ],
    [
      'in person, from a rail-only community',
      placeOfCommunity(MOOSONEE),
      serviceIn(TIMMINS, ['in_person']),
      { travel: 'train', reachable: false },
    ],
    [
      'in person in a fly-in community, from a road town',
      placeOfCommunity(TIMMINS),
      serviceIn(ATTAWAPISKAT, ['in_person']),
      { travel: 'flight', reachable: false },
    ],
    [
      'by phone, from a fly-in community',
      placeOfCommunity(ATTAWAPISKAT),
      serviceIn(TIMMINS, ['in_person', 'phone']),
      { travel: 'flight', remote: true, reachable: true },
    ],
    [
      'outreach covering a fly-in community',
      placeOfCommunity(ATTAWAPISKAT),
      serviceIn(TIMMINS, ['outreach'], ['attawapiskat']),
      { outreachHere: true, servesPlace: true, reachable: true, travel: null },
    ],
    [
      'outreach elsewhere',
      placeOfCommunity(ATTAWAPISKAT),
      serviceIn(TIMMINS, ['outreach'], ['timmins']),
      { outreachHere: false, reachable: false, distanceKm: null },
    ],
  ])('%s', (_name, place, [service, locations], expected) => {
    expect(reachOf(service, locations, place, accessOf)).toMatchObject(expected);
  });

  it('measures the distance to the nearest location', () => {
    const [service, locations] = serviceIn(TIMMINS, ['in_person']);
    const reach = reachOf(service, locations, placeOfCommunity(COCHRANE), accessOf);
    expect(reach.distanceKm).toBeGreaterThan(69);
    expect(reach.distanceKm).toBeLessThan(71);
  });
});

describe('placeOfPoint', () => {
  it.each<[string, number, number, string | null, AccessMode]>([
    ['in Timmins', 48.47, -81.33, 'timmins', 'road'],
    ['just outside Attawapiskat', 52.95, -82.4, 'attawapiskat', 'fly-in'],
    ['far from every community', 44.0, -79.0, null, 'road'],
  ])('%s', (_name, lat, lng, communityId, access) => {
    expect(placeOfPoint(lat, lng, ALL)).toMatchObject({ communityId, access });
  });
});
