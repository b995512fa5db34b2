// The hub's rules in-process, on a real SQLite database (in memory): joining, S2–S8.
import { describe, expect, it } from 'vitest';
import { buildSampleDirectory } from '../data/sampleDirectory';

const sampleDirectory = () => buildSampleDirectory(new Date('2026-11-15T17:00:00Z'));

import { answerId } from '../model/workbook';
import type { WireMutation } from '../protocol';
import { createHub, HubError, sha256 } from './hub';
import { openSqliteStorage } from './storage/sqlite';
import type { DeviceRow } from './storage/types';

const T0 = new Date('2026-11-20T10:00:00Z');

async function setUp() {
  let clock = T0;
  const storage = openSqliteStorage(':memory:');
  const hub = createHub({ storage, now: () => clock });
  await hub.createNetwork({ name: 'Test network', demo: false });
  const north = await hub.createAgency(null, 'North Agency');
  const south = await hub.createAgency(null, 'South Agency');
  const join = async (role: DeviceRow['role'], agencyId: string | null) => {
    const { code } = await hub.createInvite(null, { role, agencyId });
    const { token } = await hub.enrol(code, `${role} phone`);
    return hub.authenticate(token);
  };
  return {
    hub,
    storage,
    north,
    south,
    join,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

let mutationCounter = 0;
const mid = () => `01900000-0000-7000-8000-${String(++mutationCounter).padStart(12, '0')}`;
const put = (
  entity: WireMutation['entity'],
  value: { id: string } & Record<string, unknown>,
): WireMutation => ({
  id: mid(),
  entity,
  recordId: value.id,
  op: 'put',
  baseVersion: null,
  value,
  createdAt: T0.toISOString(),
});
const patch = (
  entity: WireMutation['entity'],
  recordId: string,
  baseVersion: number,
  value: Record<string, unknown>,
): WireMutation => ({
  id: mid(),
  entity,
  recordId,
  op: 'patch',
  baseVersion,
  fields: Object.keys(value),
  value,
  createdAt: T0.toISOString(),
});
const del = (entity: WireMutation['entity'], recordId: string, baseVersion: number): WireMutation => ({
  id: mid(),
  entity,
  recordId,
  op: 'delete',
  baseVersion,
  createdAt: T0.toISOString(),
});

describe('joining a network', () => {
  it('an invite is one-time, bound to its role and agency; the token is kept only hashed', async () => {
    const { hub, storage, north } = await setUp();
    const { code } = await hub.createInvite(null, { role: 'editor', agencyId: north.id });
    const joined = await hub.enrol(code.toLowerCase(), 'Phone 1');
    expect(joined.membership).toMatchObject({
      role: 'editor',
      agency: { id: north.id, name: 'North Agency' },
    });
    expect(Buffer.from(joined.token, 'base64url')).toHaveLength(32);
    const device = await storage.getDevice(joined.membership.device.id);
    expect(device?.tokenHash).toBe(sha256(joined.token));
    expect(JSON.stringify(await storage.listDevices())).not.toContain(joined.token);
    await expect(hub.enrol(code, 'Phone 2')).rejects.toMatchObject({ code: 'invite_invalid' });
  });

  it('refuses an expired or revoked invite, and an unknown code', async () => {
    const { hub, advance } = await setUp();
    const expiring = await hub.createInvite(null, { role: 'peer', agencyId: null, days: 1 });
    const revoked = await hub.createInvite(null, { role: 'peer', agencyId: null });
    await hub.revokeInvite(null, revoked.invite.id);
    advance(86_400_001);
    for (const code of [expiring.code, revoked.code, 'ZZZZZ-ZZZZZ'])
      await expect(hub.enrol(code, undefined)).rejects.toBeInstanceOf(HubError);
    expect((await hub.listInvites()).map((i) => i.state).sort()).toEqual(['expired', 'revoked']);
  });

  it('checks the role against the agency', async () => {
    const { hub, north } = await setUp();
    await expect(hub.createInvite(null, { role: 'editor', agencyId: null })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(hub.createInvite(null, { role: 'peer', agencyId: north.id })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('a revoked device is refused at its next contact', async () => {
    const { hub, storage, join } = await setUp();
    const { code } = await hub.createInvite(null, { role: 'peer', agencyId: null });
    const { token, membership } = await hub.enrol(code, undefined);
    await hub.revokeDevice(null, membership.device.id);
    await expect(hub.authenticate(token)).rejects.toMatchObject({ code: 'revoked' });
    await expect(hub.authenticate('x'.repeat(43))).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await storage.listAudit({ limit: 10 })).map((e) => e.action)).toContain('revoke-device');
    void join;
  });
});

describe('push', () => {
  it('[S2] applies a batch in order; a replayed mutation returns its stored result and changes nothing', async () => {
    const { hub, storage, north, join } = await setUp();
    const editor = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    const batch = [put('organization', org), patch('organization', org.id, 1, { name: 'Renamed once' })];
    const first = await hub.push(editor, batch);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied']);
    const before = await storage.getRecord('organization', org.id);
    const again = await hub.push(editor, batch);
    expect(again).toEqual(first);
    expect(await storage.getRecord('organization', org.id)).toEqual(before);
    expect(before).toMatchObject({ version: 2, agencyId: north.id, value: { name: 'Renamed once' } });
  });

  it('[S3] merges a patch on an older version when its fields were not changed since', async () => {
    const { hub, storage, north, join } = await setUp();
    const a = await join('editor', north.id);
    const b = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    await hub.push(a, [put('organization', org)]);
    await hub.push(a, [patch('organization', org.id, 1, { name: 'Name from A' })]);
    const [merged] = await hub.push(b, [patch('organization', org.id, 1, { description: 'Text from B' })]);
    expect(merged).toMatchObject({ status: 'applied', version: 3 });
    expect((await storage.getRecord('organization', org.id))?.value).toMatchObject({
      name: 'Name from A',
      description: 'Text from B',
    });
  });

  it('[S3] a device’s later change never conflicts with its own earlier one, only with others’', async () => {
    const { hub, storage, north, join } = await setUp();
    const a = await join('editor', north.id);
    const b = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    await hub.push(a, [put('organization', org)]);
    // A's first edit was applied but its answer lost; A edits the same field again on the same base.
    await hub.push(a, [patch('organization', org.id, 1, { name: 'First try' })]);
    const [again] = await hub.push(a, [patch('organization', org.id, 1, { name: 'Second try' })]);
    expect(again).toMatchObject({ status: 'applied', version: 3 });
    // B, on the same old base, still conflicts with A's change.
    const [fromB] = await hub.push(b, [patch('organization', org.id, 1, { name: 'From B' })]);
    expect(fromB).toMatchObject({ status: 'conflict', fields: ['name'] });
    // Its new record sent whole again with more in it (the first answer lost) merges too.
    const [whole] = await hub.push(a, [
      put('organization', { ...org, name: 'Second try', description: 'More' }),
    ]);
    expect(whole).toMatchObject({ status: 'applied', version: 4 });
    expect((await storage.getRecord('organization', org.id))?.value).toMatchObject({
      name: 'Second try',
      description: 'More',
    });
    // The same whole record from B, made on nothing, conflicts where A changed it.
    const [blind] = await hub.push(b, [put('organization', { ...org, description: 'Other' })]);
    expect(blind).toMatchObject({ status: 'conflict' });
  });

  it('[S4][S7] a deleted record comes back only from a device that saw the delete', async () => {
    const { hub, storage, north, join } = await setUp();
    const a = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    await hub.push(a, [put('organization', org), del('organization', org.id, 1)]);
    const [blind] = await hub.push(a, [{ ...put('organization', org), baseVersion: 1 }]);
    expect(blind).toMatchObject({ status: 'conflict' });
    const [seen] = await hub.push(a, [{ ...put('organization', org), baseVersion: 2 }]);
    expect(seen).toMatchObject({ status: 'applied', version: 3 });
    expect((await storage.getRecord('organization', org.id))?.value).toMatchObject({ name: org.name });
  });

  it('[S3] a field a device removed (sent as null) is removed where the record has no null for it', async () => {
    const { hub, storage, north, join } = await setUp();
    const a = await join('editor', north.id);
    const service = { ...sampleDirectory().services[0]!, alert: 'Closed Friday' };
    await hub.push(a, [put('service', service)]);
    const [cleared] = await hub.push(a, [patch('service', service.id, 1, { alert: null })]);
    expect(cleared).toMatchObject({ status: 'applied', version: 2 });
    expect((await storage.getRecord('service', service.id))?.value).not.toHaveProperty('alert');
  });

  it('[S3][S4] a patch of a field changed since is a conflict, kept with both versions; the record is untouched', async () => {
    const { hub, storage, north, join } = await setUp();
    const a = await join('editor', north.id);
    const b = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    await hub.push(a, [put('organization', org), patch('organization', org.id, 1, { name: 'Name from A' })]);
    const conflicting = patch('organization', org.id, 1, { name: 'Name from B' });
    const later = patch('organization', org.id, 2, { description: 'Still applied after the conflict' });
    const results = await hub.push(b, [conflicting, later]);
    expect(results[0]).toMatchObject({
      status: 'conflict',
      fields: ['name'],
      current: { version: 2, value: { name: 'Name from A' } },
    });
    expect(results[1]).toMatchObject({ status: 'applied' }); // one conflict never blocks the queue
    const kept = await storage.listConflicts();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ mutationId: conflicting.id, currentVersion: 2 });
    expect((await storage.getRecord('organization', org.id))?.value).toMatchObject({ name: 'Name from A' });
  });

  it('[S8] refuses every cross-agency write and changes nothing', async () => {
    const { hub, storage, north, south, join } = await setUp();
    const northEditor = await join('editor', north.id);
    const southEditor = await join('editor', south.id);
    const southOutreach = await join('outreach', south.id);
    const peer = await join('peer', null);
    const dir = sampleDirectory();
    const org = dir.organizations[0]!;
    const service = { ...dir.services.find((s) => s.organization_id === org.id)!, location_ids: [] };
    await hub.push(northEditor, [put('organization', org), put('service', service)]);
    const assessment = {
      id: crypto.randomUUID(),
      agency: 'North',
      assessed_on: '2026-11-20',
      last_modified: T0.toISOString(),
    };
    await hub.push(northEditor, [put('assessment', assessment)]);
    const before = await Promise.all([
      storage.getRecord('organization', org.id),
      storage.getRecord('service', service.id),
      storage.getRecord('assessment', assessment.id),
    ]);

    const attempts: Array<[DeviceRow, WireMutation]> = [
      [southEditor, patch('organization', org.id, 1, { name: 'Taken over' })],
      [southEditor, del('service', service.id, 1)],
      [southEditor, put('service', { ...service, id: crypto.randomUUID() })], // under North's organization
      [southEditor, patch('assessment', assessment.id, 1, { agency: 'South' })],
      [southOutreach, patch('service', service.id, 1, { alert: 'Closed' })],
      [southOutreach, put('organization', { ...dir.organizations[1]!, id: crypto.randomUUID() })],
      [peer, patch('service', service.id, 1, { alert: 'Closed' })],
      [peer, put('answer', { id: answerId(assessment.id, 'approach.relational') })],
    ];
    for (const [device, mutation] of attempts) {
      const [result] = await hub.push(device, [mutation]);
      expect(result, `${device.role} ${mutation.op} ${mutation.entity}`).toMatchObject({
        status: 'refused',
        reason: 'forbidden',
      });
    }
    expect(
      await Promise.all([
        storage.getRecord('organization', org.id),
        storage.getRecord('service', service.id),
        storage.getRecord('assessment', assessment.id),
      ]),
    ).toEqual(before);
    const refusals = (await storage.listAudit({ limit: 50 })).filter((e) => e.action === 'refuse');
    expect(refusals).toHaveLength(attempts.length);
    // The audit log names what was touched, never its contents.
    expect(JSON.stringify(refusals)).not.toContain('Taken over');
  });

  it('refuses an invalid record, naming the field, and a patch of a record the hub does not have', async () => {
    const { hub, north, join } = await setUp();
    const editor = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    const [bad] = await hub.push(editor, [put('organization', { ...org, name: '' })]);
    expect(bad).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(bad?.status === 'refused' && bad.message).toContain('name');
    const [missing] = await hub.push(editor, [patch('organization', org.id, 1, { name: 'x' })]);
    expect(missing).toMatchObject({ status: 'refused', reason: 'not_found' });
  });

  it('[S3] the same answer made on two devices merges when equal and conflicts when not', async () => {
    const { hub, north, join } = await setUp();
    const a = await join('outreach', north.id);
    const b = await join('editor', north.id);
    const assessment = {
      id: crypto.randomUUID(),
      agency: 'North',
      assessed_on: '2026-11-20',
      last_modified: T0.toISOString(),
    };
    await hub.push(a, [put('assessment', assessment)]);
    const answer = {
      id: answerId(assessment.id, 'approach.relational'),
      assessment_id: assessment.id,
      item_id: 'approach.relational',
      rating: 'strong',
      evidence: 'Same words',
      next_step: '',
      last_modified: T0.toISOString(),
    };
    await hub.push(a, [put('answer', answer)]);
    const [same] = await hub.push(b, [
      put('answer', { ...answer, last_modified: '2026-11-21T00:00:00.000Z' }),
    ]);
    expect(same).toMatchObject({ status: 'applied', version: 1 });
    const [different] = await hub.push(b, [put('answer', { ...answer, evidence: 'Other words' })]);
    expect(different).toMatchObject({ status: 'conflict', fields: ['evidence'] });

    // An agency's own program, its tags and needs travel as the brief's items do; a forged id does not.
    const own = 'own.program.0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a60';
    const ownAnswer = {
      ...answer,
      id: answerId(assessment.id, own),
      item_id: own,
      label: 'Land-based retreat',
      aspects: ['spiritual'],
      needs: ['approach.relational'],
    };
    const [accepted] = await hub.push(a, [put('answer', ownAnswer)]);
    expect(accepted).toMatchObject({ status: 'applied' });
    const [forged] = await hub.push(a, [
      put('answer', {
        ...ownAnswer,
        id: crypto.randomUUID(),
        item_id: 'own.principle.x',
        needs: ['barrier.id'],
      }),
    ]);
    expect(forged).toMatchObject({ status: 'refused', reason: 'invalid' });
  });
});

describe('pull', () => {
  it('[S5][S0] pages by the hub’s cursor; workbook records reach only their agency', async () => {
    const { hub, north, south, join } = await setUp();
    const northEditor = await join('editor', north.id);
    const southOutreach = await join('outreach', south.id);
    const peer = await join('peer', null);
    const dir = sampleDirectory();
    await hub.push(
      northEditor,
      dir.organizations.slice(0, 5).map((o) => put('organization', o)),
    );
    const assessment = {
      id: crypto.randomUUID(),
      agency: 'North',
      assessed_on: '2026-11-20',
      last_modified: T0.toISOString(),
    };
    await hub.push(northEditor, [put('assessment', assessment)]);

    const pages: string[][] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await hub.pull(northEditor, { cursor, limit: 2 });
      pages.push(page.records.map((r) => r.entity));
      cursor = page.cursor;
      more = page.more;
    }
    expect(pages.flat()).toEqual([...Array(5).fill('organization'), 'assessment']);
    expect(pages[0]).toHaveLength(2);
    const caughtUp = await hub.pull(northEditor, { cursor, limit: 2 });
    expect(caughtUp).toMatchObject({ records: [], more: false, reset: false, cursor });

    for (const other of [southOutreach, peer]) {
      const all = await hub.pull(other, { cursor: 0, limit: 100 });
      expect(all.records.map((r) => r.entity)).toEqual(Array(5).fill('organization'));
      expect(all.cursor).toBe(cursor); // past the records it may not see
    }
  });

  it('tells a pull that asks who owns each record (an agency, or the network), and no one else', async () => {
    const { hub, north, join } = await setUp();
    const editor = await join('editor', north.id);
    const coordinator = await join('coordinator', null);
    const [mine, network] = sampleDirectory().organizations;
    await hub.push(editor, [put('organization', mine!)]);
    await hub.push(coordinator, [put('organization', network!)]);
    const asked = await hub.pull(coordinator, { cursor: 0, limit: 10, owners: true });
    expect(asked.records.map((r) => [r.id, r.owner])).toEqual([
      [mine!.id, north.id],
      [network!.id, null],
    ]);
    // An older app does not ask, and gets the answer it knows.
    const plain = await hub.pull(coordinator, { cursor: 0, limit: 10 });
    expect(plain.records.every((r) => !('owner' in r))).toBe(true);
  });

  it('[S7] sends deletes as tombstones, and a reset to a cursor older than the hub keeps', async () => {
    const { hub, storage, north, join } = await setUp();
    const editor = await join('editor', north.id);
    const org = sampleDirectory().organizations[0]!;
    await hub.push(editor, [put('organization', org)]);
    const [gone] = await hub.push(editor, [del('organization', org.id, 1)]);
    expect(gone).toMatchObject({ status: 'applied', version: 2 });
    const page = await hub.pull(editor, { cursor: 0, limit: 10 });
    expect(page.records).toEqual([expect.objectContaining({ id: org.id, version: 2, value: null })]);
    await storage.purgeTombstones(page.cursor);
    expect(await hub.pull(editor, { cursor: 1, limit: 10 })).toMatchObject({ reset: true, cursor: 0 });
    // From the beginning needs no reset: the purged tombstone is simply not there.
    expect(await hub.pull(editor, { cursor: 0, limit: 10 })).toMatchObject({ reset: false, records: [] });
    expect(await hub.pull(editor, { cursor: page.cursor, limit: 10 })).toMatchObject({
      reset: false,
      records: [],
    });
  });
});
