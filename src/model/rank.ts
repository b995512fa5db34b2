// Result order. Browsing (no text): open now, then reachable, then nearest; from a fly-in or
// rail-only community, what reaches the person comes before what is open, since a service a flight
// away helps no one tonight. Searching: relevance, with distance breaking near-ties.
// A broad word finds thousands of services and a page shows 20: `RankOrder` orders only as far as a
// page asks, and reads an item's reach only when its place in that page depends on it.
import type { OpenStatus } from './openNow';
import type { Reach } from './reach';

/** Scores within this fraction of the best score count as tied, and distance decides. */
export const NEAR_TIE = 0.1;

const OPEN_ORDER: Record<OpenStatus['state'], number> = { open: 0, unknown: 1, closed: 2 };

/** A hit's group when searching: 0 within `NEAR_TIE` of the best score, 1 within twice that, … */
export function searchGroup(score: number, top: number): number {
  return top > 0 ? Math.max(0, Math.floor((top - score) / top / NEAR_TIE)) : 0;
}

/** A service's group when browsing: open before unknown before closed, reachable first (first of all from afar). */
export function browsingGroup(open: OpenStatus['state'], reach: Reach | null, remotePlace: boolean): number {
  const unreachable = reach?.reachable ? 0 : 1;
  return remotePlace ? unreachable * 3 + OPEN_ORDER[open] : OPEN_ORDER[open] * 2 + unreachable;
}

/** What ranks items inside a group; an item's reach is asked for only when its group is ranked. */
export interface RankInputs {
  /** Per item, from `searchGroup` or `browsingGroup`: lower groups come first. */
  groups: Uint8Array;
  /** Per item, best first inside a group (after reach); null when browsing. */
  scores: Float64Array | null;
  /** Per item, alphabetical position: the last tie-break. */
  orders: Uint32Array;
  reachOf(item: number): Reach | null;
  /** Unreachable items go after reachable ones inside a group (a search from a remote place). */
  reachableFirst: boolean;
}

/**
 * Items in rank order (group, then reachable first when asked, nearest, best score, alphabetical),
 * ordered only as far as `top(n)` asks: whole groups before the page's last one are sorted, and of
 * that last one only the best few are picked, so a broad word costs a pass, not a sort of thousands.
 */
export class RankOrder {
  private readonly byGroup: Uint32Array;
  /** Where each group's items end in `byGroup`. */
  private readonly groupEnds: number[] = [];
  private readonly unreachable: Uint8Array;
  private readonly distance: Float64Array;
  private readonly known: Uint8Array;
  /** The items of the groups ranked whole so far, in order. */
  private readonly ranked: number[] = [];
  private nextGroup = 0;

  constructor(private readonly inputs: RankInputs) {
    const { groups } = inputs;
    const count = groups.length;
    // A counting sort by group: groups are small numbers.
    let groupCount = 0;
    for (let i = 0; i < count; i++) groupCount = Math.max(groupCount, (groups[i] as number) + 1);
    const starts = new Uint32Array(groupCount + 1);
    for (let i = 0; i < count; i++)
      starts[(groups[i] as number) + 1] = (starts[(groups[i] as number) + 1] as number) + 1;
    for (let g = 0; g < groupCount; g++) {
      starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
      this.groupEnds.push(starts[g + 1] as number);
    }
    this.byGroup = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const g = groups[i] as number;
      this.byGroup[starts[g] as number] = i;
      starts[g] = (starts[g] as number) + 1;
    }
    this.unreachable = new Uint8Array(count);
    this.distance = new Float64Array(count);
    this.known = new Uint8Array(count);
  }

  get length(): number {
    return this.byGroup.length;
  }

  /** The first `n` items (indices into the inputs) in rank order. */
  top(n: number): number[] {
    const want = Math.min(n, this.length);
    while (this.ranked.length < want) {
      const start = this.nextGroup === 0 ? 0 : (this.groupEnds[this.nextGroup - 1] as number);
      const end = this.groupEnds[this.nextGroup] as number;
      const members = Array.from(this.byGroup.subarray(start, end));
      for (const item of members) this.learn(item);
      const needed = want - this.ranked.length;
      // Most of a group is needed: it is sorted whole and kept for the next page.
      if (needed * 4 >= members.length) {
        members.sort(this.compare);
        for (const item of members) this.ranked.push(item);
        this.nextGroup += 1;
        continue;
      }
      return this.ranked.concat(this.best(members, needed));
    }
    return this.ranked.slice(0, want);
  }

  /** The `k` best of `members`, in order: each is compared with the worst kept so far. */
  private best(members: readonly number[], k: number): number[] {
    const kept: number[] = [];
    for (const item of members) {
      if (kept.length === k && this.compare(item, kept[k - 1] as number) >= 0) continue;
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.compare(kept[mid] as number, item) < 0) low = mid + 1;
        else high = mid;
      }
      kept.splice(low, 0, item);
      if (kept.length > k) kept.pop();
    }
    return kept;
  }

  private learn(item: number): void {
    if (this.known[item]) return;
    const reach = this.inputs.reachOf(item);
    this.unreachable[item] = this.inputs.reachableFirst && !reach?.reachable ? 1 : 0;
    this.distance[item] = reach?.distanceKm ?? Number.POSITIVE_INFINITY;
    this.known[item] = 1;
  }

  private readonly compare = (a: number, b: number): number => {
    const { unreachable, distance } = this;
    const { scores, orders } = this.inputs;
    const da = distance[a] as number;
    const db = distance[b] as number;
    return (
      (unreachable[a] as number) - (unreachable[b] as number) ||
      (da === db ? 0 : da < db ? -1 : 1) ||
      (scores ? (scores[b] as number) - (scores[a] as number) : 0) ||
      (orders[a] as number) - (orders[b] as number)
    );
  };
}
