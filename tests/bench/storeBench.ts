// The device store at directory scale, in Node on fake-indexeddb (IndexedDB's semantics, not a
// browser's speed: compare runs with each other, not with a phone): the read of the whole directory
// with every record validated (a start does it in steps, after its first results), the validation's
// own share; what a start does before it instead (the saved index and its order loaded, then the
// first page of a text query, reading only that page's records); and one edit reaching a reader
// through the change feed instead of a re-read of the tables.
import { performance } from 'node:perf_hooks';
import { generateServices } from '../../src/data/generate';
import {
  loadSampleDirectory,
  observeDirectoryChanges,
  openDatabase,
  patchRecord,
  readDirectory,
  readServicesWithRelations,
  writeSavedSearchIndex,
} from '../../src/db';
import { NO_FILTERS } from '../../src/model/filters';
import { serviceSchema } from '../../src/model/service';
import { createSearchIndex } from '../../src/search/SearchIndex';
import { directoryData, locationsOf } from '../../src/state/directoryQuery';
import { listedOrder, queryEarly } from '../../src/state/earlyQuery';
import { searchIndexFormat, toSearchDocument } from '../../src/state/searchDocuments';

export interface StoreBenchResult {
  services: number;
  readMs: number;
  validateMs: number;
  /** The saved index and its order loaded (in the page's thread here; in the app, its worker). */
  openSavedMs: number;
  /** Then the first page of `FIRST_QUERY`, its records read, before the whole directory is. */
  firstPageMs: number;
  firstQuery: string;
  editToFeedMs: number;
  unreadable: number;
}

/** The word the Chromium cold start types. */
const FIRST_QUERY = 'shelter';

export async function runStoreBench(services: number): Promise<StoreBenchResult> {
  const directory = generateServices(services, 2026);
  let unreadable = 0;
  const db = openDatabase(`store-bench-${services}-${Date.now()}`, { onUnreadable: () => unreadable++ });
  const loaded = await loadSampleDirectory({ db }, directory, 1);
  if (!loaded.ok) throw new Error(loaded.error.message);

  const readStart = performance.now();
  const { snapshot, cursor } = await readDirectory(db);
  const readMs = performance.now() - readStart;

  const validateStart = performance.now();
  for (const s of snapshot.services) serviceSchema.parse(s);
  const validateMs = performance.now() - validateStart;

  // The index saved as the app saves it, with the listed services' order beside it.
  const data = directoryData(snapshot);
  const built = createSearchIndex();
  await built.load(
    snapshot.services.map((s) =>
      toSearchDocument(s, data.organizations.get(s.organization_id), locationsOf(data, s)),
    ),
  );
  const mark = { format: searchIndexFormat(), cursor, services: built.size };
  await writeSavedSearchIndex(db, mark, await built.serialize(), listedOrder(data));
  const index = createSearchIndex();
  const openStart = performance.now();
  const opened = await index.openSaved(db.name, searchIndexFormat());
  const openSavedMs = performance.now() - openStart;
  if (!opened?.loaded?.ordered) throw new Error('the saved index did not load');
  const pageStart = performance.now();
  const early = await queryEarly(
    index,
    { read: (ids) => readServicesWithRelations(db, ids) },
    { text: FIRST_QUERY, filters: NO_FILTERS, place: null, at: new Date() },
    20,
  );
  const firstPageMs = performance.now() - pageStart;
  if (!early || early.results.top(20).length === 0) throw new Error(`no first page for "${FIRST_QUERY}"`);

  // One edit, then the time until a reader following the feed holds the changed record.
  const target = snapshot.services[Math.floor(snapshot.services.length / 2)];
  if (!target) throw new Error('no services generated');
  let position = cursor;
  const editStart = performance.now();
  const seen = new Promise<number>((resolve) => {
    const subscription = observeDirectoryChanges(db, () => position).subscribe({
      next: (change) => {
        if (change?.kind !== 'delta' || !change.services.has(target.id)) return;
        position = change.cursor;
        subscription.unsubscribe();
        resolve(performance.now() - editStart);
      },
    });
  });
  const edited = await patchRecord({ db }, 'service', target.id, { alert: 'Closed today' });
  if (!edited.ok) throw new Error(edited.error.message);
  const editToFeedMs = await seen;
  db.close();
  return {
    services: snapshot.services.length,
    readMs,
    validateMs,
    openSavedMs,
    firstPageMs,
    firstQuery: FIRST_QUERY,
    editToFeedMs,
    unreadable,
  };
}
