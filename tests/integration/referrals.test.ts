// Referrals from the referral store (what the screens use) through the app's relay adapter and hub
// client to the real hub on a SQLite file: two agencies' devices, a referral sent while the link is
// down that arrives exactly once, accepted with a note that comes back, and a third agency's device
// that holds nothing of it.
import { signal } from '@preact/signals';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { forgetLockedData, readNetwork } from '../../src/db';
import { NEEDS } from '../../src/model/coverage';
import { addMonths, TURN_AWAY_REASONS, torontoMonth } from '../../src/model/referralStats';
import { createReferralStore } from '../../src/state/referralStore';
import { createReferralRelay, pushReferralOutbox } from '../../src/sync/referralRelay';
import { SERVICE, sampleReferral } from '../fixtures/referrals';
import { createTestHub, joinDevice, type TestDevice, type TestHub } from '../fixtures/syncHarness';

const LOCATION = '10c00000-0000-4000-8000-0000000010c0';

async function referralDevice(device: TestDevice) {
  const network = await readNetwork(device.db);
  if (!network) throw new Error('not joined');
  const newKey = () =>
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  let dataKey = await newKey();
  // The receiving service, in Timmins: what the figures count its referrals under.
  await device.db.locations.put({ id: LOCATION, sample: 0, value: { community_id: 'timmins' } } as never);
  await device.db.services.put({ id: SERVICE.to, sample: 0, value: { location_ids: [LOCATION] } } as never);
  const store = createReferralStore({
    db: device.db,
    member: signal(network.membership),
    lockKey: () => dataKey,
    relay: () => createReferralRelay({ db: device.db, client: device.client }),
    now: device.now,
  });
  await store.prepare();
  return {
    store,
    device,
    agency: network.membership.agency?.id ?? '',
    token: network.token,
    /** A forgotten passphrase: what was locked is erased, a new lock is set, new keys are made. */
    async forgetPassphrase() {
      store.forget();
      await forgetLockedData(device.db);
      dataKey = await newKey();
      await store.prepare();
    },
  };
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

  it('each receiving agency publishes its closed month once, suppressed; the network reads them added up', async () => {
    const hub = await createTestHub();
    const south = await hub.hub.createAgency(null, 'South Agency');
    const east = await hub.hub.createAgency(null, 'East Agency');
    const sender = await referralDevice(await joinDevice(hub, 'outreach'));
    const southDevice = await referralDevice(await joinDevice(hub, 'outreach', { agencyId: south.id }));
    const eastDevice = await referralDevice(await joinDevice(hub, 'outreach', { agencyId: east.id }));
    for (const d of [southDevice, eastDevice, sender]) await d.store.sync();
    // Made last month (the sender's clock): 6 to South, 5 to East, naming safer shelter.
    const lastMonth = addMonths(torontoMonth(new Date()), -1);
    const refer = (to: { agency: string }) =>
      sender.store.send(
        sampleReferral({
          needs: ['program.safer-shelter'],
          consent: { share: ['needs'], withAgencies: [to.agency], until: '2099-12-31' },
          contact: undefined,
          toldOnce: undefined,
          toService: SERVICE.to,
          createdAt: `${lastMonth}-15T17:00:00.000Z`,
        }),
        to.agency,
      );
    for (let i = 0; i < 6; i++) expect(await refer(southDevice)).toBeNull();
    for (let i = 0; i < 5; i++) expect(await refer(eastDevice)).toBeNull();
    await sender.store.sync();
    for (const d of [southDevice, eastDevice]) await d.store.sync();
    await expect.poll(() => southDevice.store.referrals.value.length).toBe(6);
    const first = southDevice.store.referrals.value[0]?.id ?? '';
    // Declined last month too (a turn-away counts in the month of the decline).
    southDevice.device.clock.offsetMs = Date.parse(`${lastMonth}-20T17:00:00Z`) - Date.now();
    expect(
      await southDevice.store.changeStatus(first, 'declined', undefined, 'turnaway.id-required'),
    ).toBeNull();
    await southDevice.store.sync();
    // A week into this month (the devices' clocks): last month is due, and goes once.
    const published = () => countRows(hub, 'SELECT count(*) AS n FROM published_stats');
    expect(published()).toBe(0);
    for (const d of [southDevice, eastDevice]) {
      d.device.clock.offsetMs = Date.parse(`${torontoMonth(new Date())}-09T17:00:00Z`) - Date.now();
      await d.store.sync();
      await d.store.sync();
    }
    expect(published()).toBe(2);

    const answer = await sender.device.client.networkStats(sender.token);
    if (!answer.ok) throw new Error(answer.error.message);
    const month = answer.value.months.find((m) => m.month === lastMonth);
    expect(month?.agencies).toBe(2);
    const row = month?.needs.communities.indexOf('timmins') ?? -1;
    expect(month?.needs.cells[row]?.[NEEDS.indexOf('program.safer-shelter')]).toEqual({
      hidden: false,
      count: 11,
    });
    // One turn-away: hidden, and every figure it could be recovered from.
    const turned = month?.turnAways;
    expect(turned?.cells[row]?.[TURN_AWAY_REASONS.indexOf('turnaway.id-required')]).toEqual({ hidden: true });
    expect(turned?.total).toEqual({ hidden: true });
    // The sender's agency counted nothing; the receiving ones published once each.
    expect(answer.value.published).toEqual([]);
    const south_ = await southDevice.device.client.networkStats(southDevice.token);
    expect(south_.ok && south_.value.published).toEqual([lastMonth]);
    // The hub's rows hold tables only: no referral id, alias or device.
    const file = new Database(hub.file, { readonly: true });
    const rows = JSON.stringify(file.prepare('SELECT * FROM published_stats').all());
    file.close();
    for (const id of [first, southDevice.device.deviceId, eastDevice.device.deviceId])
      expect(rows).not.toContain(id);
    expect(rows).not.toContain('Birchwren');
    await hub.close();
  });

  it('a device that forgot its passphrase replaces its keys: it receives again, and what its old keys signed still reads', async () => {
    const hub = await createTestHub();
    const south = await hub.hub.createAgency(null, 'South Agency');
    const sender = await referralDevice(await joinDevice(hub, 'outreach'));
    const receiver = await referralDevice(await joinDevice(hub, 'outreach', { agencyId: south.id }));
    for (const d of [receiver, sender]) await d.store.sync();
    const refer = () =>
      sender.store.send(
        sampleReferral({
          consent: { share: ['summary'], withAgencies: [receiver.agency], until: '2099-12-31' },
          needs: undefined,
          contact: undefined,
          toService: SERVICE.to,
        }),
        receiver.agency,
      );
    expect(await refer()).toBeNull();
    await sender.store.sync();
    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(1);
    const before = receiver.store.fingerprint.value;
    expect(
      await receiver.store.changeStatus(receiver.store.referrals.value[0]?.id ?? '', 'accepted'),
    ).toBeNull();
    await receiver.store.sync();

    await receiver.forgetPassphrase();
    await receiver.store.sync();
    expect(receiver.store.fingerprint.value).not.toBe(before);
    expect(countRows(hub, 'SELECT count(*) AS n FROM retired_device_keys')).toBe(1);
    // The old referral is gone from it for good; the sender still reads the answer its old keys signed.
    expect(receiver.store.referrals.value).toEqual([]);
    await sender.store.sync();
    await expect.poll(() => sender.store.referrals.value[0]?.status).toBe('accepted');
    expect(sender.store.unreadable.value).toEqual([]);
    // A new referral is sealed for its new keys and opens there.
    expect(await refer()).toBeNull();
    await sender.store.sync();
    await receiver.store.sync();
    await expect.poll(() => receiver.store.referrals.value.length).toBe(1);
    // The first, sealed for the erased keys, stays closed to it: what was locked is gone. (Its entry
    // names this device but does not unwrap with the new keys: it reads as tampered, as a changed one would.)
    expect(receiver.store.unreadable.value).toMatchObject([{ error: 'tampered' }]);
    await hub.close();
  });
});
