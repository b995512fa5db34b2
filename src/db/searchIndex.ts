// The saved search index: one row holding the index as one buffer (search/ makes and reads it), what
// the caller keeps beside it to rank before the directory is read (`order`), and the mark of what both
// reflect. A start reloads them instead of indexing the whole directory again, but only if the mark
// fits what the device holds now: the index layout and the documents' make, and the change feed's
// position (every write to a directory record appends to the feed, so an equal position is an
// unchanged directory). The number of services is checked by the caller against the index it loaded
// and the directory it reads. Anything else (an older layout, an app update that indexes other words,
// a change since it was saved, a half-finished save) reads as nothing, and the directory is indexed
// again. Derived data only: never synced.
//
// The read runs where the index lives, in the search worker, with IndexedDB itself: this file has no
// runtime import, so neither Dexie nor a schema rides into the worker's code.
import type { CircleDatabase } from './database';

/** What a saved index reflects. */
export interface SearchIndexMark {
  /** The serialized layout and how documents are made (search/ and state/ decide; any change misses). */
  format: string;
  /** The change feed's last `seq` the index includes (0 before any change). */
  cursor: number;
  /** Services in the index. */
  services: number;
}

export interface SavedSearchIndex extends SearchIndexMark {
  key: 'directory';
  data: ArrayBuffer;
  /** The caller's ranking aside (state/: the listed services' ids in alphabetical order); absent before it was kept. */
  order?: string;
}

/** A saved index that fits the directory as it is now. */
export interface FittingSearchIndex {
  data: ArrayBuffer;
  services: number;
  /** Ids, one a line, in the order the caller saved; null when it was saved without one. */
  order: string | null;
}

/** The change feed's position when read, and the saved index if it fits that position. */
export interface SavedSearchIndexRead {
  cursor: number;
  saved: FittingSearchIndex | null;
}

const KEY = 'directory';
// The object stores as `schema.ts` names them (the change feed's key is its `seq`).
const CHANGES = 'changes';
const SEARCH_INDEX = 'searchIndex';

function fitting(row: unknown, format: string, cursor: number): FittingSearchIndex | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Partial<SavedSearchIndex>;
  const fits =
    Object.prototype.toString.call(r.data) === '[object ArrayBuffer]' &&
    r.format === format &&
    r.cursor === cursor &&
    Number.isInteger(r.services);
  return fits
    ? {
        data: r.data as ArrayBuffer,
        services: r.services as number,
        order: typeof r.order === 'string' ? r.order : null,
      }
    : null;
}

/**
 * The change feed's position and the saved index if it was saved in `format` at exactly that position,
 * read together in one transaction of the database named `name`. The database is opened as it is and
 * closed at once: one that does not exist yet is not created (nothing is saved there), and another
 * tab's upgrade or wipe is never held up. Null when it cannot be read (no such database, an older
 * version without the saved index, an error).
 */
export function readSavedSearchIndex(
  name: string,
  format: string,
  factory: IDBFactory = indexedDB,
): Promise<SavedSearchIndexRead | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // Only a database that does not exist asks for an upgrade here: leave none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      let tx: IDBTransaction;
      try {
        tx = db.transaction([CHANGES, SEARCH_INDEX], 'readonly');
      } catch {
        db.close();
        resolve(null);
        return;
      }
      let cursor = 0;
      let row: unknown;
      const last = tx.objectStore(CHANGES).openKeyCursor(null, 'prev');
      last.onsuccess = () => {
        const key = last.result?.key;
        cursor = typeof key === 'number' ? key : 0;
      };
      const get = tx.objectStore(SEARCH_INDEX).get(KEY);
      get.onsuccess = () => {
        row = get.result;
      };
      tx.oncomplete = () => {
        db.close();
        resolve({ cursor, saved: fitting(row, format, cursor) });
      };
      tx.onabort = () => {
        db.close();
        resolve(null);
      };
    };
  });
}

/** Saves the index and the caller's ranking aside with their mark, in place of the ones saved before. */
export async function writeSavedSearchIndex(
  db: CircleDatabase,
  mark: SearchIndexMark,
  data: ArrayBuffer,
  order?: string,
): Promise<void> {
  await db.searchIndex.put({
    key: KEY,
    format: mark.format,
    cursor: mark.cursor,
    services: mark.services,
    data,
    ...(order !== undefined ? { order } : {}),
  });
}

export async function clearSavedSearchIndex(db: CircleDatabase): Promise<void> {
  await db.searchIndex.clear();
}
