// Client and hub in-process: the real engine on fake-indexeddb, the real hub on a SQLite file, over a
// transport that drops, cuts, duplicates, delays and reorders. Each test names the rule it checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleDirectory } from '../../src/data/sampleDirectory';
import {
  deleteRecord,
  patchRecord,
  readOwnership,
  saveAnswerFields,
  saveOrganization,
  saveRecord,
} from '../../src/db';
import { readCursor, resolveConflict } from '../../src/db/replica';
import type { Service } from '../../src/model/service';
import { ITEM_IDS, type ItemId, sharedSummaryId } from '../../src/model/workbook';
import { PROTOCOL_HEADER } from '../../src/protocol';
import { toWire } from '../../src/sync/engine';
import { createHubClient } from '../../src/sync/hubClient';
import { FIXED_NOW } from '../fixtures/records';
import {
  createTestHub,
  type Fault,
  HUB,
  joinDevice,
  sampleSeed,
  syncUntilDone,
  type TestDevice,
  type TestHub,
} from '../fixtures/syncHarness';

const sample = buildSampleDirectory(FIXED_NOW);
const seed = sampleSeed(sample);
const SEEDED = seed.length;
const serviceId = (sample.services[0] as Service).id;

async function service(device: TestDevice, id = serviceId) {
  return device.db.services.get(id);
}

async function hubService(hub: TestHub, id = serviceId) {
  return hub.storage.getRecord('service', id);
}

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ seed });
});
afterEach(async () => {
  await hub.close();
});

describe('sync, device and hub in-process', () => {
  it('S5: a first sync pulls the whole directory in pages, each with its cursor', async () => {
    const a = await joinDevice(hub, 'coordinator', { limits: { pageSize: 100 } });
    const result = await a.engine.syncOnce();
    expect(result).toMatchObject({ ok: true, pulled: SEEDED, pushed: 0 });
    expect(await a.db.services.count()).toBe(sample.services.length);
    expect(await a.db.organizations.count()).toBe(sample.organizations.length);
    expect(await readCursor(a.db)).toBe(await hub.storage.latestSeq());
    expect(hub.traffic.filter((t) => t.path.startsWith('/api/pull')).length).toBe(
      Math.ceil(SEEDED / 100) + (SEEDED % 100 === 0 ? 1 : 0),
    );
    // Nothing to do: one push skipped (empty outbox), one pull answered empty.
    const before = hub.traffic.length;
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pulled: 0, requests: 1 });
    expect(hub.traffic.length).toBe(before + 1);
  });

  it('S8: each record pulled says which agency owns it, so a screen offers editing to the right people', async () => {
    const editor = await joinDevice(hub, 'editor');
    const coordinator = await joinDevice(hub, 'coordinator');
    await syncUntilDone(editor);
    const org = { ...sample.organizations[0]!, id: crypto.randomUUID(), name: 'Made by the editor' };
    expect((await saveOrganization({ db: editor.db }, org)).ok).toBe(true);
    // Created here: not known yet, and counted as unsent.
    expect((await readOwnership(editor.db, 'organization')).get(org.id)).toEqual({
      owner: undefined,
      unsent: true,
      sample: false,
    });
    await syncUntilDone(editor);
    await syncUntilDone(coordinator);
    for (const device of [editor, coordinator]) {
      const owners = await readOwnership(device.db, 'organization');
      expect(owners.get(org.id)?.owner).toBe(hub.agencyId);
      // The seeded directory is the network's own.
      expect(owners.get(sample.organizations[1]!.id)?.owner).toBeNull();
    }
  });

  it('S3: edits of different fields of one service on two devices both land, on both', async () => {
    const a = await joinDevice(hub, 'coordinator');
    const b = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await syncUntilDone(b);
    // Both edit while offline (no sync between).
    expect((await patchRecord({ db: a.db }, 'service', serviceId, { name: 'Renamed on A' })).ok).toBe(true);
    expect((await patchRecord({ db: b.db }, 'service', serviceId, { alert: 'Closed Friday (B)' })).ok).toBe(
      true,
    );
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1, kept: 0 });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1, kept: 0 });
    await syncUntilDone(a);
    for (const d of [a, b]) {
      const s = await service(d);
      expect(s?.value).toMatchObject({ name: 'Renamed on A', alert: 'Closed Friday (B)' });
      expect(s?.pendingFields).toEqual([]);
      expect(s?.serverVersion).toBe(3);
    }
    expect((await hubService(hub))?.value).toMatchObject({
      name: 'Renamed on A',
      alert: 'Closed Friday (B)',
    });
  });

  it('S4: the same field edited on two devices is kept as a conflict; the resolution reaches both', async () => {
    const a = await joinDevice(hub, 'coordinator');
    const b = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await syncUntilDone(b);
    await patchRecord({ db: a.db }, 'service', serviceId, { name: 'Name from A' });
    await patchRecord({ db: b.db }, 'service', serviceId, { name: 'Name from B' });
    await syncUntilDone(a);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pushed: 0, kept: 1 });
    const [conflict] = await b.db.conflicts.toArray();
    expect(conflict).toMatchObject({ kind: 'conflict', fields: ['name'], theirsVersion: 2 });
    expect(conflict?.mine).toMatchObject({ name: 'Name from B' });
    expect(conflict?.theirs).toMatchObject({ name: 'Name from A' });
    // B still shows its own text until a person chooses (S6 keeps it through pulls).
    await syncUntilDone(b);
    expect((await service(b))?.value.name).toBe('Name from B');
    expect(await b.db.mutations.where('status').equals('conflict').count()).toBe(1);

    // The person on B keeps "mine" but edits it: a new mutation on the hub's version.
    const resolved = { ...(conflict?.mine as object), name: 'Name agreed' };
    expect((await resolveConflict({ db: b.db }, conflict!.id, resolved)).ok).toBe(true);
    expect(await b.db.conflicts.count()).toBe(0);
    await syncUntilDone(b);
    await syncUntilDone(a);
    for (const d of [a, b]) expect((await service(d))?.value.name).toBe('Name agreed');
    expect(await b.db.mutations.count()).toBe(0);
    expect((await hubService(hub))?.version).toBe(3);
  });

  it('S6: a pull never overwrites unsent changes; the fields not changed here take the hub’s values', async () => {
    const a = await joinDevice(hub, 'coordinator');
    const b = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await syncUntilDone(b);
    await patchRecord({ db: a.db }, 'service', serviceId, { alert: 'From A' });
    await syncUntilDone(a);
    await patchRecord({ db: b.db }, 'service', serviceId, { name: 'Typed on B, not sent' });
    // Only a pull: the push is cut, the pull goes through.
    const faults: Fault[] = ['drop-request'];
    hub.fault = () => faults.shift() ?? 'none';
    const result = await b.engine.syncOnce();
    expect(result).toMatchObject({ ok: false, problem: 'offline' });
    hub.fault = () => 'none';
    const client = createHubClient({ fetch: hub.fetch, base: HUB });
    const network = (await b.db.meta.get('network'))?.value as { token: string };
    const page = await client.pull(network.token, await readCursor(b.db), 500);
    expect(page.ok).toBe(true);
    const { applyPulledPage } = await import('../../src/db/replica');
    if (page.ok) await applyPulledPage(b.db, await readCursor(b.db), page.value);
    const s = await service(b);
    expect(s?.value).toMatchObject({ name: 'Typed on B, not sent', alert: 'From A' });
    expect(s?.serverVersion).toBe(2);
    expect(s?.pendingFields).toEqual(['name']);
    await syncUntilDone(b);
    expect((await hubService(hub))?.value).toMatchObject({ name: 'Typed on B, not sent', alert: 'From A' });
  });

  it.each<Fault>(['drop-request', 'drop-reply', 'cut-reply', 'duplicate', 'delay', 'restart'])(
    'S2: a push through "%s" lands once, nothing lost, nothing twice',
    async (fault) => {
      const a = await joinDevice(hub, 'coordinator');
      await syncUntilDone(a);
      const versionBefore = (await hubService(hub))?.version ?? 0;
      await patchRecord({ db: a.db }, 'service', serviceId, { name: `Edited through ${fault}` });
      let first = true;
      hub.fault = () => {
        if (!first) return 'none';
        first = false;
        return fault;
      };
      await a.engine.syncOnce();
      // Typing goes on meanwhile: the sent mutation is never merged into, a new one queues after it.
      await patchRecord({ db: a.db }, 'service', serviceId, { name: `Edited through ${fault}, then more` });
      await syncUntilDone(a);
      await hub.deliverHeld();
      await syncUntilDone(a);
      const onHub = await hubService(hub);
      expect(onHub?.value).toMatchObject({ name: `Edited through ${fault}, then more` });
      expect(onHub?.version).toBe(versionBefore + 2);
      expect(await a.db.mutations.count()).toBe(0);
      expect(await a.db.conflicts.count()).toBe(0);
      expect((await service(a))?.serverVersion).toBe(versionBefore + 2);
    },
  );

  it('S2: batches are bounded by count and by bytes, and go in order', async () => {
    const a = await joinDevice(hub, 'coordinator', { limits: { batchCount: 7, batchBytes: 6_000 } });
    await syncUntilDone(a);
    const ids = sample.services.slice(0, 30).map((s) => s.id);
    for (const [i, id] of ids.entries()) {
      const edited = await patchRecord({ db: a.db }, 'service', id, {
        description: `Note ${i} `.repeat(i % 3 === 0 ? 60 : 1),
      });
      expect(edited.ok).toBe(true);
    }
    const pushesBefore = hub.traffic.filter((t) => t.path === '/api/push').length;
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 30 });
    const pushes = hub.traffic.filter((t) => t.path === '/api/push').slice(pushesBefore);
    expect(pushes.length).toBeGreaterThanOrEqual(Math.ceil(30 / 7));
    // Each batch stays under its byte bound (gzip only makes it smaller).
    for (const p of pushes) expect(p.requestBytes).toBeLessThan(6_000 + 1_000);
  });

  it('S5: a pull cut in the middle resumes at its last page, nothing pulled twice', async () => {
    const a = await joinDevice(hub, 'coordinator', { limits: { pageSize: 50 } });
    let pulls = 0;
    hub.fault = () => (++pulls === 4 ? 'cut-reply' : 'none');
    const first = await a.engine.syncOnce();
    expect(first).toMatchObject({ ok: false, problem: 'unreachable', retry: true });
    const cursor = await readCursor(a.db);
    expect(cursor).toBeGreaterThan(0);
    expect(first.pulled).toBe(150); // three pages, then the fourth was cut
    hub.fault = () => 'none';
    const second = await a.engine.syncOnce();
    expect(second).toMatchObject({ ok: true, pulled: SEEDED - 150 });
    expect(await a.db.services.count()).toBe(sample.services.length);
  });

  it('S5: a link too slow for a whole page gets smaller pages until they come through', async () => {
    const a = await joinDevice(hub, 'coordinator', { limits: { pageSize: 200 } });
    const plain = hub.fetch;
    const asked: number[] = [];
    // Any page of more than 60 records never arrives in time (the client's timeout, seen as offline).
    hub.fetch = (url, init) => {
      const limit = Number(new URL(url).searchParams.get('limit') ?? 0);
      if (url.includes('/api/pull')) asked.push(limit);
      if (limit > 60) return Promise.reject(new TypeError('Failed to fetch'));
      return plain(url, init);
    };
    let attempts = 0;
    let result = await a.engine.syncOnce();
    while (!result.ok && attempts++ < 10) result = await a.engine.syncOnce();
    expect(result.ok).toBe(true);
    expect(asked.slice(0, 3)).toEqual([200, 100, 50]);
    expect(await a.db.services.count()).toBe(sample.services.length);
    expect(attempts).toBeLessThan(10);
  });

  it('S7: a delete reaches other devices as a tombstone; an edit of a deleted record is kept', async () => {
    const a = await joinDevice(hub, 'coordinator');
    const b = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await syncUntilDone(b);
    const other = (sample.services[1] as Service).id;
    expect((await deleteRecord({ db: a.db }, 'service', serviceId)).ok).toBe(true);
    expect((await deleteRecord({ db: a.db }, 'service', other)).ok).toBe(true);
    await patchRecord({ db: b.db }, 'service', serviceId, { alert: 'Still open!' });
    await syncUntilDone(a);
    await syncUntilDone(b);
    expect(await b.db.services.get(other)).toBeUndefined();
    expect((await hubService(hub))?.value).toBeNull();
    const [kept] = await b.db.conflicts.toArray();
    expect(kept).toMatchObject({ kind: 'conflict', recordId: serviceId, theirs: null });
    // B brings it back (a person's choice): a put on the tombstone's version.
    expect((await resolveConflict({ db: b.db }, kept!.id, kept!.mine)).ok).toBe(true);
    await syncUntilDone(b);
    await syncUntilDone(a);
    expect((await service(a))?.value.alert).toBe('Still open!');
  });

  it('S7: a cursor older than the hub keeps gets a reset; the outbox survives it', async () => {
    const a = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    const doomed = (sample.services[2] as Service).id;
    const coordinator = await joinDevice(hub, 'coordinator');
    await syncUntilDone(coordinator);
    await deleteRecord({ db: coordinator.db }, 'service', doomed);
    await syncUntilDone(coordinator);
    await hub.storage.purgeTombstones(await hub.storage.latestSeq());
    await patchRecord({ db: a.db }, 'service', serviceId, { alert: 'Kept through the reset' });
    // A's cursor is now older than what the hub keeps: push first (the outbox goes), then reset.
    const faults: Fault[] = ['drop-request'];
    hub.fault = () => faults.shift() ?? 'none';
    await a.engine.syncOnce();
    hub.fault = () => 'none';
    await syncUntilDone(a);
    expect(await a.db.services.get(doomed)).toBeUndefined();
    expect(await a.db.services.count()).toBe(sample.services.length - 1);
    expect((await hubService(hub))?.value).toMatchObject({ alert: 'Kept through the reset' });
  });

  it('S4: a refused change (another agency’s service) is kept with its reason; the rest goes on', async () => {
    const editor = await joinDevice(hub, 'editor');
    await syncUntilDone(editor);
    const ownOrg = { ...sample.organizations[0], id: crypto.randomUUID(), name: 'Own agency org' };
    await patchRecord({ db: editor.db }, 'service', serviceId, { name: 'Not mine to change' });
    await saveRecord({ db: editor.db }, 'organization', ownOrg as never);
    const result = await editor.engine.syncOnce();
    expect(result).toMatchObject({ ok: true, pushed: 1, kept: 1 });
    const [kept] = await editor.db.conflicts.toArray();
    expect(kept).toMatchObject({ kind: 'refused', reason: 'forbidden', recordId: serviceId });
    expect(await hub.storage.getRecord('organization', ownOrg.id)).toMatchObject({ agencyId: hub.agencyId });
    // "Discard mine": the hub's copy comes back, nothing is sent.
    expect((await resolveConflict({ db: editor.db }, kept!.id, kept!.theirs)).ok).toBe(true);
    expect((await service(editor))?.value.name).toBe(sample.services[0]?.name);
    expect(await editor.db.mutations.count()).toBe(0);
  });

  it('S0: workbook answers sync among one agency’s devices only; a peer’s stay on the peer’s device', async () => {
    const a = await joinDevice(hub, 'editor');
    const b = await joinDevice(hub, 'outreach');
    const peer = await joinDevice(hub, 'peer');
    const coordinator = await joinDevice(hub, 'coordinator');
    const assessment = crypto.randomUUID();
    const made = await saveRecord({ db: a.db }, 'assessment', {
      id: assessment,
      agency: 'North Agency',
      title: 'Spring review',
      assessed_on: '2026-11-20',
    });
    expect(made.ok).toBe(true);
    const item = ITEM_IDS[0] as ItemId;
    const target = { assessmentId: assessment, item };
    expect((await saveAnswerFields({ db: a.db }, target, { evidence: 'Weekly circle' })).ok).toBe(true);
    expect((await saveAnswerFields({ db: peer.db }, target, { evidence: 'Peer note' })).ok).toBe(true);
    for (const d of [a, b, peer, coordinator]) await syncUntilDone(d);
    await syncUntilDone(b);
    expect(await b.db.answers.count()).toBe(1);
    expect(await coordinator.db.answers.count()).toBe(0);
    expect((await peer.db.answers.toArray())[0]?.value.evidence).toBe('Peer note');
    expect(await peer.db.mutations.where('status').equals('pending').count()).toBe(1);
  });

  it('S0: a shared workbook summary reaches the whole network; stopping removes it everywhere', async () => {
    const editor = await joinDevice(hub, 'editor');
    const coordinator = await joinDevice(hub, 'coordinator');
    const assessment = crypto.randomUUID();
    const summaryId = sharedSummaryId(assessment);
    const summary = {
      id: summaryId,
      assessment_id: assessment,
      agency: 'North Agency',
      assessed_on: '2026-11-20',
      ratings: { [ITEM_IDS[0] as ItemId]: 'strong' as const },
      programs: [],
      progress: [],
      shared_at: '2026-11-28T12:00:00.000Z',
    };
    expect((await saveRecord({ db: editor.db }, 'summary', summary)).ok).toBe(true);
    await syncUntilDone(editor);
    await syncUntilDone(coordinator);
    expect((await coordinator.db.summaries.get(summaryId))?.value).toMatchObject({ agency: 'North Agency' });
    // A device of no agency keeps its change of it to itself: it is the agency's (S0, S8 on the hub).
    await patchRecord({ db: coordinator.db }, 'summary', summaryId, { agency: 'Renamed' });
    expect(await coordinator.engine.syncOnce()).toMatchObject({ ok: true, pushed: 0, kept: 0 });
    expect((await hub.storage.getRecord('summary', summaryId))?.value).toMatchObject({
      agency: 'North Agency',
    });
    expect((await deleteRecord({ db: editor.db }, 'summary', summaryId)).ok).toBe(true);
    await syncUntilDone(editor);
    const peer = await joinDevice(hub, 'peer');
    await syncUntilDone(peer);
    expect(await peer.db.summaries.count()).toBe(0);
    expect((await hub.storage.getRecord('summary', summaryId))?.value).toBeNull();
  });

  it('a full disk mid-pull stops the sync with a reason; nothing half-applied, the next sync resumes', async () => {
    const a = await joinDevice(hub, 'coordinator', { limits: { pageSize: 100 } });
    const services = a.db.services;
    const realBulkPut = services.bulkPut.bind(services);
    const realPut = services.put.bind(services);
    let writes = 0;
    const full = () => {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      return error;
    };
    // The disk fills after the first page's worth of writes, whichever way they are written.
    services.put = ((...args: Parameters<typeof realPut>) => {
      if (++writes > 1) throw full();
      return realPut(...args);
    }) as typeof services.put;
    services.bulkPut = ((...args: Parameters<typeof realBulkPut>) => {
      if (++writes > 1) throw full();
      return realBulkPut(...args);
    }) as typeof services.bulkPut;
    const result = await a.engine.syncOnce();
    expect(result).toMatchObject({ ok: false, problem: 'storage-full', retry: true, pushed: 0 });
    const cursor = await readCursor(a.db);
    const stored = await a.db.services.count();
    // Whole pages only: the cursor and the records agree.
    const onHub = await hub.storage.changesSince(0, cursor, { agencyId: null });
    expect(onHub.rows.filter((r) => r.entity === 'service').length).toBe(stored);
    services.put = realPut;
    services.bulkPut = realBulkPut;
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await a.db.services.count()).toBe(sample.services.length);
  });

  it('a full disk when the hub’s answer arrives: the change is sent again and lands once', async () => {
    const a = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await patchRecord({ db: a.db }, 'service', serviceId, { alert: 'Answer could not be stored' });
    const conflicts = a.db.conflicts;
    const mutations = a.db.mutations;
    const realDelete = mutations.delete.bind(mutations);
    let failing = true;
    mutations.delete = ((...args: Parameters<typeof realDelete>) => {
      if (failing) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
      return realDelete(...args);
    }) as typeof mutations.delete;
    expect(await a.engine.syncOnce()).toMatchObject({ ok: false, problem: 'storage-full' });
    expect(await mutations.where('status').equals('sent').count()).toBe(1);
    failing = false;
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect((await hubService(hub))?.version).toBe(2);
    expect(await conflicts.count()).toBe(0);
    expect((await service(a))?.value.alert).toBe('Answer could not be stored');
  });

  it('S9: an app the hub no longer speaks to gets a typed refusal, not a retry loop', async () => {
    const a = await joinDevice(hub, 'coordinator');
    const plain = hub.fetch;
    hub.fetch = (url, init) => {
      const headers = new Headers(init.headers);
      headers.set(PROTOCOL_HEADER, '999');
      return plain(url, { ...init, headers });
    };
    expect(await a.engine.syncOnce()).toMatchObject({ ok: false, problem: 'update-needed', retry: false });
    const status = (await a.db.meta.get('sync.status'))?.value as { problem: { code: string } };
    expect(status.problem.code).toBe('update-needed');
  });

  it('a removed device hears it at its next sync and its network data goes', async () => {
    const a = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await hub.hub.revokeDevice(null, a.deviceId);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: false, problem: 'revoked', retry: false });
  });

  it('S12: a device clock set back a day changes nothing: the outbox order and the hub decide', async () => {
    const a = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    await patchRecord({ db: a.db, now: a.now }, 'service', serviceId, { name: 'First' });
    const sent = await a.db.mutations.toArray();
    a.clock.offsetMs = -86_400_000;
    const faults: Fault[] = ['drop-reply'];
    hub.fault = () => faults.shift() ?? 'none';
    await a.engine.syncOnce();
    await patchRecord({ db: a.db, now: a.now }, 'service', serviceId, { name: 'Second, a day "earlier"' });
    await syncUntilDone(a);
    expect((await hubService(hub))?.value).toMatchObject({ name: 'Second, a day "earlier"' });
    expect(sent).toHaveLength(1);
  });

  it('compression: a big push travels gzipped, a big pull in brotli', async () => {
    const a = await joinDevice(hub, 'coordinator');
    await syncUntilDone(a);
    const pulled = hub.traffic.filter((t) => t.path.startsWith('/api/pull'));
    const ids = sample.services.slice(0, 40).map((s) => s.id);
    for (const id of ids)
      await patchRecord({ db: a.db }, 'service', id, { alert: 'Closed for the holidays' });
    const batch = (await a.db.mutations.toArray()).map(toWire);
    await syncUntilDone(a);
    const push = hub.traffic.filter((t) => t.path === '/api/push').at(-1);
    expect(push?.requestBytes).toBeLessThan(JSON.stringify({ mutations: batch }).length / 3);
    expect(pulled[0]?.encoding).toBe('br');
    expect(pulled[0]?.responseBytes).toBeLessThan((pulled[0]?.gzipBytes ?? 0) * 0.9);
    // A sync with nothing to do: a small answer, sent as it is.
    await syncUntilDone(a);
    const idle = hub.traffic.at(-1);
    expect(idle).toMatchObject({ encoding: null });
    expect(idle?.responseBytes).toBeLessThan(100);
  });
});
