// The saved search index: one row holding the index as one buffer (search/ makes and reads it) and the
// mark of what it reflects. A start reloads it instead of indexing the whole directory again, but only
// if its mark is exactly the one the start computes: the index layout and the documents' make, the
// change feed's position when the directory was read, and the number of services. Anything else (an
// older layout, an app update that indexes other words, a change since it was saved, a half-finished
// save) reads as nothing, and the directory is indexed again. Derived data only: never synced.
import type { CircleDatabase } from './database';

/** What a saved index reflects; two marks are the same index only if every field is equal. */
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
}

const KEY = 'directory';

/** The saved index if its mark is `mark`, else null (a mismatch is not an error: the caller rebuilds). */
export async function readSavedSearchIndex(
  db: CircleDatabase,
  mark: SearchIndexMark,
): Promise<ArrayBuffer | null> {
  const row = await db.searchIndex.get(KEY);
  if (!row || Object.prototype.toString.call(row.data) !== '[object ArrayBuffer]') return null;
  return row.format === mark.format && row.cursor === mark.cursor && row.services === mark.services
    ? row.data
    : null;
}

/** Saves the index with its mark, in place of the one saved before. */
export async function writeSavedSearchIndex(
  db: CircleDatabase,
  mark: SearchIndexMark,
  data: ArrayBuffer,
): Promise<void> {
  await db.searchIndex.put({
    key: KEY,
    format: mark.format,
    cursor: mark.cursor,
    services: mark.services,
    data,
  });
}

export async function clearSavedSearchIndex(db: CircleDatabase): Promise<void> {
  await db.searchIndex.clear();
}
