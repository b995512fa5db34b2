// Network statistics for a year: twelve months of needs and turn-away tables for 40 communities,
// from generated referrals (few communities and needs carry most of them, as in the region), and
// the suppression alone on 24 tables of 40 communities × 30 needs. CPU time, best of the runs: the
// machine is shared, and wall time would measure the neighbours.
import { createRng } from '../../src/data/random';
import { NEEDS, type NeedId } from '../../src/model/coverage';
import { networkStats, type StatsEvent, TURN_AWAY_REASONS } from '../../src/model/referralStats';
import { suppressSmallCounts } from '../../src/model/suppression';

export interface StatsBenchResult {
  communities: number;
  referralsPerMonth: number;
  /** A year of networkStats, needs (NEEDS.length columns) and turn-aways: best CPU ms. */
  yearMs: number;
  /** suppressSmallCounts alone on 24 tables of 40 × 30 with as many counts: best CPU ms. */
  suppress24Ms: number;
  /** Share of the non-zero inner figures that are hidden in the year's tables. */
  hiddenShare: number;
}

const COMMUNITIES = Array.from({ length: 40 }, (_, i) => `community-${i + 1}`);

/** Index i drawn with weight 1 / (i + 1). */
function zipf(rng: ReturnType<typeof createRng>, n: number): number {
  const total = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < n; i++) {
    x -= 1 / (i + 1);
    if (x <= 0) return i;
  }
  return n - 1;
}

export function yearOfReferrals(referralsPerMonth: number, seed = 2027): StatsEvent[] {
  const rng = createRng(seed);
  const events: StatsEvent[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `2025-${String(m).padStart(2, '0')}`;
    for (let r = 0; r < referralsPerMonth; r++) {
      const needs = new Set<NeedId>();
      for (let k = rng.int(1, 3); k > 0; k--) needs.add(NEEDS[zipf(rng, NEEDS.length)] as NeedId);
      events.push({
        community: COMMUNITIES[zipf(rng, COMMUNITIES.length)] as string,
        month,
        needs: [...needs],
        turnAway: rng.chance(0.3) ? (TURN_AWAY_REASONS[zipf(rng, TURN_AWAY_REASONS.length)] ?? null) : null,
      });
    }
  }
  return events;
}

function countsOf(rng: ReturnType<typeof createRng>, needMentions: number): number[][] {
  const t = COMMUNITIES.map(() => new Array<number>(30).fill(0));
  for (let e = 0; e < needMentions; e++) {
    const row = t[zipf(rng, COMMUNITIES.length)] as number[];
    const j = zipf(rng, 30);
    row[j] = (row[j] ?? 0) + 1;
  }
  return t;
}

function bestCpuMs(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export function runStatsBench(referralsPerMonth: number, runs = 5): StatsBenchResult {
  const events = yearOfReferrals(referralsPerMonth);
  const scope = { communities: COMMUNITIES, withheld: [] };
  const yearMs = bestCpuMs(runs, () => networkStats(events, scope));
  let shown = 0;
  let hidden = 0;
  for (const month of networkStats(events, scope)) {
    for (const table of [month.needs, month.turnAways]) {
      for (const f of table.cells.flat()) {
        if (f.hidden) hidden++;
        else if (f.count > 0) shown++;
      }
    }
  }
  // Two need mentions per referral, as the year above has on average.
  const rng = createRng(7);
  const tables = Array.from({ length: 24 }, () => countsOf(rng, referralsPerMonth * 2));
  const suppress24Ms = bestCpuMs(runs, () => {
    for (const t of tables) suppressSmallCounts(t, 30);
  });
  return {
    communities: COMMUNITIES.length,
    referralsPerMonth,
    yearMs,
    suppress24Ms,
    hiddenShare: hidden / Math.max(1, hidden + shown),
  };
}
