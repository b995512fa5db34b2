// Referrals from the referral store (what the screens use) through the app's relay adapter and hub
// client to the real hub on a SQLite file: two agencies' devices, a referral sent while the link is
// down that arrives exactly once, accepted with a note that comes back, and a third agency's device
// that holds nothing of it.
import { signal } from '@preact/signals';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/db';
import { createReferralStore } from '../../src/state/referralStore';
import { createReferralRelay, pushReferralOutbox } from '../../src/sync/referralRelay';
import { SERVICE, sampleReferral } from '../fixtures/referrals';
import { createTestHub, joinDevice, type TestDevice, type TestHub } from '../fixtures/syncHarness';

async function referralDevice(device: TestDevice) {
  const network = await readNetwork(device.db);
  if (!network) throw new Error('not joined');
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const store = createReferralStore({
    db: device.db,
    member: signal(network.membership),
    lockKey: () => dataKey,
    relay: () => createReferralRelay({ db: device.db, client: device.client }),
    now: device.now,
  });
  await store.prepare();
  return { store, agency: network.membership.agency?.id ?? '' };
}

function countRows(hub: TestHub, sql: string): number {
  const file = new Database(hub.file, { readonly: true });
  try {
    return (file.prepare(sql).get() as { n: number }).n;
  } finally {
    file.close();
  }
}

describe('referrals between agencies through the hub', () => {
  it('a referral sent with the link down arrives exactly once after it is back; the answer comes back', async () => {
    const hub = await createTestHub();
    const south = await hub.hub.createAgency(null, 'South Agency');
    const east = await hub.hub.createAgency(null, 'East Agency');
    const sender = await referralDevice(await joinDevice(hub, 'outreach'));
    const receiver = await referralDevice(await joinDevice(hub, 'outreach', { agencyId: south.id }));
    const outsider = await referralDevice(await joinDevice(hub, 'editor', { agencyId: east.id }));
    for (const d of [receiver, outsider, sender]) await d.store.sync();

    const referral = sampleReferral({
      consent: {
        share: ['needs', 'contact', 'summary'],
        withAgencies: [receiver.agency],
        until: '2099-12-31',
      },
      toService: SERVICE.to,
    });
    // The link drops: the sync fails, the referral stays sealed on the device, to send.
    hub.fault = () => 'drop-request';
    expect(await sender.store.send(referral, receiver.agency)).toBeNull();
    await expect(sender.store.sync()).rejects.toThrow();
    await expect.poll(() => sender.store.unsent.value).toBe(1);
    // The reply to a push is lost: the hub stored it; the replay is the same item.
    let calls = 0;
    hub.fault = () => (calls++ === 2 ? 'drop-reply' : 'none');
    await expect(sender.store.sync()).rejects.toThrow();
    hub.fault = () => 'none';
    await sender.store.sync();
    expect(countRows(hub, "SELECT count(*) AS n FROM sealed_items WHERE kind = 'envelope'")).toBe(1);
    await expect.poll(() => sender.store.unsent.value).toBe(0);

    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(1);
    const got = receiver.store.referrals.value[0];
    expect(got).toMatchObject({ direction: 'received', status: 'sent', referral });
    await outsider.store.sync();
    expect(outsider.store.referrals.value).toEqual([]);
    expect(outsider.store.unreadable.value).toEqual([]);

    expect(
      await receiver.store.changeStatus(got?.id ?? '', 'accepted', 'Bed on Tuesday, side door.'),
    ).toBeNull();
    await receiver.store.sync();
    await sender.store.sync();
    await expect.poll(() => sender.store.referrals.value[0]?.status).toBe('accepted');
    expect(sender.store.referrals.value[0]?.changes[0]).toMatchObject({
      status: 'accepted',
      note: 'Bed on Tuesday, side door.',
      side: 'receiver',
    });
    await hub.close();
  });

  it('the service worker’s push needs no key: what was sealed offline leaves with every tab closed', async () => {
    const hub = await createTestHub();
    const south = await hub.hub.createAgency(null, 'South Agency');
    const senderDevice = await joinDevice(hub, 'outreach');
    const sender = await referralDevice(senderDevice);
    const receiver = await referralDevice(await joinDevice(hub, 'outreach', { agencyId: south.id }));
    for (const d of [receiver, sender]) await d.store.sync();
    const referral = sampleReferral({
      consent: { share: ['summary'], withAgencies: [receiver.agency], until: '2099-12-31' },
      needs: undefined,
      contact: undefined,
      toService: SERVICE.to,
    });
    expect(await sender.store.send(referral, receiver.agency)).toBeNull();
    // The tab is gone (locked, closed): only the database and the hub client remain, as in the worker.
    sender.store.forget();
    const relay = createReferralRelay({ db: senderDevice.db, client: senderDevice.client });
    expect(await pushReferralOutbox(senderDevice.db, relay)).toBe(1);
    expect(await pushReferralOutbox(senderDevice.db, relay)).toBe(0);
    await receiver.store.sync();
    await expect
      .poll(() => receiver.store.referrals.value.map((r) => r.referral.toldOnce))
      .toEqual([referral.toldOnce]);
    await hub.close();
  });
});
