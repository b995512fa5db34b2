// The community service map: for every community and every need, how many services serve it and
// how (located there, within a radius, through a service area, or remotely), the nearest in-person
// service with its distance and whether it is reachable by road, medicine-wheel coverage, and the
// gaps ranked. Pure: the map screen, the gap report, the CSV and the benchmark all run this.
import { isListed } from './filters';
import { greatCircleKm } from './geo';
import type { Location } from './location';
import type { Community } from './reference';
import type { DeliveryMode, Service } from './service';
import { PROGRAMMING, type ProgramId, SECTORS, type SectorId, WELLBEING, type Wellbeing } from './taxonomy';
import { SUGGESTED_ASPECTS } from './workbookRules';

/** Needs are the programming and the sectors (travel support included). */
export const NEEDS = [...PROGRAMMING, ...SECTORS] as const;
export type NeedId = ProgramId | SectorId;

const REMOTE_MODES: readonly DeliveryMode[] = ['phone', 'text', 'virtual'];

export interface Nearest {
  serviceId: string;
  communityId: string;
  km: number;
  /** Both ends reachable by road (or the same community). */
  byRoad: boolean;
}

export interface MatrixCell {
  community: string;
  need: NeedId;
  /** Distinct services with an in-person location in the community. */
  located: number;
  /** Other services with an in-person location within the radius. */
  withinRadius: number;
  /** Services whose service area (or list of communities served) covers it, not counted above. */
  area: number;
  /** Services reachable by phone, text or video only, not counted above. */
  remote: number;
  /** Distinct services serving it in any of these ways. */
  total: number;
  nearest: Nearest | null;
}

export interface CoverageMatrix {
  radiusKm: number;
  communities: readonly Community[];
  needs: readonly NeedId[];
  /** cells[communityIndex][needIndex] */
  cells: MatrixCell[][];
}

export interface CoverageInput {
  services: readonly Service[];
  locations: ReadonlyMap<string, Location>;
  communities: readonly Community[];
  radiusKm: number;
}

const NEED_INDEX = new Map<string, number>(NEEDS.map((n, i) => [n, i]));

export function coverageMatrix({
  services,
  locations,
  communities,
  radiusKm,
}: CoverageInput): CoverageMatrix {
  const accessOf = new Map(communities.map((c) => [c.id, c.access]));
  const cells = communities.map((c) =>
    NEEDS.map(
      (need): MatrixCell => ({
        community: c.id,
        need,
        located: 0,
        withinRadius: 0,
        area: 0,
        remote: 0,
        total: 0,
        nearest: null,
      }),
    ),
  );

  for (const service of services) {
    if (!isListed(service)) continue;
    const needs: number[] = [];
    for (const id of service.taxonomy_ids) {
      const i = NEED_INDEX.get(id);
      if (i !== undefined) needs.push(i);
    }
    if (needs.length === 0) continue;
    const inPerson = service.delivery_modes.includes('in_person');
    const places: Location[] = [];
    if (inPerson) {
      for (const id of service.location_ids) {
        const l = locations.get(id);
        if (l && l.location_type === 'physical') places.push(l);
      }
    }
    const remote = service.delivery_modes.some((m) => REMOTE_MODES.includes(m));
    const served = new Set(service.communities_served);
    for (const area of service.service_areas) if (area.community_id) served.add(area.community_id);

    for (let ci = 0; ci < communities.length; ci++) {
      const community = communities[ci] as Community;
      let best: Location | null = null;
      let bestKm = Number.POSITIVE_INFINITY;
      let here = false;
      for (const l of places) {
        if (l.community_id === community.id) here = true;
        const km =
          l.community_id === community.id
            ? 0
            : greatCircleKm(community, { lat: l.latitude, lng: l.longitude });
        if (km < bestKm) {
          bestKm = km;
          best = l;
        }
      }
      const kind = here
        ? 'located'
        : best && bestKm <= radiusKm
          ? 'withinRadius'
          : served.has(community.id)
            ? 'area'
            : remote
              ? 'remote'
              : null;
      const row = cells[ci] as MatrixCell[];
      for (const ni of needs) {
        const cell = row[ni] as MatrixCell;
        if (kind) {
          cell[kind] += 1;
          cell.total += 1;
        }
        if (best && (cell.nearest === null || bestKm < cell.nearest.km)) {
          const there = accessOf.get(best.community_id) ?? 'road';
          cell.nearest = {
            serviceId: service.id,
            communityId: best.community_id,
            km: bestKm,
            byRoad: best.community_id === community.id || (community.access === 'road' && there === 'road'),
          };
        }
      }
    }
  }
  return { radiusKm, communities, needs: NEEDS, cells };
}

export function cellAt(matrix: CoverageMatrix, communityId: string, need: NeedId): MatrixCell | undefined {
  const ci = matrix.communities.findIndex((c) => c.id === communityId);
  const ni = NEED_INDEX.get(need);
  return ci < 0 || ni === undefined ? undefined : matrix.cells[ci]?.[ni];
}

/** How a community is served for a need, for colouring the map. */
export type CoverageLevel = 'local' | 'nearby' | 'remote-only' | 'none';

export function coverageLevel(cell: MatrixCell): CoverageLevel {
  if (cell.located > 0) return 'local';
  if (cell.withinRadius > 0) return 'nearby';
  if (cell.area + cell.remote > 0) return 'remote-only';
  return 'none';
}

/**
 * Per community, which programs reach it in any way, by aspect of well-being (the medicine wheel's
 * physical, emotional, psychological and spiritual), after this app's suggested mapping.
 */
export function communityWheel(
  matrix: CoverageMatrix,
  communityId: string,
): Array<{ aspect: Wellbeing; programs: ProgramId[] }> {
  return WELLBEING.map((aspect) => ({
    aspect,
    programs: PROGRAMMING.filter(
      (p) => SUGGESTED_ASPECTS[p].includes(aspect) && (cellAt(matrix, communityId, p)?.total ?? 0) > 0,
    ),
  }));
}

export interface GapThresholds {
  /** No in-person service closer than this is a gap. */
  gapKm: number;
}

export type GapKind = 'nothing' | 'remote-only' | 'far' | 'not-by-road';

export interface Gap {
  community: string;
  need: NeedId;
  kind: GapKind;
  nearest: Nearest | null;
  /** Higher is worse; used to rank. */
  severity: number;
}

const SEVERITY: Record<GapKind, number> = { nothing: 4, far: 3, 'not-by-road': 2, 'remote-only': 1 };

export function gapKind(cell: MatrixCell, thresholds: GapThresholds): GapKind | null {
  const { nearest } = cell;
  if (nearest?.byRoad && nearest.km <= thresholds.gapKm) return null;
  if (nearest && !nearest.byRoad && nearest.km <= thresholds.gapKm) return 'not-by-road';
  if (cell.area + cell.remote > 0) return 'remote-only';
  return nearest ? 'far' : 'nothing';
}

/**
 * Every community and need with no in-person service within `gapKm` by road, ranked: nothing at
 * all, then in person only far away, then in person only by air or train, then remote only; larger
 * communities and longer distances first within each.
 */
export function rankedGaps(matrix: CoverageMatrix, thresholds: GapThresholds): Gap[] {
  const gaps: Gap[] = [];
  matrix.communities.forEach((community, ci) => {
    matrix.needs.forEach((need, ni) => {
      const cell = matrix.cells[ci]?.[ni];
      const kind = cell ? gapKind(cell, thresholds) : null;
      if (cell && kind)
        gaps.push({ community: community.id, need, kind, nearest: cell.nearest, severity: SEVERITY[kind] });
    });
  });
  const population = new Map(matrix.communities.map((c) => [c.id, c.population ?? 0]));
  return gaps.sort(
    (a, b) =>
      b.severity - a.severity ||
      (population.get(b.community) ?? 0) - (population.get(a.community) ?? 0) ||
      (b.nearest?.km ?? Number.POSITIVE_INFINITY) - (a.nearest?.km ?? Number.POSITIVE_INFINITY) ||
      a.community.localeCompare(b.community) ||
      a.need.localeCompare(b.need),
  );
}
