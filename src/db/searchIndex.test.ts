import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { openDatabase } from './database';
import { clearSavedSearchIndex, readSavedSearchIndex, writeSavedSearchIndex } from './searchIndex';

const mark = { format: '1.1.abc', cursor: 42, services: 3 };
const buffer = () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;

describe('the saved search index', () => {
  it('reads back what was saved, for the same mark', async () => {
    const db = openDatabase(uniqueDbName());
    expect(await readSavedSearchIndex(db, mark)).toBeNull();
    await writeSavedSearchIndex(db, mark, buffer());
    const read = await readSavedSearchIndex(db, mark);
    expect(read && [...new Uint8Array(read)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    db.close();
  });

  it.each([
    ['another layout or other words', { ...mark, format: '2.1.abc' }],
    ['an older feed position (a change since)', { ...mark, cursor: 43 }],
    ['a newer feed position', { ...mark, cursor: 41 }],
    ['another number of services', { ...mark, services: 4 }],
  ])('is never used for %s', async (_what, other) => {
    const db = openDatabase(uniqueDbName());
    await writeSavedSearchIndex(db, mark, buffer());
    expect(await readSavedSearchIndex(db, other)).toBeNull();
    db.close();
  });

  it('keeps one index: a save replaces the one before, and clearing leaves none', async () => {
    const db = openDatabase(uniqueDbName());
    await writeSavedSearchIndex(db, mark, buffer());
    await writeSavedSearchIndex(db, { ...mark, cursor: 50 }, new Uint8Array([9]).buffer);
    expect(await db.searchIndex.count()).toBe(1);
    expect(await readSavedSearchIndex(db, mark)).toBeNull();
    expect(await readSavedSearchIndex(db, { ...mark, cursor: 50 })).not.toBeNull();
    await clearSavedSearchIndex(db);
    expect(await readSavedSearchIndex(db, { ...mark, cursor: 50 })).toBeNull();
    db.close();
  });
});
