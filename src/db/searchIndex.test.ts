import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { recordChange } from './changes';
import { type CircleDatabase, openDatabase } from './database';
import { clearSavedSearchIndex, readSavedSearchIndex, writeSavedSearchIndex } from './searchIndex';

const FORMAT = '1.1.abc';
const buffer = () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;

/** Moves the change feed on by `n` rows (as `n` edits would). */
async function edits(db: CircleDatabase, n: number): Promise<void> {
  await db.transaction('rw', [db.changes, db.meta], async () => {
    for (let i = 0; i < n; i++) await recordChange(db, { kind: 'record', entity: 'service', id: `s${i}` });
  });
}

describe('the saved search index', () => {
  it('reads back what was saved, with its ranking aside, while the feed is where it was saved', async () => {
    const db = openDatabase(uniqueDbName());
    await edits(db, 3);
    expect(await readSavedSearchIndex(db.name, FORMAT)).toEqual({ cursor: 3, saved: null });
    await writeSavedSearchIndex(db, { format: FORMAT, cursor: 3, services: 2 }, buffer(), 'b\na');
    const { cursor, saved } = (await readSavedSearchIndex(db.name, FORMAT))!;
    expect(cursor).toBe(3);
    expect(saved && [...new Uint8Array(saved.data)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(saved).toMatchObject({ services: 2, order: 'b\na' });
    db.close();
  });

  it('says when an index was saved without its ranking aside', async () => {
    const db = openDatabase(uniqueDbName());
    await writeSavedSearchIndex(db, { format: FORMAT, cursor: 0, services: 2 }, buffer());
    expect((await readSavedSearchIndex(db.name, FORMAT))?.saved?.order).toBeNull();
    db.close();
  });

  it.each([
    ['another layout or other words', { format: '2.1.abc', cursor: 3 }, 3],
    ['an older feed position (a change since)', { format: FORMAT, cursor: 2 }, 3],
    ['a feed position the device has not reached', { format: FORMAT, cursor: 4 }, 3],
  ])('is never used for %s', async (_what, saved, feed) => {
    const db = openDatabase(uniqueDbName());
    await edits(db, feed);
    await writeSavedSearchIndex(db, { ...saved, services: 2 }, buffer(), '');
    expect(await readSavedSearchIndex(db.name, FORMAT)).toEqual({ cursor: feed, saved: null });
    db.close();
  });

  it('reads nothing from a database that does not exist, and leaves none behind', async () => {
    const name = uniqueDbName();
    expect(await readSavedSearchIndex(name, FORMAT)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('keeps one index: a save replaces the one before, and clearing leaves none', async () => {
    const db = openDatabase(uniqueDbName());
    await writeSavedSearchIndex(db, { format: FORMAT, cursor: 0, services: 3 }, buffer());
    await edits(db, 1);
    await writeSavedSearchIndex(db, { format: FORMAT, cursor: 1, services: 3 }, new Uint8Array([9]).buffer);
    expect(await db.searchIndex.count()).toBe(1);
    expect((await readSavedSearchIndex(db.name, FORMAT))?.saved?.data.byteLength).toBe(1);
    await clearSavedSearchIndex(db);
    expect((await readSavedSearchIndex(db.name, FORMAT))?.saved).toBeNull();
    db.close();
  });
});
