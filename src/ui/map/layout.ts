// Where each community sits on the drawn map: projected, spread so each can be picked, and which
// names fit. Pure, so the tests can check the real region as well as small tables.
import type { Community } from '../../model/reference';
import { type PlacedLabel, placeLabels, shortName } from './labels';
import { projector } from './projection';
import { spreadPoints } from './spread';

/**
 * viewBox units. At a 320 px wide screen the map is about 286 CSS px wide (0.79 px a unit), so a
 * 16-unit radius is a hit area of 25 CSS px, over the 24 px that WCAG 2.5.8 asks.
 */
export const HIT_RADIUS = 16;
/** The drawn marker's extent, which labels keep clear of. */
export const MARKER_RADIUS = 9;
/** The rings' outer edges (Marker.tsx: radius and half the stroke). */
export const SELECTED_RADIUS = 15;
export const FLY_IN_RADIUS = 12;
export const LABEL_FONT_SIZE = 13;

export interface MapPoint {
  community: Community;
  /** Where the marker is drawn. */
  x: number;
  y: number;
  /** Where the community is (the marker was pushed away from it when another was too close). */
  trueX: number;
  trueY: number;
}

export interface MapLayout {
  width: number;
  height: number;
  points: MapPoint[];
}

export function mapLayout(communities: readonly Community[]): MapLayout {
  const p = projector(communities);
  const at = communities.map((c) => p.point(c));
  const shown = spreadPoints(at, 2 * HIT_RADIUS + 0.5, {
    width: p.width,
    height: p.height,
    margin: HIT_RADIUS,
  });
  return {
    width: p.width,
    height: p.height,
    points: communities.map((community, i) => ({
      community,
      x: shown[i]?.x ?? 0,
      y: shown[i]?.y ?? 0,
      trueX: at[i]?.x ?? 0,
      trueY: at[i]?.y ?? 0,
    })),
  };
}

/** The drawn extent of a point: the selected ring and the fly-in ring reach past the marker. */
function markerRadius(pt: MapPoint, selected: string): number {
  if (pt.community.id === selected) return SELECTED_RADIUS;
  return pt.community.access === 'fly-in' ? FLY_IN_RADIUS : MARKER_RADIUS;
}

/** The selected community first, then fly-in ones, then by population: who gets a name when room is short. */
export function mapLabels(
  layout: MapLayout,
  selected: string,
  nameOf: (c: Community) => string,
): PlacedLabel[] {
  const rank = (pt: MapPoint) =>
    pt.community.id === selected ? 0 : pt.community.access === 'fly-in' ? 1 : 2;
  const ordered = [...layout.points].sort(
    (a, b) => rank(a) - rank(b) || (b.community.population ?? 0) - (a.community.population ?? 0),
  );
  return placeLabels(
    ordered.map((pt) => {
      const text = nameOf(pt.community);
      return {
        id: pt.community.id,
        x: pt.x,
        y: pt.y,
        text,
        short: shortName(text),
        required: pt.community.id === selected,
        radius: markerRadius(pt, selected),
      };
    }),
    {
      width: layout.width,
      height: layout.height,
      fontSize: LABEL_FONT_SIZE,
      markers: layout.points.map((pt) => ({ x: pt.x, y: pt.y, radius: markerRadius(pt, selected) })),
      markerRadius: MARKER_RADIUS,
    },
  );
}
