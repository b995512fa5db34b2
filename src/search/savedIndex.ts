// The saved index loaded where the index lives (the worker, or the page where there is none): read
// from IndexedDB through db/ (`db/searchIndex.ts`, IndexedDB itself: no Dexie in the worker), checked,
// and the order the caller saved beside it put on document numbers, so that a search can say where
// each hit stands in it before the caller has read any record.
import { readSavedSearchIndex } from '../db/searchIndex';
import { NOT_IN_ORDER, type OpenedIndex } from './SearchIndex';
import { TermIndex, type TermRules } from './termIndex';

export interface LoadedIndex {
  opened: OpenedIndex;
  index: TermIndex | null;
  /** Each document's position in the saved order (`NOT_IN_ORDER` if none), by document number. */
  orderByDoc: Uint32Array | null;
}

/** Reads the saved index of the database `database` for `format`; null when the database cannot be read. */
export async function loadSavedIndex(
  database: string,
  format: string,
  rules: TermRules,
  read: typeof readSavedSearchIndex = readSavedSearchIndex,
): Promise<LoadedIndex | null> {
  const found = await read(database, format);
  if (!found) return null;
  const none = { opened: { cursor: found.cursor, loaded: null }, index: null, orderByDoc: null };
  if (!found.saved) return none;
  let index: TermIndex;
  try {
    index = TermIndex.deserialize(found.saved.data, rules);
  } catch {
    return none; // unreadable: the caller builds the index again
  }
  if (index.size !== found.saved.services) return none;
  const orderByDoc =
    found.saved.order === null ? null : orderOfDocuments(index.documentIds, found.saved.order);
  // Ahead of the first search, which a start is about to ask for.
  index.indexVocabulary();
  return {
    opened: { cursor: found.cursor, loaded: { services: index.size, ordered: orderByDoc !== null } },
    index,
    orderByDoc,
  };
}

function orderOfDocuments(ids: ReadonlyArray<string | null>, order: string): Uint32Array {
  const position = new Map<string, number>();
  if (order !== '') {
    let p = 0;
    for (const id of order.split('\n')) position.set(id, p++);
  }
  return Uint32Array.from(ids, (id) => (id === null ? NOT_IN_ORDER : (position.get(id) ?? NOT_IN_ORDER)));
}

/** The hits' positions in the saved order. */
export function ordersOf(docs: Uint32Array, orderByDoc: Uint32Array): Uint32Array {
  return docs.map((doc) => orderByDoc[doc] ?? NOT_IN_ORDER);
}
