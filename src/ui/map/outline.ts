// The land and lake outline under the map's points, cut to the region and simplified at build time
// (build/regionOutline.ts runs it over Natural Earth's TopoJSON); nothing here runs in the page.

/** A TopoJSON topology, as much of it as the outline reads. */
export interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: string; geometries?: TopoGeometry[] }>;
}

interface TopoGeometry {
  type: string;
  arcs?: unknown;
}

export type Point = [number, number];
export type Ring = Point[];

/** Every ring of the polygons in one object of the topology, in the topology's coordinates (degrees). */
export function topologyRings(topology: Topology, object: string): Ring[] {
  const arcs = decodeArcs(topology);
  const ringOf = (indices: number[]): Ring => {
    const ring: Ring = [];
    for (const i of indices) {
      const arc = i >= 0 ? arcs[i] : arcs[~i]?.slice().reverse();
      if (!arc) continue;
      ring.push(...(ring.length ? arc.slice(1) : arc));
    }
    return ring;
  };
  const rings: Ring[] = [];
  for (const g of topology.objects[object]?.geometries ?? []) {
    if (g.type === 'Polygon') for (const r of g.arcs as number[][]) rings.push(ringOf(r));
    if (g.type === 'MultiPolygon')
      for (const polygon of g.arcs as number[][][]) for (const r of polygon) rings.push(ringOf(r));
  }
  return rings;
}

function decodeArcs(topology: Topology): Ring[] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([a = 0, b = 0]): Point => {
      if (!t) return [a, b];
      x += a;
      y += b;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sutherland–Hodgman: a ring cut to a rectangle (its edges along the rectangle's sides). */
export function clipRing(ring: Ring, r: Rect): Ring {
  const edges: Array<[(p: Point) => boolean, (a: Point, b: Point) => Point]> = [
    [(p) => p[0] >= r.x0, (a, b) => atX(a, b, r.x0)],
    [(p) => p[0] <= r.x1, (a, b) => atX(a, b, r.x1)],
    [(p) => p[1] >= r.y0, (a, b) => atY(a, b, r.y0)],
    [(p) => p[1] <= r.y1, (a, b) => atY(a, b, r.y1)],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length] as Point;
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
    if (!out.length) return out;
  }
  return out;
}

const atX = (a: Point, b: Point, x: number): Point => [
  x,
  a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
];
const atY = (a: Point, b: Point, y: number): Point => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
];

/** Douglas–Peucker on an open line: the points that keep it within `tolerance` of the original. */
export function simplifyLine(line: Ring, tolerance: number): Ring {
  if (line.length < 3) return line.slice();
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop() as [number, number];
    let worst = -1;
    let worstD = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(line[i] as Point, line[from] as Point, line[to] as Point);
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = true;
    stack.push([from, worst], [worst, to]);
  }
  return line.filter((_, i) => keep[i]);
}

/** A closed ring simplified: split at its first point and the point farthest from it. */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length < 4) return ring.slice();
  const first = ring[0] as Point;
  let far = 0;
  ring.forEach((p, i) => {
    if (Math.hypot(p[0] - first[0], p[1] - first[1]) > Math.hypot(...sub(ring[far] as Point, first))) far = i;
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), first], tolerance);
  return [...a, ...b.slice(1, -1)];
}

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1]];

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = sub(b, a);
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The shoelace area (absolute), in square units of the ring's coordinates. */
export function ringArea(ring: Ring): number {
  let twice = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] as Point;
    twice += p[0] * q[1] - q[0] * p[1];
  });
  return Math.abs(twice) / 2;
}

/** SVG path data with one decimal, relative moves after the first point of each ring. */
export function pathData(rings: Ring[]): string {
  const n = (v: number) => {
    const s = (Math.round(v * 10) / 10).toString();
    return s.replace(/^(-?)0\./, '$1.');
  };
  return rings
    .map((ring) => {
      const r = ring.map(([x, y]): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
      const [x0, y0] = r[0] as Point;
      let d = `M${n(x0)} ${n(y0)}`;
      for (let i = 1; i < r.length; i++) {
        const [x, y] = r[i] as Point;
        const [px, py] = r[i - 1] as Point;
        const dy = n(y - py);
        d += `l${n(x - px)}${dy.startsWith('-') ? '' : ' '}${dy}`;
      }
      return `${d}z`;
    })
    .join('');
}

export interface OutlineOptions {
  /** Degrees → viewBox units (the map's projector). */
  project: (lng: number, lat: number) => Point;
  /** The visible frame in viewBox units; rings are cut a little beyond it. */
  width: number;
  height: number;
  /** viewBox units. */
  tolerance: number;
  /** Rings smaller than this (square viewBox units) after cutting are dropped. */
  minArea: number;
}

/** Rings (degrees) → one SVG path of what shows in the frame, cut and simplified. */
export function outlinePath(rings: Ring[], o: OutlineOptions): string {
  const margin = 4;
  const frame = { x0: -margin, y0: -margin, x1: o.width + margin, y1: o.height + margin };
  const kept: Ring[] = [];
  for (const ring of rings) {
    const projected = ring.map(([lng, lat]) => o.project(lng, lat));
    const cut = clipRing(projected, frame);
    if (cut.length < 3) continue;
    const simple = simplifyRing(cut, o.tolerance);
    if (simple.length >= 3 && ringArea(simple) >= o.minArea) kept.push(simple);
  }
  return pathData(kept);
}
