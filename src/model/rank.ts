// Result order. Browsing (no text): open now, then reachable, then nearest; from a fly-in or
// rail-only community, what reaches the person comes before what is open, since a service a flight
// away helps no one tonight. Searching: relevance, with distance breaking near-ties.
import type { OpenStatus } from './openNow';
import type { Reach } from './reach';

export interface Ranked {
  id: string;
  name: string;
  open: OpenStatus['state'];
  reach: Reach | null;
  /** Relevance from the search index; absent when browsing. */
  score?: number;
}

/** Scores within this fraction of the best score count as tied, and distance decides. */
export const NEAR_TIE = 0.1;

const OPEN_ORDER: Record<OpenStatus['state'], number> = { open: 0, unknown: 1, closed: 2 };

function byDistance(a: Ranked, b: Ranked): number {
  const da = a.reach?.distanceKm ?? Number.POSITIVE_INFINITY;
  const db = b.reach?.distanceKm ?? Number.POSITIVE_INFINITY;
  return da === db ? 0 : da < db ? -1 : 1;
}

function byReachable(a: Ranked, b: Ranked): number {
  return Number(b.reach?.reachable ?? false) - Number(a.reach?.reachable ?? false);
}

function byOpen(a: Ranked, b: Ranked): number {
  return OPEN_ORDER[a.open] - OPEN_ORDER[b.open];
}

export function rankForBrowsing<T extends Ranked>(items: readonly T[], remotePlace: boolean): T[] {
  const first = remotePlace ? byReachable : byOpen;
  const second = remotePlace ? byOpen : byReachable;
  return [...items].sort(
    (a, b) =>
      first(a, b) ||
      second(a, b) ||
      byDistance(a, b) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
}

export function rankForSearch<T extends Ranked>(items: readonly T[], remotePlace: boolean): T[] {
  const top = Math.max(0, ...items.map((i) => i.score ?? 0));
  const band = (i: Ranked) => (top > 0 ? Math.floor((top - (i.score ?? 0)) / top / NEAR_TIE) : 0);
  return [...items].sort(
    (a, b) =>
      band(a) - band(b) ||
      (remotePlace ? byReachable(a, b) : 0) ||
      byDistance(a, b) ||
      (b.score ?? 0) - (a.score ?? 0) ||
      a.id.localeCompare(b.id),
  );
}
