// De-identified figures over HTTP, in-process, on a SQLite file the test reads beside the hub: an
// agency publishes a closed month once (Toronto's calendar, the hub's injected clock), members read
// the network's months added up, and what the network withholds (OCAP) leaves every figure.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NeedId } from '../model/coverage';
import {
  type MonthlyStats,
  networkStats,
  type PublishedCount,
  type PublishedTable,
  type StatsEvent,
} from '../model/referralStats';
import {
  MAX_BODY_BYTES,
  networkStatsResponseSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  publishStatsResponseSchema,
  STATS_COMMUNITIES_MAX,
} from '../protocol';
import { createApp } from './app';
import { createHub } from './hub';
import { openSqliteStorage } from './storage/sqlite';
import type { DeviceRow } from './storage/types';

const root = mkdtempSync(join(tmpdir(), 'circle-stats-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Circle of Care</title>');

const shelter: NeedId = 'program.safer-shelter';
const health: NeedId = 'sector.health';
const SCOPE = ['timmins', 'cochrane', 'moosonee', 'attawapiskat'];

/** `n` referrals of one community in `month`. */
const referrals = (n: number, community: string, month: string, needs: NeedId[], turnAway = null) =>
  Array.from({ length: n }, (): StatsEvent => ({ community, month, needs, turnAway }));

/** What a device of an agency publishes for `month`, from its referrals (networkStats, as devices do). */
function tables(events: StatsEvent[], communities = SCOPE): MonthlyStats {
  const [month] = networkStats(events, { communities, withheld: [] });
  if (!month) throw new Error('no month');
  return month;
}

async function setUp(limits: { perTokenPerMinute?: number } = {}) {
  let clock = new Date('2026-11-20T15:00:00Z');
  const file = join(mkdtempSync(join(tmpdir(), 'hub-stats-')), 'hub.sqlite');
  const storage = openSqliteStorage(file);
  const hub = createHub({ storage, now: () => clock });
  await hub.createNetwork({ name: 'Test network', demo: false });
  const north = await hub.createAgency(null, 'North');
  const south = await hub.createAgency(null, 'South');
  const app = createApp({ staticRoot: root, hub: { hub, storage, ...limits } });
  const enrol = async (role: DeviceRow['role'], agencyId: string | null) => {
    const { code } = await hub.createInvite(null, { role, agencyId });
    return (await hub.enrol(code, undefined)).token;
  };
  const call = (path: string, token: string, init: { method?: string; body?: unknown } = {}) =>
    app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        Authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
  const publish = async (token: string, body: unknown) => {
    const res = await call('/api/stats', token, { method: 'PUT', body });
    expect(res.status).toBe(200);
    return publishStatsResponseSchema.parse(await res.json());
  };
  const read = async (token: string) => {
    const res = await call('/api/stats', token);
    expect(res.status).toBe(200);
    return networkStatsResponseSchema.parse(await res.json());
  };
  /** The stored rows, read beside the hub as an operator (or an intruder) would. */
  const rows = () => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT * FROM published_stats ORDER BY month, needs').all() as Array<
        Record<string, string>
      >;
    } finally {
      db.close();
    }
  };
  return {
    hub,
    storage,
    north: north.id,
    south: south.id,
    join: enrol,
    call,
    publish,
    read,
    rows,
    setClock: (at: string) => {
      clock = new Date(at);
    },
  };
}

const cell = (table: PublishedTable<string>, community: string, column: string) =>
  table.cells[table.communities.indexOf(community)]?.[table.columns.indexOf(column)];
const columnTotal = (table: PublishedTable<string>, column: string) =>
  table.columnTotals[table.columns.indexOf(column)];

describe('publishing a month’s figures', () => {
  it('stores an agency’s closed month once, without its device; the same again is stored, other figures exist', async () => {
    const s = await setUp();
    const token = await s.join('outreach', s.north);
    const october = tables(referrals(6, 'timmins', '2026-10', [shelter]));
    expect(await s.publish(token, october)).toEqual({ status: 'stored' });
    expect(await s.publish(token, october)).toEqual({ status: 'stored' });
    // The same figures written in another key order are the same figures.
    const reordered = {
      turnAways: october.turnAways,
      needs: { ...october.needs, total: { count: 6, hidden: false } },
      month: '2026-10',
    };
    expect(await s.publish(token, reordered)).toEqual({ status: 'stored' });
    const other = tables(referrals(7, 'timmins', '2026-10', [shelter]));
    expect(await s.publish(token, other)).toMatchObject({ status: 'refused', reason: 'exists' });
    // Another device of the same agency: the agency's month, not the device's.
    expect(await s.publish(await s.join('editor', s.north), other)).toMatchObject({ reason: 'exists' });

    const stored = s.rows();
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['agency_id', 'month', 'needs', 'turn_aways']);
    expect(stored[0]).toMatchObject({ agency_id: s.north, month: '2026-10' });
    expect(JSON.parse(stored[0]?.needs ?? '')).toEqual(october.needs);
    const devices = (await s.hub.listDevices()).map((d) => d.id);
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(devices.join('|')));
    const log = await s.storage.listAudit({ limit: 20 });
    expect(log.filter((e) => e.action === 'publish-stats')).toEqual([
      expect.objectContaining({ deviceId: null, subject: null, detail: '2026-10' }),
    ]);
    expect(JSON.stringify(log.filter((e) => e.action === 'publish-stats'))).not.toContain(s.north);
  });

  it('refuses each reason with its code, answered 200 like the relay’s, storing nothing', async () => {
    const s = await setUp();
    const token = await s.join('outreach', s.north);
    const coordinator = await s.join('coordinator', null);
    await s.hub.relay.setSettings(null, { withheldCommunities: ['attawapiskat'] });
    const good = tables(referrals(6, 'timmins', '2026-10', [shelter]), ['timmins', 'cochrane']);
    const shownThree: PublishedCount = { hidden: false, count: 3 };
    const cases: Array<[string, string, unknown, string, string?]> = [
      ['a device of no agency', coordinator, good, 'no_agency'],
      ['the month under way', token, { ...good, month: '2026-11' }, 'not_closed'],
      ['a month to come', token, { ...good, month: '2027-01' }, 'not_closed'],
      [
        'a community not the network’s',
        token,
        tables(referrals(6, 'timmins', '2026-10', [shelter]), ['timmins', 'atlantis']),
        'unknown_community',
      ],
      [
        'a community the network withholds',
        token,
        tables(referrals(6, 'timmins', '2026-10', [shelter])),
        'withheld',
      ],
      [
        'a figure 1–4 shown',
        token,
        { ...good, needs: { ...good.needs, total: shownThree } },
        'bad_table',
        'a figure between 1 and 4 is shown',
      ],
      [
        'turn-aways with the columns out of order',
        token,
        { ...good, turnAways: { ...good.turnAways, columns: [...good.turnAways.columns].reverse() } },
        'bad_table',
        'the columns are not the expected ones, in order',
      ],
      [
        'totals that do not add up',
        token,
        { ...good, needs: { ...good.needs, total: { hidden: false, count: 60 } } },
        'bad_table',
        'the total is not the sum of the totals',
      ],
    ];
    for (const [name, who, body, reason, message] of cases) {
      const answer = await s.publish(who, body);
      expect(answer, name).toMatchObject({ status: 'refused', reason });
      if (message) expect(answer, name).toMatchObject({ message });
    }
    expect(s.rows()).toEqual([]);
    expect(await s.publish(token, good)).toEqual({ status: 'stored' });
  });

  it('a month is closed when it has ended in Toronto, by the hub’s clock', async () => {
    const s = await setUp();
    const token = await s.join('editor', s.north);
    const november = tables(referrals(5, 'cochrane', '2026-11', [health]));
    // 04:30 UTC on December 1 is 23:30 on November 30 in Toronto (EST, UTC−5).
    s.setClock('2026-12-01T04:30:00Z');
    expect(await s.publish(token, november)).toMatchObject({ status: 'refused', reason: 'not_closed' });
    s.setClock('2026-12-01T04:59:59Z');
    expect(await s.publish(token, november)).toMatchObject({ reason: 'not_closed' });
    s.setClock('2026-12-01T05:00:00Z');
    expect(await s.publish(token, november)).toEqual({ status: 'stored' });
    // In summer (EDT, UTC−4) the month ends an hour earlier in UTC.
    const july = tables(referrals(5, 'cochrane', '2026-07', [health]));
    s.setClock('2026-08-01T03:59:00Z');
    expect(await s.publish(token, july)).toMatchObject({ reason: 'not_closed' });
    s.setClock('2026-08-01T04:00:00Z');
    expect(await s.publish(token, july)).toEqual({ status: 'stored' });
  });

  it('refuses a hostile body with a stable code and stores nothing (the database checked)', async () => {
    const s = await setUp();
    const token = await s.join('outreach', s.north);
    const good = tables(referrals(6, 'timmins', '2026-10', [shelter]));
    const tooMany = Array.from({ length: STATS_COMMUNITIES_MAX + 1 }, (_, i) => `c${i}`);
    const zero: PublishedCount = { hidden: false, count: 0 };
    const cases: Array<[string, unknown, number]> = [
      [
        'too many communities',
        {
          ...good,
          needs: {
            ...good.needs,
            communities: tooMany,
            cells: tooMany.map(() => good.needs.columns.map(() => zero)),
            communityTotals: tooMany.map(() => zero),
          },
        },
        400,
      ],
      ['a string count', { ...good, needs: { ...good.needs, total: { hidden: false, count: '6' } } }, 400],
      ['a negative count', { ...good, needs: { ...good.needs, total: { hidden: false, count: -6 } } }, 400],
      [
        'a hidden figure with its count',
        { ...good, needs: { ...good.needs, total: { hidden: true, count: 2 } } },
        400,
      ],
      ['an unknown need', { ...good, needs: { ...good.needs, columns: ['program.unknown'] } }, 400],
      ['an unknown key', { ...good, agency: s.north }, 400],
      ['a month that does not exist', { ...good, month: '2026-13' }, 400],
      ['a day', { ...good, month: '2026-10-01' }, 400],
      ['no turn-aways', { month: good.month, needs: good.needs }, 400],
      ['not JSON', '{"month":', 400],
      ['a body over 256 KB', { ...good, padding: 'x'.repeat(MAX_BODY_BYTES) }, 413],
    ];
    for (const [name, body, status] of cases) {
      const res = await s.call('/api/stats', token, { method: 'PUT', body });
      expect(res.status, name).toBe(status);
      const error = ((await res.json()) as { error: { code: string } }).error;
      expect(error.code, name).toBe(status === 413 ? 'too_large' : 'bad_request');
    }
    // A figure 1–4 shown parses, and is refused as a table.
    const shown = { ...good, needs: { ...good.needs, total: { hidden: false, count: 4 } } };
    expect(await s.publish(token, shown)).toMatchObject({ reason: 'bad_table' });
    expect(s.rows()).toEqual([]);
  });
});

describe('reading the network’s figures', () => {
  it('adds agencies’ months up, newest first; a figure hidden in one is hidden in the sum', async () => {
    const s = await setUp();
    const northToken = await s.join('outreach', s.north);
    const southToken = await s.join('editor', s.south);
    const peer = await s.join('peer', null);
    // North's Moosonee has 2: hidden, with what hides it.
    const north = tables([
      ...referrals(2, 'moosonee', '2026-10', [shelter]),
      ...referrals(9, 'timmins', '2026-10', [shelter, health]),
      ...referrals(8, 'cochrane', '2026-10', [shelter, health]),
    ]);
    const south = tables([
      ...referrals(6, 'moosonee', '2026-10', [shelter]),
      ...referrals(5, 'timmins', '2026-10', [health]),
    ]);
    expect(cell(north.needs, 'moosonee', shelter)).toEqual({ hidden: true });
    expect(JSON.stringify(south)).not.toContain('"hidden":true');
    const september = tables(referrals(7, 'cochrane', '2026-09', [health]));
    expect(await s.publish(northToken, north)).toEqual({ status: 'stored' });
    expect(await s.publish(southToken, south)).toEqual({ status: 'stored' });
    expect(await s.publish(northToken, september)).toEqual({ status: 'stored' });

    const seen = await s.read(northToken);
    expect(seen.months.map((m) => [m.month, m.agencies])).toEqual([
      ['2026-10', 2],
      ['2026-09', 1],
    ]);
    expect(seen.published).toEqual(['2026-10', '2026-09']);
    expect(seen.withheld).toEqual([]);
    const [october] = seen.months;
    if (!october) throw new Error('no October');
    // Rows are the shipped communities, in their order, whether a table listed them or not.
    expect(october.needs.communities.slice(0, 3)).toEqual(['north-bay', 'greater-sudbury', 'timmins']);
    expect(october.needs.communities).toHaveLength(26);
    expect(cell(october.needs, 'moosonee', shelter)).toEqual({ hidden: true });
    expect(october.needs.communityTotals[october.needs.communities.indexOf('moosonee')]).toEqual({
      hidden: true,
    });
    expect(cell(october.needs, 'north-bay', shelter)).toEqual({ hidden: false, count: 0 });
    for (const [community, need] of [
      ['timmins', health],
      ['cochrane', shelter],
      ['timmins', shelter],
    ] as const) {
      const parts = [cell(north.needs, community, need), cell(south.needs, community, need)];
      expect(cell(october.needs, community, need), `${community} ${need}`).toEqual(
        parts.some((f) => f?.hidden)
          ? { hidden: true }
          : { hidden: false, count: parts.reduce((n, f) => n + (f && !f.hidden ? f.count : 0), 0) },
      );
    }
    expect(cell(october.needs, 'timmins', health)).toEqual({ hidden: false, count: 14 });

    expect((await s.read(southToken)).published).toEqual(['2026-10']);
    const forPeer = await s.read(peer);
    expect(forPeer.published).toEqual([]);
    expect(forPeer.months).toEqual(seen.months);
  });

  it('a community withheld after publication disappears, and the totals it was in are hidden', async () => {
    const s = await setUp();
    const token = await s.join('outreach', s.north);
    const coordinator = await s.join('coordinator', null);
    const october = tables([
      ...referrals(12, 'timmins', '2026-10', [shelter]),
      ...referrals(7, 'attawapiskat', '2026-10', [shelter]),
    ]);
    await s.publish(token, october);
    const before = (await s.read(token)).months[0]?.needs;
    expect(before && cell(before, 'attawapiskat', shelter)).toEqual({ hidden: false, count: 7 });
    expect(before && columnTotal(before, shelter)).toEqual({ hidden: false, count: 19 });

    const changed = await s.call('/api/admin/referral-settings', coordinator, {
      method: 'PATCH',
      body: { withheldCommunities: ['attawapiskat'] },
    });
    expect(((await changed.json()) as { settings: unknown }).settings).toMatchObject({
      withheldCommunities: ['attawapiskat'],
    });
    const after = await s.read(token);
    expect(after.withheld).toEqual(['attawapiskat']);
    expect(JSON.stringify(after.months)).not.toContain('attawapiskat');
    const needs = after.months[0]?.needs;
    if (!needs) throw new Error('no October');
    expect(needs.communities).toHaveLength(25);
    expect(cell(needs, 'timmins', shelter)).toEqual({ hidden: false, count: 12 });
    expect(columnTotal(needs, shelter)).toEqual({ hidden: true });
    expect(needs.total).toEqual({ hidden: true });
    // Every member is told, with the keys too.
    const keys = await s.call('/api/referrals/keys', token);
    expect(((await keys.json()) as { settings: unknown }).settings).toMatchObject({
      withheldCommunities: ['attawapiskat'],
    });
    // The stored row is as published: turning the community back on shows it again.
    await s.hub.relay.setSettings(null, { withheldCommunities: [] });
    expect((await s.read(token)).months[0]?.needs.total).toEqual({ hidden: false, count: 19 });
  });

  it('a revoked device is told so; requests count against the token’s rate', async () => {
    const s = await setUp({ perTokenPerMinute: 3 });
    const token = await s.join('outreach', s.north);
    const other = await s.join('outreach', s.north);
    expect((await s.call('/api/stats', token)).status).toBe(200);
    expect((await s.call('/api/stats', token)).status).toBe(200);
    expect((await s.call('/api/stats', token, { method: 'PUT', body: '{}' })).status).toBe(400);
    expect((await s.call('/api/stats', token)).status).toBe(429);
    for (const d of await s.hub.listDevices()) await s.hub.revokeDevice(null, d.id);
    const revoked = await s.call('/api/stats', other);
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe('revoked');
    const put = await s.call('/api/stats', other, {
      method: 'PUT',
      body: tables(referrals(6, 'timmins', '2026-10', [shelter])),
    });
    expect(put.status).toBe(401);
    expect(s.rows()).toEqual([]);
  });
});
