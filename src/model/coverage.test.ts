import { describe, expect, it } from 'vitest';
import { sampleLocation, sampleService, testCommunity } from '../../tests/fixtures/records';
import {
  type CoverageMatrix,
  cellAt,
  communityWheel,
  coverageLevel,
  coverageMatrix,
  gapKind,
  type NEEDS,
  rankedGaps,
} from './coverage';
import type { Location } from './location';
import type { Community } from './reference';
import type { DeliveryMode, Service } from './service';
import type { TaxonomyId } from './taxonomy';

const C = testCommunity;
// Timmins and Cochrane are ~70 km apart; Moosonee is rail-only, Attawapiskat fly-in.
const TIMMINS = C('timmins', 48.4669, -81.3331, 'road', 41788);
const COCHRANE = C('cochrane', 49.0669, -81.0331, 'road', 5321);
const MOOSONEE = C('moosonee', 51.2793, -80.6345, 'rail', 1481);
const ATTAWAPISKAT = C('attawapiskat', 52.9277, -82.4167, 'fly-in', 1501);
const ALL = [TIMMINS, COCHRANE, MOOSONEE, ATTAWAPISKAT];

let n = 0;
function service(
  taxonomy: TaxonomyId[],
  modes: DeliveryMode[],
  at: Community | null,
  served: string[] = [],
): [Service, Location | null] {
  n += 1;
  const location: Location | null = at
    ? {
        ...sampleLocation(),
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        community_id: at.id,
        latitude: at.lat,
        longitude: at.lng,
      }
    : null;
  const s: Service = {
    ...sampleService(),
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status: 'active',
    taxonomy_ids: taxonomy,
    delivery_modes: modes,
    communities_served: served,
    service_areas: [],
    location_ids: location ? [location.id] : [],
  };
  return [s, location];
}

function matrix(entries: Array<[Service, Location | null]>, radiusKm = 100): CoverageMatrix {
  const locations = new Map(entries.flatMap(([, l]) => (l ? [[l.id, l] as const] : [])));
  return coverageMatrix({ services: entries.map(([s]) => s), locations, communities: ALL, radiusKm });
}

describe('the coverage matrix', () => {
  const m = matrix([
    service(['program.transitional-housing'], ['in_person'], TIMMINS),
    service(['program.transitional-housing', 'program.case-worker'], ['in_person'], TIMMINS),
    service(['sector.crisis-line'], ['phone', 'text'], null, [
      'timmins',
      'cochrane',
      'moosonee',
      'attawapiskat',
    ]),
    service(['program.peer-outreach'], ['outreach'], null, ['cochrane']),
    service(['program.safer-shelter'], ['in_person'], MOOSONEE),
  ]);

  it.each<
    [string, string, { located: number; withinRadius: number; area: number; remote: number; total: number }]
  >([
    [
      'timmins',
      'program.transitional-housing',
      { located: 2, withinRadius: 0, area: 0, remote: 0, total: 2 },
    ],
    [
      'cochrane',
      'program.transitional-housing',
      { located: 0, withinRadius: 2, area: 0, remote: 0, total: 2 },
    ],
    [
      'moosonee',
      'program.transitional-housing',
      { located: 0, withinRadius: 0, area: 0, remote: 0, total: 0 },
    ],
    ['attawapiskat', 'sector.crisis-line', { located: 0, withinRadius: 0, area: 1, remote: 0, total: 1 }],
    ['cochrane', 'program.peer-outreach', { located: 0, withinRadius: 0, area: 1, remote: 0, total: 1 }],
    ['timmins', 'program.peer-outreach', { located: 0, withinRadius: 0, area: 0, remote: 0, total: 0 }],
  ])('%s × %s', (community, need, counts) => {
    expect(cellAt(m, community, need as (typeof NEEDS)[number])).toMatchObject(counts);
  });

  it('finds the nearest in-person service, its distance and whether the road reaches it', () => {
    expect(cellAt(m, 'cochrane', 'program.transitional-housing')?.nearest).toMatchObject({
      communityId: 'timmins',
      byRoad: true,
    });
    expect(cellAt(m, 'cochrane', 'program.transitional-housing')?.nearest?.km).toBeCloseTo(70.2, 0);
    expect(cellAt(m, 'timmins', 'program.safer-shelter')?.nearest).toMatchObject({
      communityId: 'moosonee',
      byRoad: false,
    });
    expect(cellAt(m, 'attawapiskat', 'program.transitional-housing')?.nearest).toMatchObject({
      communityId: 'timmins',
      byRoad: false,
    });
    expect(cellAt(m, 'timmins', 'program.transitional-housing')?.nearest?.km).toBe(0);
  });

  it.each<[string, string, string]>([
    ['timmins', 'program.transitional-housing', 'local'],
    ['cochrane', 'program.transitional-housing', 'nearby'],
    ['attawapiskat', 'sector.crisis-line', 'remote-only'],
    ['moosonee', 'program.transitional-housing', 'none'],
  ])('%s × %s is %s', (community, need, level) => {
    expect(coverageLevel(cellAt(m, community, need as (typeof NEEDS)[number])!)).toBe(level);
  });

  it('widening the radius counts farther services as within reach', () => {
    const wide = matrix([service(['program.transitional-housing'], ['in_person'], TIMMINS)], 500);
    expect(cellAt(wide, 'moosonee', 'program.transitional-housing')).toMatchObject({
      withinRadius: 1,
      total: 1,
    });
  });

  it('ignores services that no longer run', () => {
    const [s, l] = service(['program.safer-shelter'], ['in_person'], TIMMINS);
    const gone = matrix([[{ ...s, status: 'defunct' }, l]]);
    expect(cellAt(gone, 'timmins', 'program.safer-shelter')?.total).toBe(0);
  });
});

describe('medicine wheel per community', () => {
  it('counts programs that reach the community, by aspect of well-being', () => {
    const m = matrix([service(['program.safer-shelter', 'program.case-worker'], ['in_person'], TIMMINS)]);
    const wheel = Object.fromEntries(communityWheel(m, 'timmins').map((w) => [w.aspect, w.programs.length]));
    expect(wheel).toEqual({ physical: 1, emotional: 1, psychological: 1, spiritual: 0 });
    expect(communityWheel(m, 'attawapiskat').every((w) => w.programs.length === 0)).toBe(true);
  });
});

describe('gaps', () => {
  const m = matrix([
    service(['program.transitional-housing'], ['in_person'], TIMMINS),
    service(['program.safer-shelter'], ['in_person'], MOOSONEE),
    service(['sector.crisis-line'], ['phone'], null, ['attawapiskat']),
  ]);

  it.each<[string, string, number, string | null]>([
    ['timmins', 'program.transitional-housing', 150, null],
    ['cochrane', 'program.transitional-housing', 150, null],
    ['cochrane', 'program.transitional-housing', 50, 'far'],
    ['timmins', 'program.long-term-housing', 150, 'nothing'],
    ['cochrane', 'program.safer-shelter', 300, 'not-by-road'],
    ['attawapiskat', 'sector.crisis-line', 150, 'remote-only'],
    ['attawapiskat', 'program.transitional-housing', 150, 'far'],
  ])('%s × %s within %i km → %s', (community, need, gapKm, kind) => {
    expect(gapKind(cellAt(m, community, need as (typeof NEEDS)[number])!, { gapKm })).toBe(kind);
  });

  it('ranks nothing-at-all first, and bigger communities first within a kind', () => {
    const gaps = rankedGaps(m, { gapKm: 150 });
    expect(gaps[0]).toMatchObject({ kind: 'nothing', community: 'timmins' });
    const kinds = gaps.map((g) => g.severity);
    expect(kinds).toEqual([...kinds].sort((a, b) => b - a));
    expect(gaps.some((g) => g.community === 'timmins' && g.need === 'program.transitional-housing')).toBe(
      false,
    );
  });
});
