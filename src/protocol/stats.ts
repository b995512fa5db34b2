// De-identified referral figures on the wire (issue 16, R4): a device of the receiving agency
// publishes its agency's tables for a closed month, once; members read the network's tables, every
// agency's added up (model/referralStats `combineTables`). Figures only: no referral id, no alias,
// no device in a table. The hub checks each table (`tableProblem`) and the network's OCAP choices.
import * as z from 'zod/mini';
import { communityId } from '../model/common';
import { NEEDS } from '../model/coverage';
import { statsMonth, TURN_AWAY_REASONS } from '../model/referralStats';

/** Communities in a table: the shipped list has about 150; a bound against a hostile body. */
export const STATS_COMMUNITIES_MAX = 400;
/** Months a member is sent at most, newest first. */
export const STATS_MONTHS_MAX = 36;
/** Months of its own agency's a member is told were published at most, newest first. */
export const STATS_PUBLISHED_MAX = 1000;
const COUNT_MAX = 10_000_000;

export const publishedCountSchema = z.discriminatedUnion('hidden', [
  z.strictObject({ hidden: z.literal(true) }),
  z.strictObject({ hidden: z.literal(false), count: z.int().check(z.gte(0), z.lte(COUNT_MAX)) }),
]);

function tableSchema<const C extends readonly [string, ...string[]]>(columns: C) {
  const figures = (max: number) => z.array(publishedCountSchema).check(z.maxLength(max));
  return z.strictObject({
    communities: z.array(communityId).check(z.maxLength(STATS_COMMUNITIES_MAX)),
    columns: z.array(z.enum(columns)).check(z.maxLength(columns.length)),
    cells: z.array(figures(columns.length)).check(z.maxLength(STATS_COMMUNITIES_MAX)),
    communityTotals: figures(STATS_COMMUNITIES_MAX),
    columnTotals: figures(columns.length),
    total: publishedCountSchema,
  });
}

export const needsTableSchema = tableSchema(NEEDS);
export const turnAwayTableSchema = tableSchema(TURN_AWAY_REASONS);

/** One agency's month, as `networkStats` made it: PUT /api/stats (one month per request). */
export const monthlyStatsSchema = z.strictObject({
  month: statsMonth,
  needs: needsTableSchema,
  turnAways: turnAwayTableSchema,
});
export type MonthlyStatsInput = z.infer<typeof monthlyStatsSchema>;

/**
 * Why the hub refused a month's tables; nothing of a refused table is stored.
 * - `no_agency`: the device belongs to no agency (only an agency's received referrals are counted).
 * - `not_closed`: the month has not ended in Toronto by the hub's clock (a month is published once,
 *   when closed: two versions of it would give the difference away).
 * - `withheld`: a table lists a community whose figures the network turned off (OCAP).
 * - `unknown_community`: a table lists a community that is not one of the network's.
 * - `bad_table`: `tableProblem` found one (a figure 1–4 shown, totals that do not add up, shape).
 * - `exists`: the agency has published this month already, other figures (the same bytes again are
 *   `stored` again).
 */
export const STATS_REFUSALS = [
  'no_agency',
  'not_closed',
  'withheld',
  'unknown_community',
  'bad_table',
  'exists',
] as const;
export type StatsRefusal = (typeof STATS_REFUSALS)[number];

export const publishStatsResponseSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('stored') }),
  z.strictObject({
    status: z.literal('refused'),
    reason: z.enum(STATS_REFUSALS),
    message: z.string().check(z.maxLength(500)),
  }),
]);
export type PublishStatsResponse = z.infer<typeof publishStatsResponseSchema>;

/** The network's month: every agency that published it, added up. */
export const networkMonthSchema = z.strictObject({
  month: statsMonth,
  /** How many agencies' tables are in it. */
  agencies: z.int().check(z.gte(1)),
  needs: needsTableSchema,
  turnAways: turnAwayTableSchema,
});
export type NetworkMonth = z.infer<typeof networkMonthSchema>;

/** GET /api/stats: any member. */
export const networkStatsResponseSchema = z.strictObject({
  months: z.array(networkMonthSchema).check(z.maxLength(STATS_MONTHS_MAX)),
  /** The months this device's agency has published (none without an agency), so it skips them. */
  published: z.array(statsMonth).check(z.maxLength(STATS_PUBLISHED_MAX)),
  /** The communities whose figures the network turned off (also in the referral settings). */
  withheld: z.array(communityId).check(z.maxLength(STATS_COMMUNITIES_MAX)),
});
export type NetworkStatsResponse = z.infer<typeof networkStatsResponseSchema>;
