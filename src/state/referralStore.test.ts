import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { AGENCY, SENT_AT, SERVICE, sampleReferral } from '../../tests/fixtures/referrals';
import { COMMUNITIES } from '../data/reference';
import {
  type ListedDeviceKeys,
  openDatabase,
  type ReferralItem,
  readStatsLedger,
  type StoredMembership,
} from '../db';
import { NEEDS } from '../model/coverage';
import { combineTables, type MonthlyStats, TURN_AWAY_REASONS } from '../model/referralStats';
import type { PublicDeviceKeys } from '../model/sealedReferral';
import type { NetworkStatsResponse } from '../sync/hubClient';
import { createReferralStore, type ReferralRelay } from './referralStore';

const LOCATION = '10c00000-0000-4000-8000-0000000010c0';

/**
 * A stand-in for the hub's relay with its rules that matter here: items stored once under their id,
 * pulled by sequence, each device seeing only the referrals of its own agency.
 */
function fakeHub() {
  const keys = new Map<string, ListedDeviceKeys>();
  const items: Array<ReferralItem & { seq: number; id: string }> = [];
  const agencies = new Map<string, { from: string; to: string }>();
  /** Published figures by agency and month, as the hub keeps them (once each). */
  const figures = new Map<string, MonthlyStats>();
  const withheld: string[] = [];
  const publishAttempts: string[] = [];
  const idOf = (entry: ReferralItem) =>
    entry.kind === 'envelope'
      ? entry.item.referralId
      : entry.kind === 'grant'
        ? `grant:${entry.item.referralId}:${entry.item.device}`
        : entry.item.id;
  let online = true;
  const relayFor = (agency: string): ReferralRelay => {
    const reach = async () => {
      if (!online) throw new TypeError('Failed to fetch');
    };
    return {
      async publishKeys(published: PublicDeviceKeys) {
        await reach();
        keys.set(published.deviceId, { ...published, revoked: false });
      },
      async listKeys() {
        await reach();
        return {
          keys: [...keys.values()],
          settings: { peersMaySend: false, retentionDays: 90, withheldCommunities: [] },
        };
      },
      async push(batch) {
        await reach();
        return batch.map((entry) => {
          const id = idOf(entry);
          if (!items.some((i) => i.id === id)) {
            if (entry.kind === 'envelope')
              agencies.set(entry.item.referralId, { from: entry.item.fromAgency, to: entry.item.toAgency });
            items.push({ ...entry, id, seq: items.length + 1 } as ReferralItem & { seq: number; id: string });
          }
          return { stored: true };
        });
      },
      async pull(after) {
        await reach();
        const mine = items.filter((i) => {
          const a = agencies.get(i.item.referralId);
          return i.seq > after && (a?.from === agency || a?.to === agency);
        });
        const page = mine.slice(0, 2);
        const next = page.at(-1)?.seq ?? after;
        return {
          items: page.map(({ id: _id, ...rest }) => rest as ReferralItem & { seq: number }),
          next,
          more: mine.length > 2,
        };
      },
      async publishStats(month) {
        await reach();
        const key = `${agency}/${month.month}`;
        publishAttempts.push(key);
        const before = figures.get(key);
        if (before && JSON.stringify(before) !== JSON.stringify(month))
          return { stored: false, code: 'exists' };
        figures.set(key, month);
        return { stored: true };
      },
      async networkStats(): Promise<NetworkStatsResponse> {
        await reach();
        const months = [...new Set([...figures.values()].map((f) => f.month))].sort().reverse();
        const communities = COMMUNITIES.map((c) => c.id);
        return JSON.parse(
          JSON.stringify({
            months: months.map((month) => {
              const tables = [...figures.values()].filter((f) => f.month === month);
              return {
                month,
                agencies: tables.length,
                needs: combineTables(
                  tables.map((t) => t.needs),
                  communities,
                  NEEDS,
                  withheld,
                ),
                turnAways: combineTables(
                  tables.map((t) => t.turnAways),
                  communities,
                  TURN_AWAY_REASONS,
                  withheld,
                ),
              };
            }),
            // The model's tables are read-only; the wire's type is not.
            published: [...figures.keys()].filter((k) => k.startsWith(`${agency}/`)).map((k) => k.slice(37)),
            withheld,
          }),
        );
      },
    };
  };
  return {
    relayFor,
    items,
    keys,
    figures,
    withheld,
    publishAttempts,
    setOnline: (value: boolean) => {
      online = value;
    },
  };
}

async function device(hub: ReturnType<typeof fakeHub>, agency: string, n: number, clock: { now: Date }) {
  const member: StoredMembership = {
    network: { id: '0e000000-0000-4000-8000-0000000000e0', name: 'North', demo: false },
    device: { id: `${agency.slice(0, 6)}d0-0000-4000-8000-0000000000${String(n).padStart(2, '0')}` },
    role: 'outreach',
    agency: { id: agency, name: 'Agency' },
  };
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const relay = hub.relayFor(agency);
  const relayOn = signal<ReferralRelay | null>(relay);
  const db = openDatabase(uniqueDbName());
  // The receiving service, in Timmins: what its referrals are counted under.
  await db.locations.put({ id: LOCATION, sample: 0, value: { community_id: 'timmins' } } as never);
  await db.services.put({ id: SERVICE.to, sample: 0, value: { location_ids: [LOCATION] } } as never);
  const storeOn = (database: typeof db) =>
    createReferralStore({
      db: database,
      member: signal(member),
      lockKey: () => dataKey,
      relay: () => relayOn.value,
      now: () => clock.now,
    });
  const store = storeOn(db);
  await store.prepare();
  /** The same device's other tab: its own store on the same database. */
  const secondTab = async () => {
    const tab = storeOn(openDatabase(db.name));
    await tab.prepare();
    return tab;
  };
  return { store, relayOn, relay, db, dataKey, secondTab };
}

describe('referrals between two agencies', () => {
  it('sent offline, arrives once after reconnection; accepted with a note; a later device gets access; purged on time', async () => {
    const hub = fakeHub();
    const clock = { now: SENT_AT };
    const sender = await device(hub, AGENCY.sender, 1, clock);
    const receiver = await device(hub, AGENCY.receiver, 1, clock);
    const outsider = await device(hub, AGENCY.other, 1, clock);
    // Each publishes its keys; the sender's list then knows the receiver's device.
    for (const d of [receiver, outsider, sender]) await d.store.sync();
    expect(sender.store.fingerprint.value).toMatch(/^\d{4}( \d{4}){4}$/);

    // Offline: sealed from the cached list and kept to send.
    hub.setOnline(false);
    expect(await sender.store.send(sampleReferral(), AGENCY.receiver)).toBeNull();
    await expect(sender.store.sync()).rejects.toThrow('Failed to fetch');
    await expect.poll(() => sender.store.referrals.value.length).toBe(1);
    expect(sender.store.referrals.value[0]).toMatchObject({ direction: 'sent', status: 'sent' });
    expect(hub.items).toHaveLength(0);
    hub.setOnline(true);
    await sender.store.sync();
    await sender.store.sync();
    expect(hub.items.filter((i) => i.kind === 'envelope')).toHaveLength(1);

    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(1);
    const got = receiver.store.referrals.value[0];
    expect(got?.direction).toBe('received');
    expect(got?.referral).toEqual(sampleReferral());
    // The third agency's device holds nothing of it.
    await outsider.store.sync();
    expect(outsider.store.referrals.value).toEqual([]);

    expect(await receiver.store.changeStatus(got?.id ?? '', 'accepted', 'A bed on Tuesday.')).toBeNull();
    await receiver.store.sync();
    await sender.store.sync();
    await expect.poll(() => sender.store.referrals.value[0]?.status).toBe('accepted');
    expect(sender.store.referrals.value[0]?.changes).toMatchObject([
      { status: 'accepted', note: 'A bed on Tuesday.', side: 'receiver', unsent: false },
    ]);

    // A second device of the receiving agency joins later: the first gives it access.
    const later = await device(hub, AGENCY.receiver, 2, clock);
    await later.store.sync();
    await receiver.store.sync();
    expect(hub.items.filter((i) => i.kind === 'grant')).toHaveLength(1);
    await later.store.sync();
    await expect.poll(() => later.store.referrals.value[0]?.status).toBe('accepted');

    // Retention: after purgeAt every device drops it.
    clock.now = new Date(Date.parse(got?.purgeAt ?? '') + 1000);
    for (const d of [sender, receiver, later]) await d.store.sync();
    for (const d of [sender, receiver, later]) await expect.poll(() => d.store.referrals.value).toEqual([]);
  });

  it('a decline carries its turn-away reason, sealed, to the sending agency', async () => {
    const hub = fakeHub();
    const clock = { now: SENT_AT };
    const sender = await device(hub, AGENCY.sender, 1, clock);
    const receiver = await device(hub, AGENCY.receiver, 1, clock);
    for (const d of [receiver, sender]) await d.store.sync();
    await sender.store.send(sampleReferral(), AGENCY.receiver);
    await sender.store.sync();
    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(1);
    const id = receiver.store.referrals.value[0]?.id ?? '';
    expect(
      await receiver.store.changeStatus(id, 'declined', undefined, 'turnaway.sobriety-required'),
    ).toBeNull();
    await receiver.store.sync();
    await sender.store.sync();
    await expect.poll(() => sender.store.referrals.value[0]?.status).toBe('declined');
    expect(sender.store.referrals.value[0]?.changes[0]).toMatchObject({
      status: 'declined',
      reason: 'turnaway.sobriety-required',
      note: null,
    });
    // Sealed: the stand-in hub's copy does not carry it in the clear.
    expect(JSON.stringify(hub.items)).not.toContain('sobriety');
  });

  it('refuses to send before the receiving agency has a device with keys, and when locked', async () => {
    const hub = fakeHub();
    const clock = { now: SENT_AT };
    const sender = await device(hub, AGENCY.sender, 1, clock);
    await sender.store.sync();
    expect(await sender.store.send(sampleReferral(), AGENCY.receiver)).toBe('no-recipients');
    sender.store.forget();
    expect(await sender.store.send(sampleReferral(), AGENCY.receiver)).toBe('locked');
    expect(sender.store.referrals.value).toEqual([]);
  });

  it('counts received referrals for the network, publishes a closed month once, suppressed; the counts outlive the purge', async () => {
    const hub = fakeHub();
    const clock = { now: SENT_AT };
    const sender = await device(hub, AGENCY.sender, 1, clock);
    const receiver = await device(hub, AGENCY.receiver, 1, clock);
    const second = await device(hub, AGENCY.receiver, 2, clock);
    for (const d of [receiver, second, sender]) await d.store.sync();
    // Six referrals in November naming shelter; one is declined for being full.
    for (let i = 0; i < 6; i++)
      await sender.store.send(sampleReferral({ needs: ['program.safer-shelter'] }), AGENCY.receiver);
    await sender.store.sync();
    await receiver.store.sync();
    await second.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(6);
    const declined = receiver.store.referrals.value[0]?.id ?? '';
    clock.now = new Date('2026-11-20T15:00:00Z');
    expect(await receiver.store.changeStatus(declined, 'declined', undefined, 'turnaway.full')).toBeNull();
    await receiver.store.sync();
    // The counts are sealed: the words are not in the database in the clear.
    await expect
      .poll(async () => Object.keys(await readStatsLedger(receiver.db, receiver.dataKey)).length)
      .toBe(7);
    expect(JSON.stringify(await receiver.db.meta.toArray())).not.toContain('safer-shelter');
    // Not yet: November has not ended a week ago.
    clock.now = new Date('2026-12-07T12:00:00Z');
    await receiver.store.sync();
    expect(hub.figures.size).toBe(0);

    // Past the grace, after retention purged every referral: published from the counts.
    clock.now = new Date('2027-01-02T12:00:00Z');
    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value).toEqual([]);
    const published = hub.figures.get(`${AGENCY.receiver}/2026-11`);
    const row = published?.needs.communities.indexOf('timmins') ?? -1;
    const shelter = NEEDS.indexOf('program.safer-shelter');
    expect(published?.needs.cells[row]?.[shelter]).toEqual({ hidden: false, count: 6 });
    // One turn-away is under 5: hidden, and so is every figure it could be recovered from.
    const full = TURN_AWAY_REASONS.indexOf('turnaway.full');
    expect(published?.turnAways.cells[row]?.[full]).toEqual({ hidden: true });
    expect(published?.turnAways.total).toEqual({ hidden: true });
    expect(JSON.stringify(published)).not.toMatch(/Birchwren|[0-9a-f]{8}-[0-9a-f]{4}-/);

    // The agency's second device counted the same referrals, but the month is published: it sends nothing.
    expect(Object.keys(await readStatsLedger(second.db, second.dataKey))).toHaveLength(6);
    await second.store.sync();
    await receiver.store.sync();
    expect(hub.publishAttempts).toEqual([`${AGENCY.receiver}/2026-11`]);
    // The sending agency counts nothing: only the receiving agency does.
    await sender.store.sync();
    expect([...hub.figures.keys()]).toEqual([`${AGENCY.receiver}/2026-11`]);
  });

  it('two tabs sending and syncing at once: each referral leaves once, none is lost', async () => {
    const hub = fakeHub();
    const clock = { now: SENT_AT };
    const sender = await device(hub, AGENCY.sender, 1, clock);
    const receiver = await device(hub, AGENCY.receiver, 1, clock);
    for (const d of [receiver, sender]) await d.store.sync();
    const other = await sender.secondTab();
    const results = await Promise.all([
      sender.store.send(sampleReferral({ alias: 'Tab one' }), AGENCY.receiver),
      other.send(sampleReferral({ alias: 'Tab two' }), AGENCY.receiver),
    ]);
    expect(results).toEqual([null, null]);
    // Both tabs' syncs run together, each pushing the shared outbox.
    await Promise.all([sender.store.sync(), other.sync()]);
    expect(hub.items.filter((i) => i.kind === 'envelope')).toHaveLength(2);
    await expect.poll(() => sender.store.unsent.value).toBe(0);
    await receiver.store.sync();
    await expect
      .poll(() => receiver.store.referrals.value.map((r) => r.referral.alias).sort())
      .toEqual(['Tab one', 'Tab two']);
  });
});
