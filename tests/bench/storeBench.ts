// The device store at directory scale, in Node on fake-indexeddb (IndexedDB's semantics, not a
// browser's speed: compare runs with each other, not with a phone): the start-up read of the whole
// directory with every record validated, the validation's own share, and one edit reaching a reader
// through the change feed instead of a re-read of the tables.
import { performance } from 'node:perf_hooks';
import { generateServices } from '../../src/data/generate';
import {
  loadSampleDirectory,
  observeDirectoryChanges,
  openDatabase,
  patchRecord,
  readDirectory,
} from '../../src/db';
import { serviceSchema } from '../../src/model/service';

export interface StoreBenchResult {
  services: number;
  readMs: number;
  validateMs: number;
  editToFeedMs: number;
  unreadable: number;
}

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
  return { services: snapshot.services.length, readMs, validateMs, editToFeedMs, unreadable };
}
