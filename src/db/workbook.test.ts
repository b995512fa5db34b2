import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { type Answer, answerId } from '../model/workbook';
import { saveRecord } from './commands';
import { openDatabase } from './database';
import { CURRENT_VERSION, SCHEMA_V2, sortKey } from './schema';

const A = '0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
const now = () => new Date('2026-11-20T10:00:00Z');

describe('workbook records', () => {
  it('[S1] an answer is written with its outbox mutation, under an id both devices agree on', async () => {
    const db = openDatabase(uniqueDbName());
    const assessment = { id: A, agency: 'Birchlight Women’s Centre', assessed_on: '2026-11-20' };
    expect((await saveRecord({ db, now }, 'assessment', assessment)).ok).toBe(true);
    const answer: Omit<Answer, 'last_modified'> = {
      id: answerId(A, 'program.safer-shelter'),
      assessment_id: A,
      item_id: 'program.safer-shelter',
      rating: 'in-place',
      evidence: 'Beds for 12; harm reduction supplies on site.',
      next_step: '',
    };
    expect((await saveRecord({ db, now }, 'answer', answer)).ok).toBe(true);
    const outbox = await db.mutations.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.entity, m.op])).toEqual([
      ['assessment', 'put'],
      ['answer', 'put'],
    ]);
    const bad = await saveRecord({ db, now }, 'answer', {
      ...answer,
      rating: 'excellent',
    } as unknown as Answer);
    expect(bad.ok ? 'ok' : bad.error.message).toContain('rating must be one of');
    db.close();
  });

  it('migration 2 → 3 keeps the directory and adds the workbook tables', async () => {
    const name = uniqueDbName();
    const service = sampleService();
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('services').put({
      id: service.id,
      value: service,
      serverVersion: 2,
      serverCopy: service,
      pendingFields: [],
      sample: 0,
      sortName: sortKey(service.name),
    });
    await v2.table('meta').put({ key: 'saved', value: [service.id] });
    v2.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect((await db.services.get(service.id))?.serverVersion).toBe(2);
    expect((await db.meta.get('saved'))?.value).toEqual([service.id]);
    expect(await db.answers.where('value.assessment_id').equals(A).count()).toBe(0);
    db.close();
  });
});
