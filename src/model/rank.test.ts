import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenStatus } from './openNow';
import { browsingGroup, NEAR_TIE, RankOrder, searchGroup } from './rank';
import type { Reach } from './reach';

interface Ranked {
  id: string;
  /** Alphabetical position: the last tie-break. */
  order: number;
  open: OpenStatus['state'];
  reach: Reach | null;
  score?: number;
}

/** The order the directory ranks these in, as a page asks for it. */
function orderOf(items: readonly Ranked[], searching: boolean, remotePlace: boolean): RankOrder {
  const best = Math.max(0, ...items.map((i) => i.score ?? 0));
  return new RankOrder({
    groups: Uint8Array.from(items, (i) =>
      searching ? searchGroup(i.score ?? 0, best) : browsingGroup(i.open, i.reach, remotePlace),
    ),
    scores: searching ? Float64Array.from(items, (i) => i.score ?? 0) : null,
    orders: Uint32Array.from(items, (i) => i.order),
    reachOf: (i) => (items[i] as Ranked).reach,
    reachableFirst: searching && remotePlace,
  });
}
const everything = (items: readonly Ranked[], searching: boolean, remotePlace: boolean) =>
  orderOf(items, searching, remotePlace)
    .top(items.length)
    .map((i) => (items[i] as Ranked).id);

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
    expect(everything(items, false, false)).toEqual([
      'open-near',
      'open-far',
      'open-remote-no-location',
      'open-unreachable',
      'unknown-near',
      'closed-near',
    ]);
  });

  it('from a fly-in community: what reaches the person first', () => {
    expect(everything(items, false, true)).toEqual([
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
    expect(everything(items, true, false)).toEqual(['near-tie-near', 'best-far', 'middle', 'weak-nearest']);
  });

  it('keeps score order when nothing has a distance', () => {
    const items = [
      r('b', 'open', true, null, 5),
      r('a', 'open', true, null, 9),
      r('c', 'open', true, null, 1),
    ];
    expect(everything(items, true, false)).toEqual(['a', 'b', 'c']);
  });
});

describe('ranking only as far as a page asks', () => {
  // The whole order, sorted at once, as ranking was before `RankOrder`: the reference.
  const sortedWhole = (items: readonly Ranked[], remotePlace: boolean, searching: boolean): string[] => {
    const top = Math.max(0, ...items.map((i) => i.score ?? 0));
    const key = (i: Ranked) => ({
      first: searching
        ? Math.floor((top - (i.score ?? 0)) / top / NEAR_TIE)
        : browsingGroup(i.open, i.reach, remotePlace),
      unreachable: searching && remotePlace && !i.reach?.reachable ? 1 : 0,
      distance: i.reach?.distanceKm ?? Number.POSITIVE_INFINITY,
      score: searching ? (i.score ?? 0) : 0,
    });
    return items
      .map((item) => ({ item, ...key(item) }))
      .sort(
        (a, b) =>
          a.first - b.first ||
          a.unreachable - b.unreachable ||
          (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) ||
          b.score - a.score ||
          a.item.order - b.item.order,
      )
      .map((d) => d.item.id);
  };
  const item = fc
    .record({
      open: fc.constantFrom<Ranked['open']>('open', 'unknown', 'closed'),
      reachable: fc.boolean(),
      // Few distinct values, so that ties are common and every tie-break is reached.
      km: fc.option(fc.constantFrom(1, 5, 80, 400), { nil: null }),
      score: fc.constantFrom(1, 4, 8.5, 9, 9.6, 10),
    })
    .map((x) => r('', x.open, x.reachable, x.km, x.score));

  it('gives, page after page, what sorting everything gives', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 300, size: 'max' }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (raw, remotePlace, searching, page) => {
          const items = raw.map((x, i) => ({ ...x, id: `s${i}`, order: (i * 7919) % raw.length }));
          const whole = sortedWhole(items, remotePlace, searching);
          expect(everything(items, searching, remotePlace)).toEqual(whole);
          const order = orderOf(items, searching, remotePlace);
          for (let shown = page; shown < items.length + page; shown += page)
            expect(order.top(shown).map((i) => (items[i] as Ranked).id)).toEqual(whole.slice(0, shown));
        },
      ),
    );
  });

  it('reads the reach of the first group only when the page fills from it', () => {
    const scores = [10, 9.5, 9.2, ...Array.from({ length: 500 }, (_, i) => 1 + (i % 7))];
    const asked = new Set<number>();
    const order = new RankOrder({
      groups: Uint8Array.from(scores, (s) => searchGroup(s, 10)),
      scores: Float64Array.from(scores),
      orders: Uint32Array.from(scores, (_, i) => i),
      reachOf: (i) => {
        asked.add(i);
        return reach(true, 10);
      },
      reachableFirst: false,
    });
    expect(order.top(2)).toEqual([0, 1]);
    expect([...asked].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect(order.length).toBe(scores.length);
  });
});
