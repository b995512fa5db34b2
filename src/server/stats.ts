// De-identified referral figures on the hub (issue 16, R4): each agency publishes its tables for a
// closed month, once, and members read the network's months added up (model/referralStats
// `combineTables`). The hub keeps an agency's tables under (agency, month), never the device that
// sent them, and checks what it can of them (`tableProblem`): it cannot redo the suppression, which
// the device ran on counts the hub never sees. A community the network withholds (OCAP) is refused
// in what is published and dropped, with every total it was part of, from what members read.
import { COMMUNITIES, communityById } from '../data/reference';
import { NEEDS, type NeedId } from '../model/coverage';
import {
  combineTables,
  type MonthlyStats,
  type PublishedTable,
  TURN_AWAY_REASONS,
  type TurnAwayReason,
  tableProblem,
} from '../model/referralStats';
import { torontoDate } from '../model/schedule';
import {
  type MonthlyStatsInput,
  type NetworkStatsResponse,
  type PublishStatsResponse,
  STATS_MONTHS_MAX,
  STATS_PUBLISHED_MAX,
  type StatsRefusal,
} from '../protocol';
import { currentDevice } from './relay';
import type { DeviceRow, HubStorage, NetworkRow, StatsRow } from './storage/types';

export interface StatsOptions {
  storage: HubStorage;
  now: () => Date;
  network: () => Promise<NetworkRow>;
}

export type Stats = ReturnType<typeof createStats>;

/** `NetworkStatsResponse` as `combineTables` makes its tables (read-only). */
export interface NetworkStats extends Omit<NetworkStatsResponse, 'months'> {
  months: Array<MonthlyStats & { agencies: number }>;
}

export function createStats({ storage, now, network }: StatsOptions) {
  const audit = (action: string, deviceId: string | null, subject: string | null, detail: string | null) =>
    storage.audit({ at: now().toISOString(), action, deviceId, subject, detail });

  /** Why the hub refuses a month it does not hold yet, or null. */
  async function problemOf(stats: MonthlyStatsInput): Promise<[StatsRefusal, string] | null> {
    // Closed once Toronto's calendar has moved past it (YYYY-MM compares as text).
    if (torontoDate(now()).slice(0, 7) <= stats.month)
      return ['not_closed', `${stats.month} has not ended yet in Toronto: publish it once it has.`];
    const listed = [...stats.needs.communities, ...stats.turnAways.communities];
    const unknown = listed.find((id) => !communityById(id));
    if (unknown) return ['unknown_community', `${unknown} is not one of this network's communities.`];
    const withheld = new Set((await network()).withheldCommunities);
    const off = listed.find((id) => withheld.has(id));
    if (off) return ['withheld', `The network turned ${off}'s figures off: count without it.`];
    const problem = tableProblem(stats.needs, NEEDS) ?? tableProblem(stats.turnAways, TURN_AWAY_REASONS);
    return problem ? ['bad_table', problem] : null;
  }

  return {
    /** Stores this device's agency's tables for a closed month, once; the same bytes again are `stored`. */
    async publish(device: DeviceRow, stats: MonthlyStatsInput): Promise<PublishStatsResponse> {
      return storage.transaction(async () => {
        const me = await currentDevice(storage, device);
        const refuse = async (reason: StatsRefusal, message: string): Promise<PublishStatsResponse> => {
          await audit('refuse', me.id, 'stats', reason);
          return { status: 'refused', reason, message };
        };
        if (me.agencyId === null)
          return refuse('no_agency', 'An agency publishes its figures; this device belongs to none.');
        // Parsed by a strict schema, so the same tables always serialize the same way.
        const needs = JSON.stringify(stats.needs);
        const turnAways = JSON.stringify(stats.turnAways);
        const stored = await storage.getStats(me.agencyId, stats.month);
        if (stored)
          return stored.needs === needs && stored.turnAways === turnAways
            ? { status: 'stored' }
            : refuse('exists', `This agency published ${stats.month} already: a month is published once.`);
        const problem = await problemOf(stats);
        if (problem) return refuse(...problem);
        await storage.putStats({ agencyId: me.agencyId, month: stats.month, needs, turnAways });
        // The month only: which agency published is not the log's.
        await audit('publish-stats', null, null, stats.month);
        return { status: 'stored' };
      });
    },

    /**
     * The network's newest months, each every agency's tables added up over the communities the app
     * ships less those withheld now; and the months `device`'s agency has published.
     */
    async read(device: DeviceRow): Promise<NetworkStats> {
      const withheld = (await network()).withheldCommunities;
      const communities = COMMUNITIES.map((c) => c.id);
      const byMonth = new Map<string, StatsRow[]>();
      for (const row of await storage.listStats(STATS_MONTHS_MAX))
        byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);
      const months = [...byMonth].map(([month, rows]) => ({
        month,
        agencies: rows.length,
        needs: combineTables(
          rows.map((r) => JSON.parse(r.needs) as PublishedTable<NeedId>),
          communities,
          NEEDS,
          withheld,
        ),
        turnAways: combineTables(
          rows.map((r) => JSON.parse(r.turnAways) as PublishedTable<TurnAwayReason>),
          communities,
          TURN_AWAY_REASONS,
          withheld,
        ),
      }));
      const published = device.agencyId
        ? await storage.statsMonthsOf(device.agencyId, STATS_PUBLISHED_MAX)
        : [];
      return { months, published, withheld };
    },
  };
}
