import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditLp, type Extended } from '../../tests/fixtures/tableAuditor';
import type { NeedId } from './coverage';
import {
  type MonthlyStats,
  networkStats,
  type PublishedCount,
  type PublishedTable,
  type StatsEvent,
  statsEventSchema,
  TURN_AWAY_REASONS,
  type TurnAwayReason,
} from './referralStats';
import { SUPPRESSION_THRESHOLD } from './suppression';

const value = (f: PublishedCount | undefined): number | null => (f && !f.hidden ? f.count : null);

/** The auditor's view: rows with their total, then the column totals and the grand total. */
function extended<C extends string>(table: PublishedTable<C>): Extended {
  return [
    ...table.cells.map((row, i) => [...row.map(value), value(table.communityTotals[i])]),
    [...table.columnTotals.map(value), value(table.total)],
  ];
}

/** The true figures, counted plainly from the events (extended coordinates). */
function truth(
  events: readonly StatsEvent[],
  month: string,
  communities: readonly string[],
  columns: readonly string[],
  counts: (e: StatsEvent, column: string) => boolean,
): number[][] {
  const inMonth = events.filter((e) => e.month === month);
  const cell = (c: string | null, column: string | null) =>
    inMonth
      .filter((e) => (c === null ? communities.includes(e.community) : e.community === c))
      .reduce(
        (n, e) =>
          n + (column === null ? columns.filter((k) => counts(e, k)).length : counts(e, column) ? 1 : 0),
        0,
      );
  return [...communities, null].map((c) => [...columns, null].map((k) => cell(c, k)));
}

const namesNeed = (e: StatsEvent, need: string) => e.needs.includes(need as NeedId);
const turnedAwayFor = (e: StatsEvent, reason: string) => e.turnAway === reason;

const event = (
  community: string,
  month: string,
  needs: NeedId[],
  turnAway: TurnAwayReason | null = null,
): StatsEvent => ({ community, month, needs, turnAway });

describe('statsEventSchema', () => {
  it('accepts a referral as counted', () => {
    const e = event('timmins', '2025-03', ['program.safer-shelter'], 'turnaway.full');
    expect(statsEventSchema.safeParse(e).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a field naming a person', { ...event('timmins', '2025-03', []), alias: 'JB' }],
    [
      'a record id',
      { ...event('timmins', '2025-03', []), referralId: '0190c1a2-0000-7000-8000-000000000000' },
    ],
    ['a month that does not exist', event('timmins', '2025-13', [])],
    ['a day', event('timmins', '2025-03-14', [])],
    ['an unknown need', { ...event('timmins', '2025-03', []), needs: ['program.unknown'] }],
    ['an unknown reason', { ...event('timmins', '2025-03', []), turnAway: 'turnaway.unknown' }],
    ['a community id that is not one', event('Timmins!', '2025-03', [])],
  ])('refuses %s', (_, input) => {
    expect(statsEventSchema.safeParse(input).success).toBe(false);
  });
});

describe('networkStats', () => {
  const shelter: NeedId = 'program.safer-shelter';
  const health: NeedId = 'sector.health';
  const scope = { communities: ['timmins', 'cochrane', 'moosonee'], withheld: [] };
  const many = (n: number, e: StatsEvent) => Array.from({ length: n }, () => e);

  it('counts needs and turn-aways by community, month by month, oldest first', () => {
    const events = [
      ...many(6, event('timmins', '2025-04', [shelter, health])),
      ...many(7, event('cochrane', '2025-04', [shelter], 'turnaway.full')),
      ...many(5, event('timmins', '2025-03', [health, health])),
    ];
    const stats = networkStats(events, scope);
    expect(stats.map((s) => s.month)).toEqual(['2025-03', '2025-04']);
    const [march, april] = stats as [MonthlyStats, MonthlyStats];
    const col = (table: PublishedTable<string>, id: string) => table.columns.indexOf(id);
    // A need named twice in one referral counts once.
    expect(march.needs.cells[0]?.[col(march.needs, health)]).toEqual({ hidden: false, count: 5 });
    expect(april.needs.cells[0]?.[col(april.needs, shelter)]).toEqual({ hidden: false, count: 6 });
    expect(april.needs.cells[1]?.[col(april.needs, shelter)]).toEqual({ hidden: false, count: 7 });
    expect(april.needs.columnTotals[col(april.needs, shelter)]).toEqual({ hidden: false, count: 13 });
    expect(april.needs.communityTotals).toEqual([
      { hidden: false, count: 12 },
      { hidden: false, count: 7 },
      { hidden: false, count: 0 },
    ]);
    expect(april.needs.total).toEqual({ hidden: false, count: 19 });
    expect(april.turnAways.cells[1]?.[col(april.turnAways, 'turnaway.full')]).toEqual({
      hidden: false,
      count: 7,
    });
    expect(april.turnAways.total).toEqual({ hidden: false, count: 7 });
    expect(march.turnAways.total).toEqual({ hidden: false, count: 0 });
  });

  it('hides a small count with enough else that it cannot be worked out', () => {
    const events = [
      ...many(2, event('moosonee', '2025-05', [shelter])),
      ...many(9, event('timmins', '2025-05', [shelter, health])),
      ...many(8, event('cochrane', '2025-05', [shelter, health])),
    ];
    const [may] = networkStats(events, scope) as [MonthlyStats];
    const table = may.needs;
    expect(table.cells[2]?.[table.columns.indexOf(shelter)]).toEqual({ hidden: true });
    // Moosonee's total is 2 as well.
    expect(table.communityTotals[2]).toEqual({ hidden: true });
    const intervals = auditLp(extended(table));
    expect(intervals[2]?.[table.columns.indexOf(shelter)]?.max).toBeGreaterThanOrEqual(SUPPRESSION_THRESHOLD);
  });

  it('a hidden figure holds no number, anywhere in what is published', () => {
    const events = [event('moosonee', '2025-05', [shelter], 'turnaway.id-required')];
    const stats = networkStats(events, scope);
    const json = JSON.stringify(stats);
    expect(json).not.toMatch(/"count":[1-4]\b/);
    expect(stats[0]?.turnAways.total).toEqual({ hidden: true });
    expect(Object.keys(stats[0]?.needs.total ?? {})).toEqual(['hidden']);
  });

  it('lists the scope’s communities once each, in its order, with no other', () => {
    const events = [event('kapuskasing', '2025-05', [shelter])];
    const stats = networkStats(events, { communities: ['moosonee', 'timmins', 'moosonee'], withheld: [] });
    // Kapuskasing is not in the scope: its referral counts nowhere, so there is no month to publish.
    expect(stats).toEqual([]);
    const [may] = networkStats([event('timmins', '2025-05', [])], {
      communities: ['moosonee', 'timmins', 'moosonee'],
      withheld: [],
    }) as [MonthlyStats];
    expect(may.needs.communities).toEqual(['moosonee', 'timmins']);
    expect(may.turnAways.columns).toEqual(TURN_AWAY_REASONS);
  });

  describe('OCAP: a community whose figures are turned off', () => {
    const withheldScope = {
      communities: ['timmins', 'cochrane', 'attawapiskat'],
      withheld: ['attawapiskat'],
    };

    it('has no row, and its referrals are in no total', () => {
      const events = [
        ...many(3, event('attawapiskat', '2025-06', [shelter], 'turnaway.distance')),
        ...many(12, event('timmins', '2025-06', [shelter], 'turnaway.distance')),
        ...many(9, event('cochrane', '2025-06', [shelter])),
      ];
      const [june] = networkStats(events, withheldScope) as [MonthlyStats];
      expect(june.needs.communities).toEqual(['timmins', 'cochrane']);
      expect(june.needs.columnTotals[june.needs.columns.indexOf(shelter)]).toEqual({
        hidden: false,
        count: 21,
      });
      expect(june.needs.total).toEqual({ hidden: false, count: 21 });
      expect(june.turnAways.total).toEqual({ hidden: false, count: 12 });
    });

    it('publishes no month in which only it had referrals', () => {
      expect(networkStats([event('attawapiskat', '2025-07', [shelter])], withheldScope)).toEqual([]);
    });

    it('cannot be derived: what is published is the same whatever its referrals were', () => {
      const needs: NeedId[] = [shelter, health, 'program.case-worker'];
      const arbitraryEvent = (communities: string[]) =>
        fc.record({
          community: fc.constantFrom(...communities),
          month: fc.constantFrom('2025-01', '2025-02'),
          needs: fc.subarray(needs),
          turnAway: fc.option(fc.constantFrom<TurnAwayReason>('turnaway.full', 'turnaway.cost'), {
            nil: null,
          }),
        });
      fc.assert(
        fc.property(
          fc.array(arbitraryEvent(['timmins', 'cochrane']), { maxLength: 40 }),
          fc.array(arbitraryEvent(['attawapiskat']), { maxLength: 40 }),
          fc.array(arbitraryEvent(['attawapiskat']), { maxLength: 40 }),
          (others, withheldOnce, withheldOtherwise) => {
            expect(networkStats([...others, ...withheldOnce], withheldScope)).toEqual(
              networkStats([...withheldOtherwise, ...others], withheldScope),
            );
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  it('publishes true counts, nothing under 5, and no small figure recoverable (LP auditor)', () => {
    const communities = ['timmins', 'cochrane', 'moosonee', 'peawanuck'];
    const needs: NeedId[] = [
      shelter,
      health,
      'program.case-worker',
      'sector.legal',
      'program.transitional-housing',
    ];
    const reasons: TurnAwayReason[] = ['turnaway.full', 'turnaway.cost', 'turnaway.id-required'];
    // Skewed: the first community and the first need most often, as referrals are.
    const skewed = <T>(xs: T[]) =>
      fc.oneof(...xs.map((x, i) => ({ arbitrary: fc.constant(x), weight: 2 ** (xs.length - i) })));
    const arbitraryEvent = fc.record({
      community: skewed(communities),
      month: fc.constantFrom('2025-01', '2025-02'),
      needs: fc.uniqueArray(skewed(needs), { maxLength: 3 }),
      turnAway: fc.option(skewed(reasons), { nil: null, freq: 2 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 80 }), (events) => {
        for (const month of networkStats(events, { communities, withheld: [] })) {
          const tables: Array<[PublishedTable<string>, readonly string[], typeof namesNeed]> = [
            [month.needs, month.needs.columns, namesNeed],
            [month.turnAways, month.turnAways.columns, turnedAwayFor],
          ];
          for (const [table, columns, counts] of tables) {
            const real = truth(events, month.month, communities, columns, counts);
            const published = extended(table);
            const intervals = auditLp(published);
            published.forEach((row, i) => {
              row.forEach((f, j) => {
                const v = real[i]?.[j] ?? 0;
                if (f !== null) {
                  expect(f).toBe(v);
                  expect(f === 0 || f >= SUPPRESSION_THRESHOLD).toBe(true);
                } else if (v < SUPPRESSION_THRESHOLD) {
                  expect(intervals[i]?.[j]?.max).toBeGreaterThanOrEqual(SUPPRESSION_THRESHOLD);
                }
              });
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
