import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleOrganization, sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { putSyncedService } from '../../tests/fixtures/stored';
import { uuidv7Time } from '../model/ids';
import { mutationSchema } from '../model/mutation';
import { CHANGES_KEPT, latestChange, prunedThrough } from './changes';
import { deleteRecord, patchRecord, saveOrganization, saveService } from './commands';
import { type CircleDatabase, openDatabase } from './database';
import { CURRENT_VERSION, SCHEMA_V3, sortKey } from './schema';

let db: CircleDatabase;
afterEach(() => db?.close());

describe('the outbox', () => {
  it('[S12] keeps the order of the edits when the clock goes back a day between them', async () => {
    db = openDatabase(uniqueDbName());
    const today = new Date('2026-11-20T10:00:00Z');
    const yesterday = new Date('2026-11-19T10:00:00Z');
    const first = sampleOrganization(0);
    const second = sampleOrganization(1);
    // A reload between the two edits: the UUIDv7 guard in page memory is gone, so the second id is
    // made from yesterday's time and sorts before the first.
    const todayId = '019aa0f0-0000-7000-8000-000000000001';
    const yesterdayId = '019a9bca-0000-7000-8000-000000000001';
    expect(uuidv7Time(todayId) - uuidv7Time(yesterdayId)).toBeGreaterThan(
      today.getTime() - yesterday.getTime() - 3_600_000,
    );
    await saveOrganization({ db, now: () => today, newMutationId: () => todayId }, first);
    await saveOrganization({ db, now: () => yesterday, newMutationId: () => yesterdayId }, second);
    const queue = await db.mutations.orderBy('seq').toArray();
    expect(queue.map((m) => m.recordId)).toEqual([first.id, second.id]);
    expect(queue[0]!.id > queue[1]!.id).toBe(true); // the ids alone would have put them the other way
    for (const m of queue) expect(mutationSchema.safeParse(m).success).toBe(true);
  });

  it('[S1] pending fields shrink when a field returns to its hub value; the patch goes with it', async () => {
    db = openDatabase(uniqueDbName());
    const service = await putSyncedService(db, 4);
    await patchRecord({ db }, 'service', service.id, { alert: 'Closed Friday', description: 'New text' });
    expect((await db.services.get(service.id))?.pendingFields).toEqual(['alert', 'description']);
    await patchRecord({ db }, 'service', service.id, { description: service.description });
    expect((await db.services.get(service.id))?.pendingFields).toEqual(['alert']);
    const [only] = await db.mutations.toArray();
    expect(only?.op === 'patch' && only.fields).toEqual(['alert']);
    await patchRecord({ db }, 'service', service.id, { alert: service.alert });
    expect((await db.services.get(service.id))?.pendingFields).toEqual([]);
    expect(await db.mutations.count()).toBe(0);
  });

  it('[S7] a delete is a tombstone keeping the hub copy it was made on', async () => {
    db = openDatabase(uniqueDbName());
    const service = await putSyncedService(db, 6);
    await patchRecord({ db }, 'service', service.id, { alert: 'x' });
    await deleteRecord({ db }, 'service', service.id);
    const queue = await db.mutations.toArray();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ op: 'delete', baseVersion: 6, recordId: service.id });
    expect(queue[0]?.op === 'delete' && queue[0].base).toEqual(service);
  });

  it('[S1] a record created and deleted before it was ever sent leaves nothing to send', async () => {
    db = openDatabase(uniqueDbName());
    const service = sampleService(3);
    await saveService({ db }, service);
    await patchRecord({ db }, 'service', service.id, { alert: 'x' });
    expect(await db.mutations.count()).toBe(1);
    await deleteRecord({ db }, 'service', service.id);
    expect(await db.mutations.count()).toBe(0);
  });

  it('[S1] never merges into a mutation already sent: the new change queues after it', async () => {
    db = openDatabase(uniqueDbName());
    const service = await putSyncedService(db, 2);
    await patchRecord({ db }, 'service', service.id, { alert: 'A' });
    await db.mutations.toCollection().modify({ status: 'sent', attempts: 1 });
    await patchRecord({ db }, 'service', service.id, { alert: 'B' });
    const queue = await db.mutations.orderBy('seq').toArray();
    expect(queue.map((m) => [m.status, m.op === 'patch' ? m.value : null])).toEqual([
      ['sent', { alert: 'A' }],
      ['pending', { alert: 'B' }],
    ]);
  });
});

describe('the change feed', () => {
  it('records each directory write, not workbook writes, and prunes old rows', async () => {
    db = openDatabase(uniqueDbName());
    const service = sampleService(0);
    await saveService({ db }, service);
    expect(await db.changes.toArray()).toEqual([
      { seq: 1, kind: 'record', entity: 'service', id: service.id },
    ]);
    await db.changes.bulkAdd(Array.from({ length: CHANGES_KEPT + 600 }, () => ({ kind: 'reset' as const })));
    await patchRecord({ db }, 'service', service.id, { alert: 'prune now?' });
    // Pruning runs every 500 rows; run writes until it has.
    for (let i = 0; (await prunedThrough(db)) === 0 && i < 500; i++)
      await patchRecord({ db }, 'service', service.id, { alert: `edit ${i}` });
    expect(await prunedThrough(db)).toBeGreaterThan(0);
    expect(await db.changes.count()).toBeLessThanOrEqual(CHANGES_KEPT + 1);
    expect(await latestChange(db)).toBeGreaterThan(CHANGES_KEPT);
  });
});

describe('migration 3 → 4', () => {
  it('moves the outbox into local order with a status and attempt count, keeping everything', async () => {
    const name = uniqueDbName();
    const service = sampleService();
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('services').put({
      id: service.id,
      value: service,
      serverVersion: 2,
      serverCopy: service,
      pendingFields: ['alert'],
      sample: 0,
      sortName: sortKey(service.name),
    });
    const older = '01900000-0000-7000-8000-000000000001';
    const newer = '01900000-0000-7000-8000-000000000002';
    await v3.table('outbox').bulkAdd([
      {
        id: newer,
        entity: 'service',
        recordId: service.id,
        op: 'delete',
        baseVersion: 2,
        createdAt: '2026-01-02T00:00:00.000Z',
      },
      {
        id: older,
        entity: 'service',
        recordId: service.id,
        op: 'patch',
        baseVersion: 2,
        fields: ['alert'],
        value: { alert: 'Closed' },
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    await v3.table('meta').put({ key: 'saved', value: [service.id] });
    v3.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const queue = await db.mutations.orderBy('seq').toArray();
    expect(queue.map((m) => [m.id, m.op, m.status, m.attempts])).toEqual([
      [older, 'patch', 'pending', 0],
      [newer, 'delete', 'pending', 0],
    ]);
    for (const m of queue) expect(mutationSchema.safeParse(m).success).toBe(true);
    expect((await db.services.get(service.id))?.pendingFields).toEqual(['alert']);
    expect((await db.meta.get('saved'))?.value).toEqual([service.id]);
    expect(db.tables.map((t) => t.name)).not.toContain('outbox');
    expect(await db.conflicts.count()).toBe(0);
  });
});
