// Result order. Browsing (no text): open now, then reachable, then nearest; from a fly-in or
// rail-only community, what reaches the person comes before what is open, since a service a flight
// away helps no one tonight. Searching: relevance, with distance breaking near-ties.
import type { OpenStatus } from './openNow';
import type { Reach } from './reach';

export interface Ranked {
  id: string;
  /** Its place in alphabetical order (by name, then id) among all services: the last tie-break. */
  order: number;
  open: OpenStatus['state'];
  reach: Reach | null;
  /** Relevance from the search index; absent when browsing. */
  score?: number;
}

/** Scores within this fraction of the best score count as tied, and distance decides. */
export const NEAR_TIE = 0.1;

const OPEN_ORDER: Record<OpenStatus['state'], number> = { open: 0, unknown: 1, closed: 2 };

export function rankForBrowsing<T extends Ranked>(items: readonly T[], remotePlace: boolean): T[] {
  // Decorate once with numeric keys, so the n log n comparisons compare numbers, not closures.
  const decorated = items.map((item) => {
    const open = OPEN_ORDER[item.open];
    const unreachable = item.reach?.reachable ? 0 : 1;
    return {
      item,
      primary: remotePlace ? unreachable * 3 + open : open * 2 + unreachable,
      distance: item.reach?.distanceKm ?? Number.POSITIVE_INFINITY,
    };
  });
  decorated.sort(
    (a, b) =>
      a.primary - b.primary ||
      (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) ||
      a.item.order - b.item.order,
  );
  return decorated.map((d) => d.item);
}

export function rankForSearch<T extends Ranked>(items: readonly T[], remotePlace: boolean): T[] {
  let top = 0;
  for (const item of items) top = Math.max(top, item.score ?? 0);
  // Decorate once with numeric keys: the band, reach and distance of each item are computed n times,
  // not n log n, and the comparisons compare numbers.
  const decorated = items.map((item) => ({
    item,
    band: top > 0 ? Math.floor((top - (item.score ?? 0)) / top / NEAR_TIE) : 0,
    unreachable: remotePlace && !item.reach?.reachable ? 1 : 0,
    distance: item.reach?.distanceKm ?? Number.POSITIVE_INFINITY,
    score: item.score ?? 0,
  }));
  decorated.sort(
    (a, b) =>
      a.band - b.band ||
      a.unreachable - b.unreachable ||
      (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) ||
      b.score - a.score ||
      a.item.order - b.item.order,
  );
  return decorated.map((d) => d.item);
}
