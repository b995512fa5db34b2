import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { type ClosedReason, deleteDatabase, openDatabase } from './database';
import { CURRENT_VERSION } from './schema';

describe('other tabs', () => {
  it('closes for good when another tab wipes the database', async () => {
    const name = uniqueDbName();
    const onClosed = vi.fn<(reason: ClosedReason) => void>();
    const db = openDatabase(name, { onClosed });
    await db.meta.put({ key: 'k', value: 1 });
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    await deleteDatabase(name);

    expect(onClosed).toHaveBeenCalledWith('deleted-elsewhere');
    expect(db.isOpen()).toBe(false);
    // It must not quietly reopen (and so recreate the wiped data) on the next read.
    await expect(db.meta.get('k')).rejects.toThrow();
    expect((await Dexie.getDatabaseNames()).includes(name)).toBe(false);
  });

  it('closes when another tab upgrades the database', async () => {
    const name = uniqueDbName();
    const onClosed = vi.fn<(reason: ClosedReason) => void>();
    const db = openDatabase(name, { onClosed });
    await db.open();
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 1).stores({ meta: 'key' });
    await newer.open();

    expect(onClosed).toHaveBeenCalledWith('upgraded-elsewhere');
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('reports an upgrade blocked by a tab that holds the old version open', async () => {
    const name = uniqueDbName();
    // A tab of an old release that ignores versionchange (Dexie stores version n as n × 10).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const onBlocked = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = openDatabase(name, { onBlocked });
    const opening = db.open();

    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});
