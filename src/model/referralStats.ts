// De-identified network statistics (PRODUCT.md R4): what a network publishes about its referrals,
// month by month: needs by community, and turn-away reasons by community, each with its totals.
// Devices count; an event names a community, a month, needs and a reason, never a person, an alias
// or a record id. Small figures are suppressed with complementary suppression (suppression.ts).
import * as z from 'zod/mini';
import { communityId } from './common';
import { NEEDS, type NeedId } from './coverage';
import { addDays, torontoDate } from './schedule';
import { SUPPRESSION_THRESHOLD, type SuppressionMask, suppressSmallCounts } from './suppression';

/**
 * Why a service could not take a person (the brief's barriers). Stable ids: labels live in i18n, and
 * the referral module records one when a referral is declined.
 */
export const TURN_AWAY_REASONS = [
  'turnaway.full',
  'turnaway.waitlist',
  'turnaway.sobriety-required',
  'turnaway.id-required',
  'turnaway.referral-required',
  'turnaway.eligibility',
  'turnaway.cost',
  'turnaway.language',
  'turnaway.distance',
  'turnaway.hours',
  'turnaway.police-involvement',
  'turnaway.must-identify-as-trafficked',
  'turnaway.other',
] as const;
export type TurnAwayReason = (typeof TURN_AWAY_REASONS)[number];

/** YYYY-MM. */
export const statsMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** One referral as counted: strict, so that a field naming a person is refused, not carried along. */
export const statsEventSchema = z.strictObject({
  community: communityId,
  month: statsMonth,
  needs: z.array(z.enum(NEEDS)).check(z.maxLength(NEEDS.length)),
  turnAway: z.nullable(z.enum(TURN_AWAY_REASONS)),
});
export type StatsEvent = z.infer<typeof statsEventSchema>;

/** A published figure. A hidden one carries no number at all, so no renderer can show one. */
export type PublishedCount = { readonly hidden: true } | { readonly hidden: false; readonly count: number };

const HIDDEN: PublishedCount = Object.freeze({ hidden: true });

export interface PublishedTable<Column extends string> {
  /** Rows, in the order the network lists its communities. */
  readonly communities: readonly string[];
  readonly columns: readonly Column[];
  /** cells[community][column] */
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly communityTotals: readonly PublishedCount[];
  readonly columnTotals: readonly PublishedCount[];
  readonly total: PublishedCount;
}

export interface MonthlyStats {
  readonly month: string;
  /** Needs named in referrals: a referral naming two needs counts in two cells. */
  readonly needs: PublishedTable<NeedId>;
  /** Referrals turned away, by reason. */
  readonly turnAways: PublishedTable<TurnAwayReason>;
}

export interface StatsScope {
  /** The communities the network reports on, in the order it lists them. */
  readonly communities: readonly string[];
  /**
   * Communities whose figures are turned off (OCAP: a First Nation owns its data). Their events are
   * left out before anything is counted, so no total holds them; hiding their row would not do.
   */
  readonly withheld: readonly string[];
}

/**
 * The tables a network publishes, one pair per month that has events, oldest first. Events of a
 * community outside the scope (or withheld) count nowhere, not even in a total.
 *
 * Each month's pair is protected on its own: publish a month once, when it is closed. Two versions of
 * one month (late events, or a community withheld after the first) give the difference away, and so
 * would totals over several months computed from the events rather than from published figures.
 */
export function networkStats(events: readonly StatsEvent[], scope: StatsScope): MonthlyStats[] {
  const withheld = new Set(scope.withheld);
  const communities = scope.communities.filter((c, i, all) => !withheld.has(c) && all.indexOf(c) === i);
  const rowOf = new Map(communities.map((c, i) => [c, i]));
  const needColumn = new Map<string, number>(NEEDS.map((n, i) => [n, i]));
  const reasonColumn = new Map<string, number>(TURN_AWAY_REASONS.map((r, i) => [r, i]));
  const byMonth = new Map<string, { needs: number[][]; turnAways: number[][] }>();
  for (const event of events) {
    const row = rowOf.get(event.community);
    if (row === undefined) continue;
    let month = byMonth.get(event.month);
    if (!month) {
      month = {
        needs: zeros(communities.length, NEEDS.length),
        turnAways: zeros(communities.length, TURN_AWAY_REASONS.length),
      };
      byMonth.set(event.month, month);
    }
    const needs = month.needs[row] as number[];
    // A need named twice in one referral is one need.
    for (const need of new Set(event.needs)) {
      const j = needColumn.get(need) as number;
      needs[j] = (needs[j] ?? 0) + 1;
    }
    if (event.turnAway !== null) {
      const turnAways = month.turnAways[row] as number[];
      const j = reasonColumn.get(event.turnAway) as number;
      turnAways[j] = (turnAways[j] ?? 0) + 1;
    }
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, counts]) => ({
      month,
      needs: publishTable(counts.needs, communities, NEEDS),
      turnAways: publishTable(counts.turnAways, communities, TURN_AWAY_REASONS),
    }));
}

function zeros(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

/** The counts with their totals, each figure either its number or hidden, as the mask says. */
function publishTable<Column extends string>(
  counts: readonly (readonly number[])[],
  communities: readonly string[],
  columns: readonly Column[],
): PublishedTable<Column> {
  const mask: SuppressionMask = suppressSmallCounts(counts, columns.length);
  const figure = (count: number, hidden: boolean | undefined): PublishedCount =>
    hidden === false ? { hidden: false, count } : HIDDEN;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const columnSums = columns.map((_, j) => sum(counts.map((row) => row[j] ?? 0)));
  return {
    communities,
    columns,
    cells: counts.map((row, i) => row.map((count, j) => figure(count, mask.cells[i]?.[j]))),
    communityTotals: counts.map((row, i) => figure(sum(row), mask.rowTotals[i])),
    columnTotals: columnSums.map((count, j) => figure(count, mask.columnTotals[j])),
    total: figure(sum(columnSums), mask.total),
  };
}

// What the hub checks of a published table, and how it adds agencies' tables up.

/**
 * Why `table` is not one `networkStats` could have published, or null: its shape must match its
 * columns, a shown figure is 0 or at least the threshold, and a shown total whose parts are all shown
 * is their sum. (A table passing this may still be under-suppressed; the hub cannot redo the
 * suppression without the counts, and the device that made it ran `suppressSmallCounts`.)
 */
export function tableProblem<Column extends string>(
  table: PublishedTable<Column>,
  columns: readonly Column[],
): string | null {
  if (table.columns.length !== columns.length || table.columns.some((c, j) => c !== columns[j]))
    return 'the columns are not the expected ones, in order';
  const rows = table.communities.length;
  if (new Set(table.communities).size !== rows) return 'a community is listed twice';
  if (table.cells.length !== rows || table.communityTotals.length !== rows)
    return 'the rows do not match the communities';
  if (
    table.cells.some((row) => row.length !== columns.length) ||
    table.columnTotals.length !== columns.length
  )
    return 'a row does not have one figure per column';
  const all = [...table.cells.flat(), ...table.communityTotals, ...table.columnTotals, table.total];
  if (all.some((f) => !f.hidden && f.count > 0 && f.count < SUPPRESSION_THRESHOLD))
    return `a figure between 1 and ${SUPPRESSION_THRESHOLD - 1} is shown`;
  const sumIfShown = (figures: readonly PublishedCount[]): number | null => {
    let sum = 0;
    for (const f of figures) {
      if (f.hidden) return null;
      sum += f.count;
    }
    return sum;
  };
  const disagrees = (total: PublishedCount, parts: readonly PublishedCount[]) => {
    const sum = sumIfShown(parts);
    return !total.hidden && sum !== null && sum !== total.count;
  };
  if (table.cells.some((row, i) => disagrees(table.communityTotals[i] as PublishedCount, row)))
    return "a community's total is not the sum of its figures";
  if (
    columns.some((_, j) =>
      disagrees(
        table.columnTotals[j] as PublishedCount,
        table.cells.map((r) => r[j] as PublishedCount),
      ),
    )
  )
    return "a column's total is not the sum of its figures";
  if (disagrees(table.total, table.columnTotals) || disagrees(table.total, table.communityTotals))
    return 'the total is not the sum of the totals';
  return null;
}

/**
 * Several agencies' tables for one month as one: a figure is the sum where every agency's is shown,
 * hidden where any is (a sum with a hidden part would publish a bound on it). Each agency's table was
 * protected on its own and they count different referrals, so nothing here is new knowledge: every
 * figure is a function of what was published. Rows are `communities` (the network's current list):
 * a community an agency did not list counts 0 there; a community now withheld is dropped, and with
 * it every figure it was part of (column totals and the grand total), so no subtraction recovers it.
 */
export function combineTables<Column extends string>(
  tables: readonly PublishedTable<Column>[],
  communities: readonly string[],
  columns: readonly Column[],
  withheld: readonly string[] = [],
): PublishedTable<Column> {
  const out = new Set(withheld);
  const rows = communities.filter((c, i, all) => !out.has(c) && all.indexOf(c) === i);
  const zero: PublishedCount = { hidden: false, count: 0 };
  const add = (a: PublishedCount, b: PublishedCount): PublishedCount =>
    a.hidden || b.hidden ? HIDDEN : { hidden: false, count: a.count + b.count };
  const cells: PublishedCount[][] = rows.map(() => columns.map(() => zero));
  const communityTotals: PublishedCount[] = rows.map(() => zero);
  let columnTotals: PublishedCount[] = columns.map(() => zero);
  let total: PublishedCount = zero;
  const rowOf = new Map(rows.map((c, i) => [c, i]));
  for (const table of tables) {
    // A table naming a community that is withheld now (or no longer listed) had it in its totals.
    const lost = table.communities.some((c) => !rowOf.has(c));
    table.communities.forEach((community, i) => {
      const row = rowOf.get(community);
      if (row === undefined) return;
      const mine = cells[row] as PublishedCount[];
      columns.forEach((_, j) => {
        mine[j] = add(mine[j] as PublishedCount, table.cells[i]?.[j] ?? HIDDEN);
      });
      communityTotals[row] = add(communityTotals[row] as PublishedCount, table.communityTotals[i] ?? HIDDEN);
    });
    columnTotals = columnTotals.map((f, j) => (lost ? HIDDEN : add(f, table.columnTotals[j] ?? HIDDEN)));
    total = lost ? HIDDEN : add(total, table.total);
  }
  return { communities: rows, columns, cells, communityTotals, columnTotals, total };
}

// What a receiving device counts, and when it publishes.

/** A received referral as the statistics see it: no alias, no contact, no summary. */
export interface CountedReferral {
  id: string;
  /** The sender's clock when it was made: its month is the month it is counted in. */
  createdAt: string;
  needs: readonly NeedId[];
  /** The receiving service's community; null when it has none (then nothing is counted). */
  community: string | null;
  /** A decline with its turn-away reason, counted in the month it was made. */
  turnAway: { at: string; reason: TurnAwayReason } | null;
}

/** The month (YYYY-MM) an instant falls in, in Toronto. */
export function torontoMonth(at: Date): string {
  return torontoDate(at).slice(0, 7);
}

/** `month` moved by `months` (negative: earlier). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The events a received referral counts as, each under a key of its own so that counting again (a
 * later sync, another pass) replaces rather than adds: its needs in the month it was sent, and a
 * turn-away in the month of the decline.
 */
export function statsEventsOf(referral: CountedReferral): Array<[key: string, event: StatsEvent]> {
  const { community } = referral;
  if (community === null) return [];
  const events: Array<[string, StatsEvent]> = [
    [
      `${referral.id}/needs`,
      {
        community,
        month: torontoMonth(new Date(referral.createdAt)),
        needs: [...new Set(referral.needs)],
        turnAway: null,
      },
    ],
  ];
  if (referral.turnAway)
    events.push([
      `${referral.id}/turn-away`,
      {
        community,
        month: torontoMonth(new Date(referral.turnAway.at)),
        needs: [],
        turnAway: referral.turnAway.reason,
      },
    ]);
  return events;
}

/**
 * Days after a month ends before its figures are published: referrals sent near its end from a
 * device that was offline arrive late, and a month is published once.
 */
export const STATS_GRACE_DAYS = 7;
/** Months a device keeps its counts and publishes back to (a year, and the month before it). */
export const STATS_MONTHS_KEPT = 13;

/**
 * The months with events that are due now, oldest first: ended at least `STATS_GRACE_DAYS` ago in
 * Toronto, not already published, and not older than the months kept.
 */
export function monthsToPublish(
  eventMonths: Iterable<string>,
  published: Iterable<string>,
  now: Date,
): string[] {
  const done = new Set(published);
  const today = torontoDate(now);
  const oldest = addMonths(today.slice(0, 7), -STATS_MONTHS_KEPT);
  const due = (month: string) => addDays(`${addMonths(month, 1)}-01`, STATS_GRACE_DAYS) <= today;
  return [...new Set(eventMonths)].filter((m) => m >= oldest && !done.has(m) && due(m)).sort();
}

/** Whether an event is older than the months a device keeps. */
export function isStaleEvent(event: StatsEvent, now: Date): boolean {
  return event.month < addMonths(torontoMonth(now), -STATS_MONTHS_KEPT);
}
