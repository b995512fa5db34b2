import { describe, expect, it } from 'vitest';
import { FIXED_NOW, sampleOrganization, sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { putSyncedService } from '../../tests/fixtures/stored';
import type { Mutation } from '../model/mutation';
import { importRecords, saveRecord, saveService, setServiceAvailability } from './commands';
import { openDatabase } from './database';
import { availabilityFirst, readSyncCounts, takeBatch } from './replica';

const m = (seq: number, recordId: string, fields: string[] | null): Mutation =>
  (fields
    ? { seq, id: `m${seq}`, entity: 'service', recordId, op: 'patch', fields, value: {}, baseVersion: 1 }
    : {
        seq,
        id: `m${seq}`,
        entity: 'service',
        recordId,
        op: 'put',
        value: { id: recordId },
        baseVersion: null,
      }) as unknown as Mutation;

describe('availability goes ahead of other changes (D8)', () => {
  it.each([
    [
      'alone, it moves to the front',
      [m(1, 'a', null), m(2, 'b', null), m(3, 'c', ['availability'])],
      ['m3', 'm1', 'm2'],
    ],
    [
      'with another field of its record, it keeps its place',
      [m(1, 'a', null), m(2, 'c', ['availability', 'alert'])],
      ['m1', 'm2'],
    ],
    [
      'behind an earlier change of its record, it waits its turn',
      [m(1, 'c', null), m(2, 'b', null), m(3, 'c', ['availability'])],
      ['m1', 'm2', 'm3'],
    ],
    [
      'several keep their order among themselves',
      [m(1, 'a', null), m(2, 'b', ['availability']), m(3, 'c', ['availability'])],
      ['m2', 'm3', 'm1'],
    ],
  ])('%s', (_what, queue, order) => {
    expect(availabilityFirst(queue).map((x) => x.id)).toEqual(order);
  });

  it('a batch after a 300-record import starts with the availability set after it', async () => {
    const db = openDatabase(uniqueDbName());
    const synced = await putSyncedService(db, 1);
    const org = sampleOrganization(0);
    const records = Array.from({ length: 300 }, (_, i) => ({
      entity: 'organization' as const,
      value: { ...org, id: `0b6a5f0e-8e8e-4c8e-9a37-${String(i).padStart(12, '0')}`, name: `Agency ${i}` },
    }));
    expect((await importRecords({ db, now: () => FIXED_NOW }, records)).ok).toBe(true);
    expect((await setServiceAvailability({ db, now: () => FIXED_NOW }, synced.id, 'full')).ok).toBe(true);
    const batch = await takeBatch(
      db,
      { role: 'coordinator', agencyId: null },
      { maxCount: 50, maxBytes: 192_000 },
    );
    expect(batch.ok && batch.value[0]).toMatchObject({ recordId: synced.id, fields: ['availability'] });
  });
});

describe('the outbox counts (S11)', () => {
  it('counts by index what the hub will get and what stays on this device', async () => {
    const db = openDatabase(uniqueDbName());
    const now = () => FIXED_NOW;
    expect((await saveService({ db, now }, sampleService(3))).ok).toBe(true);
    const assessment = {
      id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0101',
      agency: 'Birchlight',
      assessed_on: '2026-11-01',
    };
    expect((await saveRecord({ db, now }, 'assessment', assessment)).ok).toBe(true);
    expect(await readSyncCounts(db, null)).toEqual({ unsent: 0, conflicts: 0, local: 2 });
    // A peer supporter's workbook stays on the device (S0); the directory goes to the hub.
    expect(await readSyncCounts(db, { role: 'peer', agencyId: null })).toEqual({
      unsent: 1,
      conflicts: 0,
      local: 1,
    });
    expect(
      await readSyncCounts(db, { role: 'coordinator', agencyId: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0202' }),
    ).toEqual({
      unsent: 2,
      conflicts: 0,
      local: 0,
    });
  });
});
