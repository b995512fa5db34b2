// The map's one projection, shared by the points (at run time) and the land outline (at build time,
// by build/regionOutline.ts), so that the coast and the communities line up.

/** The SVG's width in viewBox units; the height follows from the region's shape. */
export const MAP_WIDTH = 360;
/** The margin around the outermost communities, in viewBox units. */
export const MAP_PAD = 24;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Projector {
  width: number;
  height: number;
  /** viewBox units of a point in degrees. */
  point: (p: LatLng) => { x: number; y: number };
  /** Degrees of a viewBox point (the inverse of `point`). */
  invert: (x: number, y: number) => LatLng;
}

/** An equirectangular projection fitted to the communities: no tiles, no network. */
export function projector(points: readonly LatLng[]): Projector {
  const lats = points.map((c) => c.lat);
  const lngs = points.map((c) => c.lng);
  const [minLat, maxLat, minLng, maxLng] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lngs),
    Math.max(...lngs),
  ];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * MAP_PAD) / ((maxLng - minLng) * kx);
  const height = (maxLat - minLat) * scale + 2 * MAP_PAD;
  return {
    width: MAP_WIDTH,
    height,
    point: (c) => ({ x: MAP_PAD + (c.lng - minLng) * kx * scale, y: MAP_PAD + (maxLat - c.lat) * scale }),
    invert: (x, y) => ({ lng: minLng + (x - MAP_PAD) / (kx * scale), lat: maxLat - (y - MAP_PAD) / scale }),
  };
}
