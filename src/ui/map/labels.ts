// Community names on the map, placed greedily so that none covers another name or a point: the most
// important first (the selected community, then fly-in communities, then the largest), each taking
// the free place around its point that leaves the most room to the names still to come, then trying
// a shorter name, and left out when nothing fits.
import type { XY } from './spread';

export interface LabelRequest extends XY {
  id: string;
  text: string;
  /** Tried when the whole name finds no room (e.g. without its parenthesis). */
  short?: string;
  /** Placed even when every place collides (the selected community). */
  required?: boolean;
  /** The point's own marker, when larger than `markerRadius` (a ring around it). */
  radius?: number;
}

export interface LabelMarker extends XY {
  radius?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text's anchor point (SVG `x`, `y` of the baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Every point's marker, which no label may cover, nor sit nearer to than to its own. */
  markers: readonly LabelMarker[];
  /** The markers' radius where they do not give their own. */
  markerRadius: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A generous width per character, in ems: the page's system font is not measured here. */
const EM_PER_CHAR = 0.63;
const GAP = 3;
/** The first places tried are beside the point; the rest a line farther out. */
const NEAR_PLACES = 12;
/** How much nearer its own point than any other a name must be (viewBox units). */
const AMBIGUITY_MARGIN = 4;

/** Shortened names: "West Nipissing (Sturgeon Falls)" → "West Nipissing". */
export function shortName(name: string): string | undefined {
  const short = name.replace(/\s*\(.*\)\s*$/, '');
  return short !== name && short ? short : undefined;
}

export function placeLabels(requests: readonly LabelRequest[], o: LabelOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [];
  // Every place each name could take, to count what a choice would take from the names after it.
  const later = requests.map((r) => candidates(r, r.short ?? r.text, o).map((c) => c.box));
  const isOpen = (r: LabelRequest) => (c: { box: Box }) => fits(c.box, o) && isFree(c.box, taken, o, r);
  requests.forEach((r, index) => {
    const texts = r.short ? [r.text, r.short] : [r.text];
    let chosen: { label: PlacedLabel; box: Box } | undefined;
    for (const text of texts) {
      const all = candidates(r, text, o);
      const near = all.slice(0, NEAR_PLACES).filter(isOpen(r));
      const free = near.length ? near : all.slice(NEAR_PLACES).filter(isOpen(r));
      chosen = minBy(free, ({ box }, preference) => {
        let cost = preference * 0.05;
        for (let q = index + 1; q < requests.length; q++) {
          const blocked = (later[q] ?? []).filter((b) => overlaps(box, b)).length;
          cost += blocked / (q - index);
        }
        return cost;
      });
      if (chosen) break;
    }
    if (!chosen && r.required) {
      // The selected name shows whatever it takes: over another name, or nearer another point.
      const all = candidates(r, r.short ?? r.text, o);
      chosen =
        all.find(({ box }) => fits(box, o) && coversNoMarker(box, o, r)) ??
        all.find(({ box }) => fits(box, o)) ??
        all[0];
    }
    if (!chosen) return;
    placed.push(chosen.label);
    taken.push(chosen.box);
  });
  return placed;
}

function minBy<T>(items: readonly T[], cost: (item: T, index: number) => number): T | undefined {
  let best: T | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    const c = cost(item, i);
    if (c < bestCost) [best, bestCost] = [item, c];
  });
  return best;
}

/** Right, left, above, below, the corners, then above and below to one side: as a reader looks for a name beside a dot. */
function candidates(r: LabelRequest, text: string, o: LabelOptions) {
  const w = text.length * o.fontSize * EM_PER_CHAR;
  const h = o.fontSize;
  const ownRadius = r.radius ?? o.markerRadius;
  const off = ownRadius + GAP;
  const diag = off * 0.75;
  const mid = r.y + h * 0.35;
  const spots: Array<[number, number, PlacedLabel['anchor']]> = [
    [r.x + off, mid, 'start'],
    [r.x - off, mid, 'end'],
    [r.x, r.y - off, 'middle'],
    [r.x, r.y + off + h * 0.8, 'middle'],
    [r.x + diag, r.y - diag, 'start'],
    [r.x - diag, r.y - diag, 'end'],
    [r.x + diag, r.y + diag + h * 0.8, 'start'],
    [r.x - diag, r.y + diag + h * 0.8, 'end'],
    [r.x - ownRadius, r.y - off, 'start'],
    [r.x + ownRadius, r.y - off, 'end'],
    [r.x - ownRadius, r.y + off + h * 0.8, 'start'],
    [r.x + ownRadius, r.y + off + h * 0.8, 'end'],
    // A line farther out, when the near places are taken.
    [r.x, r.y - off - h, 'middle'],
    [r.x, r.y + off + h * 1.8, 'middle'],
    [r.x - ownRadius, r.y - off - h, 'start'],
    [r.x + ownRadius, r.y - off - h, 'end'],
  ];
  return spots.map(([x, y, anchor]) => {
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return {
      label: { id: r.id, text, x, y, anchor },
      box: { x0, y0: y - h * 0.8, x1: x0 + w, y1: y + h * 0.25 },
    };
  });
}

function fits(b: Box, o: LabelOptions): boolean {
  return b.x0 >= 2 && b.y0 >= 2 && b.x1 <= o.width - 2 && b.y1 <= o.height - 2;
}

function isFree(b: Box, taken: readonly Box[], o: LabelOptions, own: XY): boolean {
  if (taken.some((t) => overlaps(b, t)) || !coversNoMarker(b, o, own)) return false;
  // Nor may a name sit nearer another point than its own, where a reader would take it for that one's.
  const ownDistance = distanceToBox(own, b);
  return o.markers.every((m) => isOwn(m, own) || distanceToBox(m, b) > ownDistance + AMBIGUITY_MARGIN);
}

/** A name covers no marker but its own. */
function coversNoMarker(b: Box, o: LabelOptions, own: XY): boolean {
  return o.markers.every((m) => isOwn(m, own) || distanceToBox(m, b) >= (m.radius ?? o.markerRadius));
}

const isOwn = (m: XY, own: XY) => m.x === own.x && m.y === own.y;

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 && b.y0 < a.y1;
}

function distanceToBox(c: XY, b: Box): number {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return Math.hypot(c.x - nx, c.y - ny);
}
