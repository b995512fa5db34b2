import { describe, expect, it } from 'vitest';
import { type Ranked, rankForBrowsing, rankForSearch } from './rank';
import type { Reach } from './reach';

const reach = (reachable: boolean, distanceKm: number | null): Reach => ({
  remote: false,
  servesPlace: false,
  outreachHere: false,
  distanceKm,
  travel: distanceKm === null ? null : reachable ? 'road' : 'flight',
  nearestCommunityId: null,
  reachable,
});
let counter = 0;
const r = (
  id: string,
  open: Ranked['open'],
  reachable: boolean,
  km: number | null,
  score?: number,
): Ranked => ({
  id,
  order: counter++,
  open,
  reach: reach(reachable, km),
  ...(score === undefined ? {} : { score }),
});

describe('browsing order', () => {
  const items = [
    r('closed-near', 'closed', true, 1),
    r('unknown-near', 'unknown', true, 2),
    r('open-far', 'open', true, 300),
    r('open-near', 'open', true, 5),
    r('open-unreachable', 'open', false, 400),
    r('open-remote-no-location', 'open', true, null),
  ];

  it('from a road town: open now, then reachable, then distance', () => {
    expect(rankForBrowsing(items, false).map((i) => i.id)).toEqual([
      'open-near',
      'open-far',
      'open-remote-no-location',
      'open-unreachable',
      'unknown-near',
      'closed-near',
    ]);
  });

  it('from a fly-in community: what reaches the person first', () => {
    expect(rankForBrowsing(items, true).map((i) => i.id)).toEqual([
      'open-near',
      'open-far',
      'open-remote-no-location',
      'unknown-near',
      'closed-near',
      'open-unreachable',
    ]);
  });
});

describe('search order', () => {
  it('relevance first; distance breaks near-ties only', () => {
    const items = [
      r('best-far', 'open', true, 500, 10),
      r('near-tie-near', 'open', true, 3, 9.5),
      r('weak-nearest', 'open', true, 1, 4),
      r('middle', 'open', true, 50, 7),
    ];
    expect(rankForSearch(items, false).map((i) => i.id)).toEqual([
      'near-tie-near',
      'best-far',
      'middle',
      'weak-nearest',
    ]);
  });

  it('keeps score order when nothing has a distance', () => {
    const items = [
      r('b', 'open', true, null, 5),
      r('a', 'open', true, null, 9),
      r('c', 'open', true, null, 1),
    ];
    expect(rankForSearch(items, false).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
