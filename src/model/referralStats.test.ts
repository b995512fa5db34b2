import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditLp, type Extended } from '../../tests/fixtures/tableAuditor';
import { NEEDS, type NeedId } from './coverage';
import {
  combineTables,
  type MonthlyStats,
  networkStats,
  type PublishedCount,
  type PublishedTable,
  type StatsEvent,
  statsEventSchema,
  TURN_AWAY_REASONS,
  type TurnAwayReason,
  tableProblem,
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

describe('tableProblem: what the hub checks of a published table', () => {
  const communities = ['timmins', 'cochrane', 'moosonee', 'peawanuck'];
  const needs: NeedId[] = ['program.safer-shelter', 'sector.health', 'program.case-worker', 'sector.legal'];
  const reasons: TurnAwayReason[] = ['turnaway.full', 'turnaway.cost', 'turnaway.id-required'];
  const arbitraryEvent = fc.record({
    community: fc.constantFrom(...communities),
    month: fc.constantFrom('2025-01', '2025-02'),
    needs: fc.subarray(needs),
    turnAway: fc.option(fc.constantFrom(...reasons), { nil: null, freq: 2 }),
  });

  it('passes every table networkStats publishes', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 80 }), (events) => {
        for (const month of networkStats(events, { communities, withheld: [] })) {
          expect(tableProblem(month.needs, NEEDS)).toBeNull();
          expect(tableProblem(month.turnAways, TURN_AWAY_REASONS)).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });

  // Timmins 6 of the first need and 7 of the second, Cochrane 5 of the first; all shown.
  const events = [
    ...Array.from({ length: 6 }, () => event('timmins', '2025-03', ['program.safer-shelter'])),
    ...Array.from({ length: 7 }, () => event('timmins', '2025-03', ['sector.health'])),
    ...Array.from({ length: 5 }, () => event('cochrane', '2025-03', ['program.safer-shelter'])),
  ];
  const [march] = networkStats(events, { communities: ['timmins', 'cochrane'], withheld: [] }) as [
    MonthlyStats,
  ];
  const table = march.needs;
  const shelter = NEEDS.indexOf('program.safer-shelter');
  const shown = (count: number): PublishedCount => ({ hidden: false, count });
  const withCell = (i: number, j: number, f: PublishedCount) => ({
    ...table,
    cells: table.cells.map((row, r) => (r === i ? row.map((x, c) => (c === j ? f : x)) : row)),
  });

  it('the fixture is all shown and passes', () => {
    expect(JSON.stringify(table)).not.toContain('"hidden":true');
    expect(tableProblem(table, NEEDS)).toBeNull();
  });

  it.each<[string, PublishedTable<NeedId>, string]>([
    [
      'columns in another order',
      { ...table, columns: [...NEEDS].reverse() },
      'the columns are not the expected ones, in order',
    ],
    [
      'a column missing',
      { ...table, columns: NEEDS.slice(1) },
      'the columns are not the expected ones, in order',
    ],
    ['a community twice', { ...table, communities: ['timmins', 'timmins'] }, 'a community is listed twice'],
    ['a row missing', { ...table, cells: table.cells.slice(1) }, 'the rows do not match the communities'],
    [
      'a community total missing',
      { ...table, communityTotals: table.communityTotals.slice(1) },
      'the rows do not match the communities',
    ],
    [
      'a figure missing in a row',
      { ...table, cells: table.cells.map((row) => row.slice(1)) },
      'a row does not have one figure per column',
    ],
    [
      'a column total missing',
      { ...table, columnTotals: table.columnTotals.slice(1) },
      'a row does not have one figure per column',
    ],
    ['a 3 shown in a cell', withCell(0, 0, shown(3)), 'a figure between 1 and 4 is shown'],
    ['a 1 shown as the total', { ...table, total: shown(1) }, 'a figure between 1 and 4 is shown'],
    ['a cell raised', withCell(1, shelter, shown(9)), "a community's total is not the sum of its figures"],
    [
      'a column total raised',
      { ...table, columnTotals: table.columnTotals.map((f, j) => (j === shelter ? shown(12) : f)) },
      "a column's total is not the sum of its figures",
    ],
    ['the total raised', { ...table, total: shown(19) }, 'the total is not the sum of the totals'],
  ])('refuses %s', (_, tampered, problem) => {
    expect(tableProblem(tampered, NEEDS)).toBe(problem);
  });

  it('cannot check a total whose parts are hidden, and does not refuse it', () => {
    const hiddenCell = withCell(0, shelter, { hidden: true });
    expect(tableProblem(hiddenCell, NEEDS)).toBeNull();
  });
});

describe('combineTables: agencies’ months added up', () => {
  const communities = ['timmins', 'cochrane', 'moosonee'];
  const shelter: NeedId = 'program.safer-shelter';
  const health: NeedId = 'sector.health';
  const many = (n: number, e: StatsEvent) => Array.from({ length: n }, () => e);
  const month = (events: StatsEvent[], scope = communities) =>
    (networkStats(events, { communities: scope, withheld: [] })[0] as MonthlyStats).needs;
  const at = (table: PublishedTable<NeedId>, community: string, need: NeedId) =>
    table.cells[table.communities.indexOf(community)]?.[table.columns.indexOf(need)];
  const row = (table: PublishedTable<NeedId>, community: string) =>
    table.communityTotals[table.communities.indexOf(community)];
  const column = (table: PublishedTable<NeedId>, need: NeedId) =>
    table.columnTotals[table.columns.indexOf(need)];

  // North: all shown. South: Moosonee's 2 hidden, with what hides it.
  const north = month([
    ...many(6, event('timmins', '2025-04', [shelter])),
    ...many(5, event('cochrane', '2025-04', [health])),
  ]);
  const south = month([
    ...many(2, event('moosonee', '2025-04', [shelter])),
    ...many(9, event('timmins', '2025-04', [shelter, health])),
    ...many(8, event('cochrane', '2025-04', [shelter, health])),
  ]);

  it('sums figures shown in every table, over the network’s communities in its order', () => {
    const both = combineTables([north, north], ['cochrane', 'timmins', 'moosonee', 'cochrane'], NEEDS);
    expect(both.communities).toEqual(['cochrane', 'timmins', 'moosonee']);
    expect(both.columns).toEqual(NEEDS);
    expect(at(both, 'timmins', shelter)).toEqual({ hidden: false, count: 12 });
    expect(at(both, 'cochrane', health)).toEqual({ hidden: false, count: 10 });
    expect(row(both, 'moosonee')).toEqual({ hidden: false, count: 0 });
    expect(column(both, shelter)).toEqual({ hidden: false, count: 12 });
    expect(both.total).toEqual({ hidden: false, count: 22 });
    expect(tableProblem(both, NEEDS)).toBeNull();
  });

  it('hides a figure hidden in any of them, and every total it is part of where that one is hidden', () => {
    expect(at(south, 'moosonee', shelter)).toEqual({ hidden: true });
    const both = combineTables([north, south], communities, NEEDS);
    expect(at(both, 'moosonee', shelter)).toEqual({ hidden: true });
    expect(row(both, 'moosonee')).toEqual({ hidden: true });
    for (const [community, need] of [
      ['timmins', shelter],
      ['cochrane', shelter],
      ['timmins', health],
      ['cochrane', health],
    ] as const) {
      const inSouth = at(south, community, need);
      const inNorth = at(north, community, need);
      const sum = at(both, community, need);
      if (inSouth?.hidden || inNorth?.hidden) expect(sum).toEqual({ hidden: true });
      else expect(sum).toEqual({ hidden: false, count: (inSouth?.count ?? 0) + (inNorth?.count ?? 0) });
    }
    expect(column(both, shelter)?.hidden).toBe(column(south, shelter)?.hidden);
    expect(both.total.hidden).toBe(south.total.hidden);
    // Nothing shown 1–4, and the sums agree with each other where shown.
    expect(tableProblem(both, NEEDS)).toBeNull();
  });

  it('counts 0 for a community a table did not list', () => {
    const onlyTimmins = month(many(5, event('timmins', '2025-04', [shelter])), ['timmins']);
    const both = combineTables([onlyTimmins, north], communities, NEEDS);
    expect(at(both, 'timmins', shelter)).toEqual({ hidden: false, count: 11 });
    expect(at(both, 'cochrane', health)).toEqual({ hidden: false, count: 5 });
    expect(both.total).toEqual({ hidden: false, count: 16 });
  });

  it('drops a community withheld since, and hides the totals of every table that listed it', () => {
    const scope = [...communities, 'attawapiskat'];
    const listing = month(
      [
        ...many(6, event('timmins', '2025-04', [shelter])),
        ...many(7, event('attawapiskat', '2025-04', [shelter])),
      ],
      scope,
    );
    const notListing = month(many(5, event('cochrane', '2025-04', [health])));
    const withheld = ['attawapiskat'];
    const combined = combineTables([listing, notListing], scope, NEEDS, withheld);
    expect(combined.communities).toEqual(communities);
    expect(JSON.stringify(combined)).not.toContain('attawapiskat');
    // Rows of other communities are kept; totals that held Attawapiskat's 7 are hidden.
    expect(at(combined, 'timmins', shelter)).toEqual({ hidden: false, count: 6 });
    expect(row(combined, 'timmins')).toEqual({ hidden: false, count: 6 });
    expect(column(combined, shelter)).toEqual({ hidden: true });
    expect(column(combined, health)).toEqual({ hidden: true });
    expect(combined.total).toEqual({ hidden: true });
    // A table that never listed it keeps its totals.
    const alone = combineTables([notListing], scope, NEEDS, withheld);
    expect(column(alone, health)).toEqual({ hidden: false, count: 5 });
    expect(alone.total).toEqual({ hidden: false, count: 5 });
  });

  it('of no table at all is zeros', () => {
    const none = combineTables<NeedId>([], communities, NEEDS);
    expect(none.total).toEqual({ hidden: false, count: 0 });
    expect(none.cells.flat().every((f) => !f.hidden && f.count === 0)).toBe(true);
  });
});
