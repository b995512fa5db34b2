import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { AGENCY, SENT_AT, sampleReferral } from '../../tests/fixtures/referrals';
import { type ListedDeviceKeys, openDatabase, type ReferralItem, type StoredMembership } from '../db';
import type { PublicDeviceKeys } from '../model/sealedReferral';
import { createReferralStore, type ReferralRelay } from './referralStore';

/**
 * A stand-in for the hub's relay with its rules that matter here: items stored once under their id,
 * pulled by sequence, each device seeing only the referrals of its own agency.
 */
function fakeHub() {
  const keys = new Map<string, ListedDeviceKeys>();
  const items: Array<ReferralItem & { seq: number; id: string }> = [];
  const agencies = new Map<string, { from: string; to: string }>();
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
    };
  };
  return {
    relayFor,
    items,
    keys,
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
  const store = createReferralStore({
    db: openDatabase(uniqueDbName()),
    member: signal(member),
    lockKey: () => dataKey,
    relay: () => relayOn.value,
    now: () => clock.now,
  });
  await store.prepare();
  return { store, relayOn, relay };
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
});
