import { afterEach, describe, expect, it } from 'vitest';
import { sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { putSyncedService } from '../../tests/fixtures/stored';
import { uuidv7 } from '../model/ids';
import { mutationSchema } from '../model/mutation';
import type { Service } from '../model/service';
import { deleteRecord, importRecords, patchRecord, saveService, setServiceAvailability } from './commands';
import { type CircleDatabase, openDatabase } from './database';
import { sortKey } from './schema';

let db: CircleDatabase;
const now = () => new Date('2026-11-20T10:00:00Z');

function fresh(): CircleDatabase {
  db = openDatabase(uniqueDbName());
  return db;
}

afterEach(() => db?.close());

describe('saving a record', () => {
  it('[S1] writes a new record and its put mutation together', async () => {
    fresh();
    const service = sampleService();
    const result = await saveService({ db, now }, service);
    expect(result.ok).toBe(true);

    const stored = await db.services.get(service.id);
    expect(stored?.value.name).toBe(service.name);
    expect(stored?.serverVersion).toBeNull();
    expect(stored?.serverCopy).toBeNull();
    expect(stored?.sample).toBe(0);
    expect(stored?.pendingFields).toContain('name');
    expect(stored?.pendingFields).not.toContain('last_modified');
    expect(stored?.value.last_modified).toBe(now().toISOString());

    const outbox = await db.mutations.orderBy('seq').toArray();
    expect(outbox).toHaveLength(1);
    const mutation = outbox[0];
    expect(mutationSchema.safeParse(mutation).success).toBe(true);
    expect(mutation).toMatchObject({ entity: 'service', recordId: service.id, op: 'put', baseVersion: null });
    expect(mutation?.id.charAt(14)).toBe('7');
    expect(mutation?.op === 'put' && mutation.value).toMatchObject({ id: service.id, name: service.name });
  });

  it('[S1] sends only the changed fields, on the server version, for a record the hub has', async () => {
    fresh();
    const service = await putSyncedService(db, 3);
    const result = await saveService({ db, now }, { ...service, alert: 'Closed Monday', name: 'Renamed' });
    expect(result.ok).toBe(true);

    const [mutation] = await db.mutations.orderBy('seq').toArray();
    expect(mutation).toMatchObject({ op: 'patch', baseVersion: 3, fields: ['alert', 'name'] });
    expect(mutation?.op === 'patch' && mutation.value).toEqual({ alert: 'Closed Monday', name: 'Renamed' });
    const stored = await db.services.get(service.id);
    expect(stored?.pendingFields).toEqual(['alert', 'name']);
    expect(stored?.serverVersion).toBe(3);
    expect(stored?.serverCopy?.name).toBe(service.name);
    expect(stored?.sortName).toBe('renamed');
  });

  it('[S1] merges unsent patches to one record into one, and accumulates its pending fields', async () => {
    fresh();
    const service = await putSyncedService(db, 1);
    await patchRecord({ db, now }, 'service', service.id, { alert: 'A' });
    await patchRecord({ db, now }, 'service', service.id, { description: 'B' });
    await setServiceAvailability({ db, now }, service.id, 'full');

    const stored = await db.services.get(service.id);
    expect(stored?.pendingFields).toEqual(['alert', 'availability', 'description']);
    const outbox = await db.mutations.orderBy('seq').toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ op: 'patch', baseVersion: 1, status: 'pending', attempts: 0 });
    expect(outbox[0]?.op === 'patch' && outbox[0].fields).toEqual(['alert', 'availability', 'description']);
    expect(outbox[0]?.op === 'patch' && outbox[0].value).toEqual({
      alert: 'A',
      description: 'B',
      availability: { status: 'full', set_at: now().toISOString() },
    });
  });

  it('writes nothing when nothing changed', async () => {
    fresh();
    const service = await putSyncedService(db, 2);
    const result = await saveService({ db, now }, service);
    expect(result.ok).toBe(true);
    expect(await db.mutations.count()).toBe(0);
  });

  it('refuses an invalid record at the edge, naming the fields, and writes nothing', async () => {
    fresh();
    const service = sampleService();
    const bad = {
      ...service,
      phones: [{ ...service.phones[0], number: 'call me' }],
      conditions: { ...service.conditions, id_required: 'maybe' },
    };
    const result = await saveService({ db, now }, bad as unknown as Service);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toContain('phones.0.number');
    expect(result.error.message).toContain('conditions.id_required');
    expect(await db.services.count()).toBe(0);
    expect(await db.mutations.count()).toBe(0);
  });

  it('rolls the record back when its outbox entry cannot be written', async () => {
    fresh();
    const service = await putSyncedService(db, 5);
    const taken = uuidv7();
    await db.mutations.add({
      id: taken,
      entity: 'service',
      recordId: service.id,
      op: 'delete',
      base: null,
      baseVersion: 5,
      status: 'sent',
      attempts: 1,
      createdAt: now().toISOString(),
    });

    const result = await saveService(
      { db, now, newMutationId: () => taken },
      { ...service, name: 'Half written?' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('storage-failed');
    const stored = await db.services.get(service.id);
    expect(stored?.value.name).toBe(service.name);
    expect(stored?.pendingFields).toEqual([]);
    expect(await db.mutations.count()).toBe(1);
  });

  it('reports a full disk as such and keeps nothing half-written', async () => {
    fresh();
    const service = sampleService();
    const result = await saveService(
      {
        db,
        now,
        newMutationId: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      },
      service,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('storage-full');
    expect(await db.services.count()).toBe(0);
    expect(await db.mutations.count()).toBe(0);
  });
});

describe('patching and deleting', () => {
  it('says when the record is not on this device', async () => {
    fresh();
    const missing = sampleService().id;
    const patched = await patchRecord({ db, now }, 'service', missing, { alert: 'x' });
    expect(patched.ok ? 'ok' : patched.error.code).toBe('not-found');
    const deleted = await deleteRecord({ db, now }, 'service', missing);
    expect(deleted.ok ? 'ok' : deleted.error.code).toBe('not-found');
  });

  it('refuses a patch that would make the record invalid', async () => {
    fresh();
    const service = await putSyncedService(db, 1);
    const result = await patchRecord({ db, now }, 'service', service.id, {
      minimum_age: 30,
      maximum_age: 20,
    });
    expect(result.ok ? 'ok' : result.error.message).toContain('maximum_age');
    expect(await db.mutations.count()).toBe(0);
  });

  it('[S1] deletes locally and queues a delete on the base version', async () => {
    fresh();
    const service = await putSyncedService(db, 7);
    const result = await deleteRecord({ db, now }, 'service', service.id);
    expect(result.ok).toBe(true);
    expect(await db.services.get(service.id)).toBeUndefined();
    const [mutation] = await db.mutations.orderBy('seq').toArray();
    expect(mutation).toMatchObject({ op: 'delete', recordId: service.id, baseVersion: 7 });
  });
});

describe('sample records', () => {
  async function sampleRecord(): Promise<Service> {
    const service = sampleService(2);
    await db.services.put({
      id: service.id,
      value: service,
      serverVersion: null,
      serverCopy: null,
      pendingFields: [],
      sample: 1,
      sortName: sortKey(service.name),
    });
    return service;
  }

  it('can be edited and deleted on the device but never enter the outbox', async () => {
    fresh();
    const service = await sampleRecord();
    const edited = await patchRecord({ db, now }, 'service', service.id, { alert: 'Trying it out' });
    expect(edited.ok).toBe(true);
    expect((await db.services.get(service.id))?.sample).toBe(1);
    expect((await db.services.get(service.id))?.value.alert).toBe('Trying it out');
    await setServiceAvailability({ db, now }, service.id, 'space');
    await deleteRecord({ db, now }, 'service', service.id);
    expect(await db.services.get(service.id)).toBeUndefined();
    expect(await db.mutations.count()).toBe(0);
  });
});

describe('importing records', () => {
  it('writes a new record in bulk exactly as a save would, its put mutation included', async () => {
    const now = () => new Date('2026-11-15T17:00:00Z');
    const service = sampleService(2);
    const [saved, imported] = [openDatabase(uniqueDbName()), openDatabase(uniqueDbName())];
    expect((await saveService({ db: saved, now }, service)).ok).toBe(true);
    expect((await importRecords({ db: imported, now }, [{ entity: 'service', value: service }])).ok).toBe(
      true,
    );
    const [a, b] = [await saved.services.get(service.id), await imported.services.get(service.id)];
    // The import keeps the file's last_modified; a save stamps now.
    expect({ ...b, value: { ...b?.value, last_modified: 'x' } }).toEqual({
      ...a,
      value: { ...a?.value, last_modified: 'x' },
    });
    const [ma, mb] = [await saved.mutations.toArray(), await imported.mutations.toArray()];
    expect(mb.map((m) => [m.op, m.recordId, m.baseVersion, m.status])).toEqual(
      ma.map((m) => [m.op, m.recordId, m.baseVersion, m.status]),
    );
    expect(mutationSchema.safeParse(mb[0]).success).toBe(true);
  });

  it('refuses the whole import when one record is invalid, and keeps nothing', async () => {
    const db = openDatabase(uniqueDbName());
    const result = await importRecords({ db }, [
      { entity: 'service', value: sampleService(0) },
      { entity: 'service', value: { ...sampleService(1), name: '' } },
    ]);
    expect(result.ok).toBe(false);
    expect(await db.services.count()).toBe(0);
    expect(await db.mutations.count()).toBe(0);
  });
});
