// The referral relay's rules in-process, on SQLite in memory, with sealed items made by hand: the
// hub checks routing only, so random bytes of the right sizes stand in for ciphertext here (the
// integration test relays real sealed referrals).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RETIRED_KEYS_MAX, type SealedItem } from '../protocol';
import { createHub } from './hub';
import { startReferralPurge } from './referralPurge';
import {
  asEnvelope,
  asGrant,
  asStatus,
  b64,
  envelope,
  grant,
  keysOf,
  SAMPLE_T0,
  status,
} from './relaySamples';
import { openSqliteStorage } from './storage/sqlite';
import type { DeviceRow } from './storage/types';

const T0 = SAMPLE_T0;
const DAY_MS = 86_400_000;

async function setUp() {
  let clock = T0;
  const storage = openSqliteStorage(':memory:');
  const hub = createHub({ storage, now: () => clock });
  await hub.createNetwork({ name: 'Test network', demo: false });
  const [north, south, east] = await Promise.all(
    ['North', 'South', 'East'].map((name) => hub.createAgency(null, name)),
  );
  const join = async (role: DeviceRow['role'], agencyId: string | null, publish = true) => {
    let device: DeviceRow;
    if (role === 'peer' && agencyId) {
      // A peer supporter with an agency cannot be invited; the hub's own records may still say so.
      device = {
        id: randomUUID(),
        tokenHash: randomUUID(),
        role,
        agencyId,
        enrolledAt: T0.toISOString(),
        lastSeenAt: null,
        revokedAt: null,
      };
      await storage.putDevice(device);
    } else {
      const { code } = await hub.createInvite(null, { role, agencyId });
      device = await hub.authenticate((await hub.enrol(code, undefined)).token);
    }
    if (publish) await hub.relay.publishKeys(device, keysOf(device));
    return device;
  };
  const counts = async () => {
    const rows = await storage.sealedSince(0, 1000, { agencyId: north!.id, now: T0.toISOString() });
    const others = await storage.sealedSince(0, 1000, { agencyId: east!.id, now: T0.toISOString() });
    return {
      north: rows.rows.length,
      east: others.rows.length,
      keys: (await storage.listDeviceKeys()).length,
    };
  };
  return {
    hub,
    relay: hub.relay,
    storage,
    north: north!.id,
    south: south!.id,
    east: east!.id,
    join,
    counts,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

describe('published device keys', () => {
  it('are a device’s own, with the agency the hub records; the same again is fine, others refused', async () => {
    const { relay, storage, north, south, join } = await setUp();
    const a = await join('outreach', north, false);
    const b = await join('editor', south, false);
    expect(await relay.publishKeys(a, { ...keysOf(a), deviceId: b.id })).toMatchObject({
      status: 'refused',
      reason: 'wrong_device',
    });
    expect(await relay.publishKeys(a, { ...keysOf(a), agencyId: south })).toMatchObject({
      status: 'refused',
      reason: 'wrong_agency',
    });
    expect(await storage.listDeviceKeys()).toEqual([]);
    expect(await relay.publishKeys(a, keysOf(a))).toEqual({ status: 'stored' });
    expect(await relay.publishKeys(a, keysOf(a))).toEqual({ status: 'stored' });
    expect(await relay.publishKeys(a, keysOf(a, 9))).toMatchObject({ status: 'refused', reason: 'exists' });
    expect(await storage.getDeviceKeys(a.id)).toEqual(keysOf(a));
    const audit = await storage.listAudit({ limit: 10 });
    expect(audit.filter((e) => e.action === 'publish-keys')).toHaveLength(1);
    expect(audit.filter((e) => e.subject === 'device-keys').map((e) => e.detail)).toEqual([
      'exists',
      'wrong_agency',
      'wrong_device',
    ]);
  });

  it('are listed for every member with whether the device was revoked, beside the referral settings', async () => {
    const { hub, relay, north, south, join } = await setUp();
    const a = await join('outreach', north);
    const b = await join('editor', south);
    await hub.revokeDevice(null, b.id);
    const listed = await relay.listKeys();
    expect(listed.settings).toEqual({ peersMaySend: false, retentionDays: 90, withheldCommunities: [] });
    expect(listed.keys).toHaveLength(2);
    expect(listed.keys).toContainEqual({ ...keysOf(a), revoked: false, retired: false });
    expect(listed.keys).toContainEqual({ ...keysOf(b), revoked: true, retired: false });
  });
});

describe('replacing a device’s keys (a forgotten passphrase erased them)', () => {
  it('keeps the replaced keys as retired, listed before the current ones; a replay is stored again', async () => {
    const { relay, storage, north, join } = await setUp();
    const a = await join('outreach', north);
    // Publishing other keys stays refused: they are replaced through their own route only.
    expect(await relay.publishKeys(a, keysOf(a, 9))).toMatchObject({ status: 'refused', reason: 'exists' });
    expect(await relay.replaceKeys(a, keysOf(a, 9))).toEqual({ status: 'stored' });
    expect(await relay.replaceKeys(a, keysOf(a, 9))).toEqual({ status: 'stored' });
    expect(await relay.publishKeys(a, keysOf(a, 9))).toEqual({ status: 'stored' });
    expect(await storage.getDeviceKeys(a.id)).toEqual(keysOf(a, 9));
    expect((await relay.listKeys()).keys).toEqual([
      { ...keysOf(a), revoked: false, retired: true },
      { ...keysOf(a, 9), revoked: false, retired: false },
    ]);
    // A retired key never comes back as current.
    expect(await relay.replaceKeys(a, keysOf(a))).toMatchObject({ status: 'refused', reason: 'exists' });
    const log = await storage.listAudit({ limit: 20 });
    expect(log.filter((e) => e.action === 'replace-keys')).toEqual([
      expect.objectContaining({ deviceId: a.id, subject: null, detail: null }),
    ]);
  });

  it('a device without keys yet publishes them by replacing', async () => {
    const { relay, storage, north, join } = await setUp();
    const a = await join('outreach', north, false);
    expect(await relay.replaceKeys(a, keysOf(a))).toEqual({ status: 'stored' });
    expect(await storage.listDeviceKeys()).toEqual([{ ...keysOf(a), revoked: false, retired: false }]);
  });

  it(`stops after ${RETIRED_KEYS_MAX} retired key sets with too_many_keys, storing nothing more`, async () => {
    const { relay, storage, north, join } = await setUp();
    const a = await join('outreach', north);
    for (let n = 1; n <= RETIRED_KEYS_MAX; n++)
      expect(await relay.replaceKeys(a, keysOf(a, 10 + 2 * n))).toEqual({ status: 'stored' });
    expect(await relay.replaceKeys(a, keysOf(a, 100))).toMatchObject({
      status: 'refused',
      reason: 'too_many_keys',
    });
    expect(await storage.getDeviceKeys(a.id)).toEqual(keysOf(a, 10 + 2 * RETIRED_KEYS_MAX));
    expect(await storage.retiredDeviceKeys(a.id)).toHaveLength(RETIRED_KEYS_MAX);
  });

  it('another device cannot replace someone else’s keys, nor a device with another agency; a revoked one none', async () => {
    const { hub, relay, storage, north, south, join } = await setUp();
    const a = await join('outreach', north);
    const b = await join('editor', south);
    expect(await relay.replaceKeys(b, keysOf(a, 9))).toMatchObject({
      status: 'refused',
      reason: 'wrong_device',
    });
    expect(await relay.replaceKeys(a, { ...keysOf(a, 9), agencyId: south })).toMatchObject({
      status: 'refused',
      reason: 'wrong_agency',
    });
    await hub.revokeDevice(null, b.id);
    await expect(relay.replaceKeys(b, keysOf(b, 9))).rejects.toMatchObject({ code: 'revoked' });
    expect(await storage.getDeviceKeys(a.id)).toEqual(keysOf(a));
    expect(await storage.getDeviceKeys(b.id)).toEqual(keysOf(b));
    expect(await storage.retiredDeviceKeys(a.id)).toEqual([]);
  });

  it('what was sealed and signed before stays relayed and checkable; the device still receives and sends', async () => {
    const { relay, north, south, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const before = envelope(sender, south, [receiver]);
    await relay.push(sender, [asEnvelope(before)]);
    await relay.replaceKeys(sender, keysOf(sender, 9));
    await relay.replaceKeys(receiver, keysOf(receiver, 9));
    const pulled = await relay.pull(receiver, { cursor: 0, limit: 10 });
    expect(pulled.items.map((i) => i.item)).toEqual([before]);
    // Its signer's key at the time is listed, retired, for the opener to check the signature with.
    const keys = (await relay.listKeys()).keys;
    expect(keys).toContainEqual({ ...keysOf(sender), revoked: false, retired: true });
    expect(keys.filter((k) => k.deviceId === sender.id && !k.retired)).toEqual([
      { ...keysOf(sender, 9), revoked: false, retired: false },
    ]);
    // With current keys, both go on: a status on the earlier referral, a new one each way.
    expect(await relay.push(receiver, [asStatus(status(before, receiver))])).toMatchObject([
      { status: 'stored' },
    ]);
    expect(
      await relay.push(sender, [
        asEnvelope(envelope(sender, south, [receiver])),
        asGrant(grant(before, sender, receiver)),
      ]),
    ).toMatchObject([{ status: 'stored' }, { status: 'stored' }]);
  });
});

describe('pushing sealed items', () => {
  it('stores an envelope, its grants and status updates between the two agencies; a replay is stored again', async () => {
    const { relay, north, south, join, counts } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const later = await join('outreach', south);
    const e = envelope(sender, south, [receiver]);
    const items = [asEnvelope(e), asGrant(grant(e, receiver, later)), asStatus(status(e, later))];
    const first = await relay.push(sender, items.slice(0, 1));
    expect(first).toEqual([{ kind: 'envelope', referralId: e.referralId, status: 'stored' }]);
    expect(await relay.push(receiver, items.slice(1, 2))).toMatchObject([{ status: 'stored' }]);
    expect(await relay.push(later, items.slice(2))).toMatchObject([{ status: 'stored' }]);
    expect(await counts()).toMatchObject({ north: 3 });
    // Replays (an answer lost on the way) get the stored result and store nothing more.
    expect(await relay.push(sender, items.slice(0, 1))).toEqual(first);
    expect(await relay.push(receiver, items.slice(1, 2))).toMatchObject([{ status: 'stored' }]);
    expect(await counts()).toMatchObject({ north: 3 });
  });

  it('refuses the same id with other bytes', async () => {
    const { relay, north, south, join, counts } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const e = envelope(sender, south, [receiver]);
    const u = status(e, receiver);
    await relay.push(sender, [asEnvelope(e)]);
    await relay.push(receiver, [asStatus(u)]);
    const results = await relay.push(sender, [asEnvelope({ ...e, ciphertext: b64(4112, 7) })]);
    expect(results).toMatchObject([{ status: 'refused', reason: 'exists' }]);
    expect(await relay.push(receiver, [asStatus({ ...u, signature: b64(64, 7) })])).toMatchObject([
      { status: 'refused', reason: 'exists' },
    ]);
    expect(await counts()).toMatchObject({ north: 2 });
  });

  it('refuses, each with its code, and stores nothing of what it refuses', async () => {
    const { hub, relay, north, south, east, join, counts } = await setUp();
    const sender = await join('outreach', north);
    const other = await join('outreach', north);
    const receiver = await join('editor', south);
    const outsider = await join('editor', east);
    const revoked = await join('editor', south);
    const unpublished = await join('editor', south, false);
    const peer = await join('peer', north);
    const silent = await join('outreach', north, false);
    await hub.revokeDevice(null, revoked.id);
    const held = envelope(sender, south, [receiver]);
    await relay.push(sender, [asEnvelope(held)]);
    const before = await counts();

    const cases: Array<[string, DeviceRow, SealedItem, string]> = [
      ['a forged sender', other, asEnvelope(envelope(sender, south, [receiver])), 'wrong_device'],
      [
        'a wrong fromAgency',
        sender,
        asEnvelope({ ...envelope(sender, south, []), fromAgency: east }),
        'wrong_agency',
      ],
      ['an agency of no network', sender, asEnvelope(envelope(sender, randomUUID(), [])), 'unknown_agency'],
      [
        'a recipient outside the two agencies',
        sender,
        asEnvelope(envelope(sender, south, [outsider])),
        'bad_recipient',
      ],
      ['a revoked recipient', sender, asEnvelope(envelope(sender, south, [revoked])), 'bad_recipient'],
      [
        'a recipient without keys',
        sender,
        asEnvelope(envelope(sender, south, [unpublished])),
        'bad_recipient',
      ],
      ['a sender without keys', silent, asEnvelope(envelope(silent, south, [receiver])), 'no_keys'],
      [
        'a peer the network does not allow',
        peer,
        asEnvelope(envelope(peer, south, [receiver])),
        'may_not_send',
      ],
      [
        'purgeAt beyond the retention',
        sender,
        asEnvelope({
          ...envelope(sender, south, []),
          purgeAt: new Date(T0.getTime() + 91 * DAY_MS).toISOString(),
        }),
        'bad_purge_at',
      ],
      [
        'purgeAt passed',
        sender,
        asEnvelope({ ...envelope(sender, south, []), purgeAt: T0.toISOString() }),
        'bad_purge_at',
      ],
      ['a grant by another device', receiver, asGrant(grant(held, other, receiver)), 'wrong_device'],
      ['a grant from a third agency', outsider, asGrant(grant(held, outsider, outsider)), 'wrong_agency'],
      ['a grant to a third agency', receiver, asGrant(grant(held, receiver, outsider)), 'bad_recipient'],
      ['a grant to a revoked device', receiver, asGrant(grant(held, receiver, revoked)), 'bad_recipient'],
      [
        'a grant for no referral',
        receiver,
        asGrant(grant(envelope(sender, south, []), receiver, receiver)),
        'not_found',
      ],
      ['a status by another device', receiver, asStatus(status(held, sender)), 'wrong_device'],
      ['a status from a third agency', outsider, asStatus(status(held, outsider)), 'wrong_agency'],
      [
        'a status for no referral',
        receiver,
        asStatus(status(envelope(sender, south, []), receiver)),
        'not_found',
      ],
    ];
    for (const [name, device, item, reason] of cases) {
      const [result] = await relay.push(device, [item]);
      expect(result, name).toMatchObject({ status: 'refused', reason });
    }
    expect(await counts()).toEqual(before);
    // With the network's permission, the same peer sends.
    await relay.setSettings(null, { peersMaySend: true });
    expect(await relay.push(peer, [asEnvelope(envelope(peer, south, [receiver]))])).toMatchObject([
      { status: 'stored' },
    ]);
  });

  it('one refused item never blocks the rest of its batch', async () => {
    const { relay, north, south, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const a = envelope(sender, south, [receiver]);
    const b = envelope(sender, south, [receiver]);
    const results = await relay.push(sender, [
      asEnvelope(a),
      asEnvelope({ ...envelope(sender, south, []), sender: receiver.id }),
      asEnvelope(b),
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'refused', 'stored']);
  });

  it('stores nothing from a device revoked after its token was checked', async () => {
    const { hub, relay, north, south, join, counts } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    await hub.revokeDevice(null, sender.id);
    await expect(relay.push(sender, [asEnvelope(envelope(sender, south, [receiver]))])).rejects.toMatchObject(
      {
        code: 'revoked',
      },
    );
    await expect(relay.publishKeys(sender, keysOf(sender))).rejects.toMatchObject({ code: 'revoked' });
    expect(await counts()).toMatchObject({ north: 0 });
  });

  it('audits refusals as a count and their reasons: no referral ids, no agencies', async () => {
    const { relay, storage, north, south, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const e = envelope(sender, south, [receiver]);
    await relay.push(sender, [
      asEnvelope(e),
      asEnvelope({ ...envelope(sender, south, []), toAgency: randomUUID() }),
    ]);
    await relay.push(receiver, [asStatus(status(e, sender)), asStatus(status(e, sender))]);
    const log = await storage.listAudit({ limit: 50 });
    expect(log.filter((entry) => entry.action === 'relay-refuse').map((entry) => entry.detail)).toEqual([
      '2: wrong_device',
      '1: unknown_agency',
    ]);
    expect(JSON.stringify(log)).not.toContain(e.referralId);
    const relayed = JSON.stringify(log.filter((entry) => entry.action === 'relay-refuse'));
    for (const agency of [north, south]) expect(relayed).not.toContain(agency);
  });
});

describe('pulling sealed items', () => {
  it('[S5] pages a device’s agency’s referrals by the relay’s cursor; a third agency gets none', async () => {
    const { relay, north, south, east, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const outsider = await join('editor', east);
    const peer = await join('peer', null);
    const envelopes = Array.from({ length: 5 }, () => envelope(sender, south, [receiver]));
    await relay.push(sender, envelopes.map(asEnvelope));
    await relay.push(receiver, [asStatus(status(envelopes[0]!, receiver))]);

    const seen: string[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await relay.pull(receiver, { cursor, limit: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.kind));
      cursor = page.cursor;
      more = page.more;
    }
    expect(seen).toEqual([...Array(5).fill('envelope'), 'status']);
    expect(await relay.pull(receiver, { cursor, limit: 2 })).toEqual({ items: [], cursor, more: false });
    for (const device of [outsider, peer]) {
      // Nothing, and a cursor past what it may not see.
      expect(await relay.pull(device, { cursor: 0, limit: 100 })).toEqual({ items: [], cursor, more: false });
    }
  });

  it('cuts a page by bytes too, and the next page starts after the last item it gave', async () => {
    const { relay, north, south, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    // Envelopes near the largest ciphertext: about 65 KB each, so 1 MB holds 15 or 16.
    const big = Array.from({ length: 20 }, () => ({
      ...envelope(sender, south, [receiver]),
      ciphertext: b64(49_000),
    }));
    for (const e of big) await relay.push(sender, [asEnvelope(e)]);
    const first = await relay.pull(receiver, { cursor: 0, limit: 100 });
    expect(first.more).toBe(true);
    expect(first.items.length).toBeLessThan(20);
    const second = await relay.pull(receiver, { cursor: first.cursor, limit: 100 });
    const ids = [...first.items, ...second.items].map((i) => i.item.referralId);
    expect(ids).toEqual(big.map((e) => e.referralId));
    expect(second.more).toBe(false);
  });
});

describe('purge', () => {
  it('removes the due referrals with their grants and status updates, at start and on the timer', async () => {
    const { relay, storage, north, south, join, advance } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const later = await join('editor', south);
    const soon = {
      ...envelope(sender, south, [receiver]),
      purgeAt: new Date(T0.getTime() + DAY_MS).toISOString(),
    };
    const kept = envelope(sender, south, [receiver]);
    await relay.push(sender, [asEnvelope(soon), asEnvelope(kept)]);
    await relay.push(receiver, [
      asGrant(grant(soon, receiver, later)),
      asStatus(status(soon, receiver)),
      asStatus(status(kept, receiver)),
    ]);
    const rows = () => storage.sealedSince(0, 100, { agencyId: north, now: T0.toISOString() });
    expect((await rows()).rows).toHaveLength(5);

    const ticks: Array<() => void> = [];
    const purge = startReferralPurge(relay, {
      repeat: (run) => {
        ticks.push(run);
        return { stop: () => ticks.splice(0) };
      },
    });
    expect(await purge.first).toBe(0); // at start: nothing is due yet
    advance(DAY_MS);
    ticks[0]?.();
    // The tick's purge is one transaction; an empty one queued after it returns once it is done.
    await storage.transaction(async () => {});
    expect((await rows()).rows.map((r) => r.referralId)).toEqual([kept.referralId, kept.referralId]);
    expect(await storage.getReferralRoute(soon.referralId)).toBeNull();
    // A grant or status for a purged referral is refused; a pull no longer sees it.
    expect(await relay.push(receiver, [asStatus(status(soon, receiver))])).toMatchObject([
      { status: 'refused', reason: 'not_found' },
    ]);
    const log = await storage.listAudit({ limit: 5 });
    expect(log.filter((e) => e.action === 'purge-referrals').map((e) => e.detail)).toEqual(['1 referrals']);
    purge.stop();
    expect(ticks).toHaveLength(0);
  });

  it('a due referral stops appearing in pulls before the purge runs', async () => {
    const { relay, north, south, join, advance } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    const e = {
      ...envelope(sender, south, [receiver]),
      purgeAt: new Date(T0.getTime() + DAY_MS).toISOString(),
    };
    await relay.push(sender, [asEnvelope(e)]);
    expect((await relay.pull(receiver, { cursor: 0, limit: 10 })).items).toHaveLength(1);
    advance(DAY_MS);
    expect((await relay.pull(receiver, { cursor: 0, limit: 10 })).items).toEqual([]);
  });

  it('logs a failed run and keeps the timer going', async () => {
    const errors: unknown[] = [];
    const ticks: Array<() => void> = [];
    let calls = 0;
    const purge = startReferralPurge(
      {
        purge: async () => {
          calls++;
          throw new Error('disk gone');
        },
      },
      {
        repeat: (run) => {
          ticks.push(run);
          return { stop: () => {} };
        },
        onError: (e) => errors.push(e),
      },
    );
    await purge.first;
    ticks[0]?.();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });
});

describe('referral settings', () => {
  it('withholds communities of the shipped list only, replacing the whole list; each change audited', async () => {
    const { relay, storage } = await setUp();
    const set = await relay.setSettings(null, { withheldCommunities: ['attawapiskat', 'fort-albany'] });
    expect(set.withheldCommunities).toEqual(['attawapiskat', 'fort-albany']);
    expect((await relay.listKeys()).settings.withheldCommunities).toEqual(['attawapiskat', 'fort-albany']);
    await expect(
      relay.setSettings(null, { withheldCommunities: ['attawapiskat', 'atlantis'], retentionDays: 10 }),
    ).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('atlantis') });
    expect(await relay.settings()).toEqual({
      peersMaySend: false,
      retentionDays: 90,
      withheldCommunities: ['attawapiskat', 'fort-albany'],
    });
    // Another setting leaves the list as it is; an empty list withholds none.
    expect((await relay.setSettings(null, { peersMaySend: true })).withheldCommunities).toHaveLength(2);
    expect((await relay.setSettings(null, { withheldCommunities: [] })).withheldCommunities).toEqual([]);
    const log = await storage.listAudit({ limit: 10 });
    expect(log.filter((e) => e.action === 'withheld-communities').map((e) => e.detail)).toEqual([
      'none',
      'attawapiskat, fort-albany',
    ]);
  });

  it('a coordinator changes who may send and the retention; each change is audited, without content', async () => {
    const { relay, storage, north, south, join } = await setUp();
    const sender = await join('outreach', north);
    const receiver = await join('editor', south);
    expect(await relay.setSettings(null, { retentionDays: 30 })).toEqual({
      peersMaySend: false,
      retentionDays: 30,
      withheldCommunities: [],
    });
    const e = {
      ...envelope(sender, south, [receiver]),
      purgeAt: new Date(T0.getTime() + 31 * DAY_MS).toISOString(),
    };
    expect(await relay.push(sender, [asEnvelope(e)])).toMatchObject([{ reason: 'bad_purge_at' }]);
    expect(await relay.setSettings(null, { peersMaySend: true })).toEqual({
      peersMaySend: true,
      retentionDays: 30,
      withheldCommunities: [],
    });
    expect(await relay.settings()).toEqual({
      peersMaySend: true,
      retentionDays: 30,
      withheldCommunities: [],
    });
    const log = await storage.listAudit({ limit: 10 });
    expect(log.map((entry) => [entry.action, entry.detail]).slice(0, 3)).toEqual([
      ['peers-may-refer', 'on'],
      ['relay-refuse', '1: bad_purge_at'],
      ['referral-retention', '30 days'],
    ]);
  });
});
