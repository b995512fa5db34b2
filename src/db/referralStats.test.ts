import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import type { StatsEvent } from '../model/referralStats';
import { openDatabase } from './database';
import { readServiceCommunity, readStatsLedger, recordStatsEvents, STATS_KEY } from './referralStats';
import { clearReferrals } from './referrals';

const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const event = (month: string, community = 'timmins'): StatsEvent => ({
  community,
  month,
  needs: ['program.safer-shelter'],
  turnAway: null,
});
const NOW = new Date('2026-12-15T12:00:00Z');

describe('the referral counts on a device', () => {
  it('are sealed, replaced by key, pruned after 13 months, and never read as empty under another key', async () => {
    const db = openDatabase(uniqueDbName());
    const mine = await key();
    expect(await readStatsLedger(db, mine)).toEqual({});
    await recordStatsEvents(
      db,
      mine,
      [
        ['a/needs', event('2025-10')],
        ['b/needs', event('2026-11')],
      ],
      NOW,
    );
    // 2025-10 is older than the 13 months kept (from 2025-11).
    expect(await readStatsLedger(db, mine)).toEqual({ 'b/needs': event('2026-11') });
    await recordStatsEvents(db, mine, [['b/needs', event('2026-11', 'kapuskasing')]], NOW);
    expect(await readStatsLedger(db, mine)).toEqual({ 'b/needs': event('2026-11', 'kapuskasing') });
    expect(JSON.stringify(await db.meta.get(STATS_KEY))).not.toMatch(/kapuskasing|shelter/);
    // Nothing changes: nothing is written (the sealed value keeps its IV).
    const before = await db.meta.get(STATS_KEY);
    await recordStatsEvents(db, mine, [['b/needs', event('2026-11', 'kapuskasing')]], NOW);
    expect(await db.meta.get(STATS_KEY)).toEqual(before);
    await expect(readStatsLedger(db, await key())).rejects.toThrow('do not open');
    await expect(recordStatsEvents(db, await key(), [['c', event('2026-12')]], NOW)).rejects.toThrow();
    expect(await readStatsLedger(db, mine)).toEqual({ 'b/needs': event('2026-11', 'kapuskasing') });
    // Leaving the network (or a forgotten passphrase) takes them too.
    await clearReferrals(db);
    expect(await db.meta.get(STATS_KEY)).toBeUndefined();
  });

  it('keeps both of two tabs counting at once', async () => {
    const name = uniqueDbName();
    const [one, two] = [openDatabase(name), openDatabase(name)];
    const mine = await key();
    await Promise.all([
      recordStatsEvents(one, mine, [['a/needs', event('2026-11')]], NOW),
      recordStatsEvents(two, mine, [['b/needs', event('2026-12')]], NOW),
    ]);
    expect(Object.keys(await readStatsLedger(one, mine)).sort()).toEqual(['a/needs', 'b/needs']);
  });

  it("counts a service in its first location's community, else its first service area's", async () => {
    const db = openDatabase(uniqueDbName());
    const loc = '10c00000-0000-4000-8000-0000000010c0';
    await db.locations.put({ id: loc, sample: 0, value: { community_id: 'hearst' } } as never);
    await db.services.put({ id: 's1', sample: 0, value: { location_ids: [loc] } } as never);
    await db.services.put({
      id: 's2',
      sample: 0,
      value: { location_ids: [], service_areas: [{ community_id: 'moosonee' }] },
    } as never);
    await db.services.put({
      id: 's3',
      sample: 0,
      value: { location_ids: ['gone'], service_areas: [] },
    } as never);
    expect(await readServiceCommunity(db, 's1')).toBe('hearst');
    expect(await readServiceCommunity(db, 's2')).toBe('moosonee');
    expect(await readServiceCommunity(db, 's3')).toBeNull();
    expect(await readServiceCommunity(db, 'unknown')).toBeNull();
  });
});
