import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleOrganization, sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { openDatabase } from './database';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from './schema';

describe('migrations', () => {
  it('version 1 → current: computes sort names, adds the meta table, keeps every record and mutation', async () => {
    const name = uniqueDbName();
    const service = sampleService();
    const organization = { ...sampleOrganization(), name: 'Île-aux-Œufs Centre' };

    // Open the database as the first release did and write what it wrote.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('services').put({
      id: service.id,
      value: service,
      serverVersion: 4,
      serverCopy: service,
      pendingFields: ['alert'],
      sample: 0,
    });
    await v1.table('organizations').put({
      id: organization.id,
      value: organization,
      serverVersion: null,
      serverCopy: null,
      pendingFields: [],
      sample: 1,
    });
    await v1.table('outbox').add({
      id: '01900000-0000-7000-8000-000000000001',
      entity: 'service',
      recordId: service.id,
      op: 'patch',
      baseVersion: 4,
      fields: ['alert'],
      value: { alert: null },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const migrated = await db.services.get(service.id);
    expect(migrated?.sortName).toBe(service.name.toLowerCase());
    expect(migrated?.serverVersion).toBe(4);
    expect(migrated?.pendingFields).toEqual(['alert']);
    expect((await db.organizations.orderBy('sortName').first())?.sortName).toBe('ile-aux-oeufs centre');
    expect(await db.mutations.count()).toBe(1);
    await db.meta.put({ key: 'probe', value: 1 });
    expect((await db.meta.get('probe'))?.value).toBe(1);
    db.close();
  });

  it('version 4 → 5: adds the shared summaries, keeps the outbox and its order', async () => {
    const name = uniqueDbName();
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.table('mutations').add({
      id: '01900000-0000-7000-8000-000000000009',
      entity: 'service',
      recordId: sampleService().id,
      op: 'delete',
      base: null,
      baseVersion: 2,
      status: 'sent',
      attempts: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await v4.table('meta').put({ key: 'sync.cursor', value: 42 });
    v4.close();

    const db = openDatabase(name);
    await db.open();
    // Opened by this release, the database goes on to the current version (5 is a step on the way).
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.mutations.toArray()).toMatchObject([{ seq: 1, status: 'sent', attempts: 1 }]);
    expect((await db.meta.get('sync.cursor'))?.value).toBe(42);
    db.close();
  });

  it('version 5 → 6: adds the saved search index, empty (the first start builds it), keeps records and settings', async () => {
    const name = uniqueDbName();
    const service = sampleService();
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.table('services').put({
      id: service.id,
      value: service,
      serverVersion: 1,
      serverCopy: service,
      pendingFields: [],
      sample: 0,
      sortName: 'x',
    });
    await v5.table('changes').add({ entity: 'service', id: service.id });
    await v5.table('meta').put({ key: 'place', value: { kind: 'community', id: 'timmins' } });
    v5.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.searchIndex.count()).toBe(0);
    expect((await db.services.get(service.id))?.value).toEqual(service);
    expect(await db.changes.count()).toBe(1);
    expect((await db.meta.get('place'))?.value).toEqual({ kind: 'community', id: 'timmins' });
    db.close();
  });

  it('version 6 → 7: adds referrals, their outbox and the device keys, empty; keeps records and settings', async () => {
    const name = uniqueDbName();
    const service = sampleService();
    const v6 = new Dexie(name);
    v6.version(6).stores(SCHEMA_V6);
    await v6.table('services').put({
      id: service.id,
      value: service,
      serverVersion: 1,
      serverCopy: service,
      pendingFields: [],
      sample: 0,
      sortName: 'x',
    });
    await v6.table('meta').put({ key: 'saved', value: [service.id] });
    v6.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.referrals.count()).toBe(0);
    expect(await db.referralOutbox.count()).toBe(0);
    expect(await db.deviceKeys.count()).toBe(0);
    expect((await db.services.get(service.id))?.value).toEqual(service);
    expect((await db.meta.get('saved'))?.value).toEqual([service.id]);
    db.close();
  });
});
