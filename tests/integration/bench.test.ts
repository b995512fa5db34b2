// The search benchmark, once at a small size, so that `npm run bench` keeps working. No timing is
// asserted here: figures are for `npm run bench` to print.
import { describe, expect, it } from 'vitest';
import { NEEDS } from '../../src/model/coverage';
import { runCoverageBench } from '../bench/coverageBench';
import { runHubBench } from '../bench/hubBench';
import { runImportBench } from '../bench/importBench';
import { benchQueries } from '../bench/queries';
import { runSearchBench } from '../bench/searchBench';
import { runStatsBench } from '../bench/statsBench';
import { runStoreBench } from '../bench/storeBench';
import { runSyncBench } from '../bench/syncBench';
import { runReferralBench } from '../bench/vaultBench';

describe('search benchmark (small)', () => {
  it('builds, queries and reports figures', async () => {
    const result = await runSearchBench(400, 40);
    expect(result.services).toBe(400);
    expect(result.queries).toBe(43);
    for (const figure of [result.buildMs, result.p50Ms, result.p95Ms, result.maxMs]) {
      expect(Number.isFinite(figure)).toBe(true);
    }
    expect(result.p50Ms).toBeLessThanOrEqual(result.p95Ms);
    expect(result.empty).toBeLessThan(result.queries / 2);
  });

  it('mixes prefixes, typos, French and filters', () => {
    const queries = benchQueries(220);
    const texts = queries.map((q) => q.text);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(texts).toContain('shel');
    expect(texts).toContain('sheltr');
    expect(texts).toContain('hébergement');
    expect(texts).toContain('hebergement');
    expect(queries.some((q) => q.text.includes(' ') && q.filters.without.length > 0)).toBe(true);
    expect(queries.some((q) => q.text === '')).toBe(true);
  });
});

describe('coverage benchmark (small)', () => {
  it('builds the matrix and ranks gaps', () => {
    const result = runCoverageBench(300, 1);
    expect(result).toMatchObject({ services: 300, communities: 26, needs: NEEDS.length });
    expect(Number.isFinite(result.matrixMs)).toBe(true);
    expect(result.gaps).toBeGreaterThan(0);
  });
});

describe('network statistics benchmark (small)', () => {
  it('publishes a year of tables and suppresses 24 more', () => {
    const result = runStatsBench(20, 1);
    expect(result).toMatchObject({ communities: 40, referralsPerMonth: 20 });
    for (const figure of [result.yearMs, result.suppress24Ms]) expect(Number.isFinite(figure)).toBe(true);
    // Twenty referrals a month over forty communities are almost all small counts.
    expect(result.hiddenShare).toBeGreaterThan(0.5);
  });
});

describe('store benchmark (small)', () => {
  it('reads and validates the directory, and follows one edit through the change feed', async () => {
    const result = await runStoreBench(200);
    expect(result.services).toBe(200);
    expect(result.unreadable).toBe(0);
    for (const figure of [result.readMs, result.validateMs, result.editToFeedMs])
      expect(Number.isFinite(figure)).toBe(true);
  });
});

describe('hub benchmark (small)', () => {
  it('enrols devices that push and pull over HTTP, and sizes the database', async () => {
    const result = await runHubBench(5, 100);
    expect(result.devices).toBe(5);
    for (const figure of [
      result.pushP95Ms,
      result.pullP95Ms,
      result.pushMutationsPerSecond,
      result.bytesPer10kServices,
    ])
      expect(Number.isFinite(figure) && figure > 0).toBe(true);
  });
});

describe('sync benchmark (small)', () => {
  it('counts the bytes of syncs through a proxy, paces a slow link, and converges three devices', async () => {
    const result = await runSyncBench({ services: 60, edits: 40 });
    expect(result.records).toBeGreaterThan(60);
    for (const pull of [result.fast, result.slow]) {
      expect(pull?.records).toBe(result.records);
      expect(pull?.downBytes).toBeGreaterThan(1000);
      for (const figure of [pull?.seconds ?? Number.NaN, pull?.applySeconds ?? Number.NaN])
        expect(Number.isFinite(figure) && figure > 0).toBe(true);
    }
    expect(result.idle.requests).toBe(1);
    expect(result.idle.upBytes).toBeGreaterThan(100);
    expect(result.idle.downBytes).toBeGreaterThan(100);
    for (const rate of [result.slowLinkDownBytesPerSecond, result.slowLinkUpBytesPerSecond])
      expect(Number.isFinite(rate ?? Number.NaN) && (rate ?? 0) > 0).toBe(true);
    expect(result.converge.devices).toBe(3);
    expect(result.converge.inStep).toBe(true);
    expect(result.converge.conflicts).toBeGreaterThan(0);
    expect(result.converge.diverged).toBe(0);
    expect(Number.isFinite(result.converge.seconds)).toBe(true);
  }, 60_000);
});

describe('import benchmark (small)', () => {
  it('exports and imports both formats whole, and reports each figure', async () => {
    const figures = await runImportBench(60);
    expect(figures.map((f) => f.format)).toEqual(['hsds-json', 'hsds-csv']);
    for (const f of figures) {
      expect(f.written).toBeGreaterThan(60);
      expect(f.invalid).toBe(0);
      for (const n of [f.exportSeconds, f.planSeconds, f.writeSeconds, f.longestBlockMs])
        expect(Number.isFinite(n) && n > 0).toBe(true);
    }
  }, 60_000);
});

describe('referral benchmark (small)', () => {
  it('seals referrals for two agencies of three devices and opens them all', async () => {
    const result = await runReferralBench(20, 3);
    expect(result).toMatchObject({ referrals: 20, devicesPerAgency: 3 });
    for (const figure of [result.sealMs, result.openMs])
      expect(Number.isFinite(figure) && figure > 0).toBe(true);
    // A 4 KiB padded plaintext in base64, six wrapped keys, and the ids: about 6.5 KB.
    expect(result.envelopeBytes).toBeGreaterThan(5500);
  });
});
