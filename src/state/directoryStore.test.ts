import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, sampleDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { loadSampleDirectory, openDatabase, patchRecord } from '../db';
import { NO_FILTERS } from '../model/filters';
import { createSearchIndex, type SearchIndex } from '../search/SearchIndex';
import { createDirectoryStore, type DirectoryResults, type DirectoryStore } from './directoryStore';

let store: DirectoryStore | null = null;

/** Every result, in rank order (a page asks for the first few only). */
const all = (results: DirectoryResults | null) => (results ? results.top(results.length) : []);
afterEach(() => store?.stop());

async function started(
  dbName = uniqueDbName(),
  geolocation: Pick<Geolocation, 'getCurrentPosition'> | null = null,
) {
  const db = openDatabase(dbName);
  const directory = sampleDirectory();
  if (!(await db.meta.get('sample-directory'))) await loadSampleDirectory({ db }, directory, 1);
  store = createDirectoryStore({ db, now: () => FIXED_NOW, geolocation });
  await store.start();
  await store.settled();
  return { db, store, directory };
}

describe('the directory store', () => {
  it('lists every listed service when nothing is typed or chosen', async () => {
    const { store, directory } = await started();
    const listed = directory.services.filter(
      (s) => s.status === 'active' || s.status === 'temporarily closed',
    );
    expect(store.results.value).toHaveLength(listed.length);
    const order = all(store.results.value).map((r) => r.open);
    expect(order.indexOf('open')).toBe(0);
    expect(order.lastIndexOf('open')).toBeLessThan(order.indexOf('closed'));
  });

  it('searches as the person types, and filters the hits', async () => {
    const { store } = await started();
    store.setQuery('shelter');
    await store.settled();
    const hits = store.results.value!;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.top(1)[0]?.service.name).toMatch(/shelter/i);
    store.setFilters({ ...NO_FILTERS, without: ['id_required'] });
    await store.settled();
    expect(store.results.value!.length).toBeLessThan(hits.length);
    expect(all(store.results.value).every((r) => r.service.conditions.id_required === 'no')).toBe(true);
  });

  it('puts services that reach a fly-in community first, and says which need a flight', async () => {
    const { store } = await started();
    await store.chooseCommunity('attawapiskat');
    await store.settled();
    const results = all(store.results.value);
    const firstUnreachable = results.findIndex((r) => !r.reach?.reachable);
    const lastReachable = results.map((r) => r.reach?.reachable).lastIndexOf(true);
    expect(firstUnreachable).toBeGreaterThan(0);
    expect(lastReachable).toBeLessThan(firstUnreachable);
    expect(results.some((r) => r.reach?.travel === 'flight')).toBe(true);
  });

  it('remembers the chosen community and the saved list, never the search text', async () => {
    const dbName = uniqueDbName();
    const first = await started(dbName);
    const someId = first.directory.services[3]!.id;
    await first.store.chooseCommunity('hearst');
    await first.store.toggleSaved(someId);
    first.store.setQuery('counselling en français');
    first.store.stop();
    first.db.close();

    const second = await started(dbName);
    expect(second.store.placeChoice.value).toEqual({ kind: 'community', id: 'hearst' });
    expect(second.store.saved.value).toEqual([someId]);
    expect(second.store.query.value).toBe('');
    const everything = JSON.stringify(await second.db.meta.toArray());
    expect(everything).not.toContain('counselling');
  });

  it('uses the device position without storing it', async () => {
    const geolocation = {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: 48.47, longitude: -81.33 } } as GeolocationPosition),
    };
    const { store, db } = await started(uniqueDbName(), geolocation);
    store.useDevicePosition();
    await store.settled();
    expect(store.place.value?.communityId).toBe('timmins');
    expect(store.results.value!.top(1)[0]?.reach).not.toBeNull();
    expect(await db.meta.get('place')).toBeUndefined();
  });

  it('says when the position is refused', async () => {
    const geolocation = {
      getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) =>
        fail?.({ code: 1 } as GeolocationPositionError),
    };
    const { store } = await started(uniqueDbName(), geolocation);
    store.useDevicePosition();
    expect(store.locate.value).toBe('denied');
  });

  it('follows edits: a renamed service is found by its new name', async () => {
    const { store, db, directory } = await started();
    const target = directory.services[10]!;
    await patchRecord({ db }, 'service', target.id, { name: 'Zephyrine drop-in' });
    await expect
      .poll(async () => {
        store.setQuery('zephyrine');
        await store.settled();
        return all(store.results.value).map((r) => r.id);
      })
      .toEqual([target.id]);
  });

  it('on a full disk, says so and keeps the saved list as it was', async () => {
    const { store, db, directory } = await started();
    const id = directory.services[0]!.id;
    db.meta.put = (() =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    await store.toggleSaved(id);
    expect(store.saveProblem.value).toBe('storage-full');
    expect(store.saved.value).toEqual([]);
  });

  it('applies the change feed: an organization or location edit reaches the services that use it', async () => {
    const { db, store, directory } = await started();
    const service = directory.services.find((s) => s.location_ids.length > 0)!;
    const organization = directory.organizations.find((o) => o.id === service.organization_id)!;
    await patchRecord({ db }, 'organization', organization.id, { name: 'Zyxwabble Society' });
    await until(() => store.snapshot.value!.organizations.some((o) => o.name === 'Zyxwabble Society'));
    store.setQuery('zyxwabble');
    await store.settled();
    expect(all(store.results.value).map((r) => r.id)).toContain(service.id);

    // A second tab's write reaches this one through the same feed.
    const other = openDatabase(db.name);
    await patchRecord({ db: other }, 'location', service.location_ids[0]!, { name: 'Quuxdale Hall' });
    other.close();
    await until(() => store.snapshot.value!.locations.some((l) => l.name === 'Quuxdale Hall'));
    expect(store.item(service.id)?.locations.map((l) => l.name)).toContain('Quuxdale Hall');
  });

  it('sets aside a stored record that does not read as valid, and the search still loads', async () => {
    const dbName = uniqueDbName();
    const problems: string[] = [];
    const db = openDatabase(dbName, { onUnreadable: (p) => problems.push(`${p.entity} ${p.reason}`) });
    await loadSampleDirectory({ db }, sampleDirectory(), 1);
    const broken = (await db.services.toCollection().first())!;
    const { location_ids: _dropped, ...withoutLocations } = broken.value;
    await db.services.put({ ...broken, value: withoutLocations as typeof broken.value });
    store = createDirectoryStore({ db, now: () => FIXED_NOW });
    await store.start();
    await store.settled();
    expect(store.results.value!.length).toBeGreaterThan(0);
    expect(all(store.results.value).map((r) => r.id)).not.toContain(broken.id);
    expect(problems).toContainEqual(expect.stringMatching(/^service .*location_ids is required/));
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('the saved search index', () => {
  /** The in-page index, counting whole builds and reloads. */
  function countingIndex() {
    const inner = createSearchIndex();
    const counts = { load: 0, restore: 0 };
    const index: SearchIndex = {
      load: (documents) => {
        counts.load += 1;
        return inner.load(documents);
      },
      restore: (data) => {
        counts.restore += 1;
        return inner.restore(data);
      },
      upsert: (d) => inner.upsert(d),
      remove: (id) => inner.remove(id),
      search: (q) => inner.search(q),
      serialize: () => inner.serialize(),
      get size() {
        return inner.size;
      },
    };
    return { index, counts };
  }

  async function startWith(db: ReturnType<typeof openDatabase>) {
    const { index, counts } = countingIndex();
    const s = createDirectoryStore({ db, now: () => FIXED_NOW, index, indexSaveDelayMs: 10 });
    store = s;
    await s.start();
    // A text query waits for the index: once it is answered, the index was reloaded or built.
    s.setQuery('shelter');
    await s.settled();
    return { s, counts };
  }

  const savedCursor = async (db: ReturnType<typeof openDatabase>) =>
    (await db.searchIndex.get('directory'))?.cursor ?? -1;

  /** The ids a text finds. */
  const finds = async (s: DirectoryStore, text: string) => {
    s.setQuery(text);
    await s.settled();
    return all(s.results.value).map((r) => r.id);
  };

  it('is built and saved on the first start, reloaded (not rebuilt) on the next, and takes edits', async () => {
    const db = openDatabase(uniqueDbName());
    await loadSampleDirectory({ db }, sampleDirectory(), 1);
    const first = await startWith(db);
    expect(first.counts).toEqual({ load: 1, restore: 0 });
    await expect.poll(() => savedCursor(db)).toBeGreaterThan(0);
    const before = all(first.s.results.value).map((r) => r.id);
    expect(before.length).toBeGreaterThan(0);
    first.s.stop();

    const second = await startWith(db);
    expect(second.counts).toEqual({ load: 0, restore: 1 });
    expect(all(second.s.results.value).map((r) => r.id)).toEqual(before);

    // An edit after the reload is searchable, and the saved index follows it.
    const target = sampleDirectory().services[5]!;
    await patchRecord({ db }, 'service', target.id, { name: 'Zephyrine drop-in' });
    await expect.poll(() => finds(second.s, 'zephyrine')).toEqual([target.id]);
    const cursor = (await db.changes.orderBy('seq').last())!.seq;
    await expect.poll(() => savedCursor(db)).toBe(cursor);
    second.s.stop();

    const third = await startWith(db);
    expect(third.counts).toEqual({ load: 0, restore: 1 });
    expect(await finds(third.s, 'zephyrine')).toEqual([target.id]);
  });

  it('is not used once the directory changed while no screen was open: it is built again', async () => {
    const db = openDatabase(uniqueDbName());
    await loadSampleDirectory({ db }, sampleDirectory(), 1);
    const first = await startWith(db);
    await expect.poll(() => savedCursor(db)).toBeGreaterThan(0);
    first.s.stop();

    const target = sampleDirectory().services[7]!;
    await patchRecord({ db }, 'service', target.id, { name: 'Quuxdale warming centre' });
    const second = await startWith(db);
    expect(second.counts).toEqual({ load: 1, restore: 0 });
    expect(await finds(second.s, 'quuxdale')).toEqual([target.id]);
  });

  it('on a full disk, is not saved: the directory still searches and follows edits, and the next start builds it', async () => {
    const db = openDatabase(uniqueDbName());
    await loadSampleDirectory({ db }, sampleDirectory(), 1);
    const first = await startWith(db);
    await expect.poll(() => savedCursor(db)).toBeGreaterThan(0);
    const savedBefore = await savedCursor(db);
    first.s.stop();

    // The disk fills up: every save of the index fails as a browser's IndexedDB does.
    const put = db.searchIndex.put;
    let refused = 0;
    db.searchIndex.put = (() => {
      refused += 1;
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }) as never;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const second = await startWith(db);
    const target = sampleDirectory().services[9]!;
    await patchRecord({ db }, 'service', target.id, { name: 'Zephyrine drop-in' });
    await expect.poll(() => refused).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ name: 'QuotaExceededError' }));
    // The edit after the failed save is applied and searchable; a later edit too.
    await expect.poll(() => finds(second.s, 'zephyrine')).toEqual([target.id]);
    const other = sampleDirectory().services[11]!;
    await patchRecord({ db }, 'service', other.id, { name: 'Quuxdale warming centre' });
    await expect.poll(() => finds(second.s, 'quuxdale')).toEqual([other.id]);
    await expect.poll(() => refused).toBeGreaterThan(1);
    // Other writes still go through, and the index saved before is left as it was.
    await second.s.toggleSaved(target.id);
    expect(second.s.saveProblem.value).toBeNull();
    expect(await savedCursor(db)).toBe(savedBefore);
    second.s.stop();
    warn.mockRestore();

    // Room again: the next start does not take the stale index; it builds it with both edits, and saves.
    db.searchIndex.put = put;
    const third = await startWith(db);
    expect(third.counts).toEqual({ load: 1, restore: 0 });
    expect(await finds(third.s, 'zephyrine')).toEqual([target.id]);
    const cursor = (await db.changes.orderBy('seq').last())!.seq;
    await expect.poll(() => savedCursor(db)).toBe(cursor);
  });

  it('is not used when it was saved in another format (an app update indexing other words)', async () => {
    const db = openDatabase(uniqueDbName());
    await loadSampleDirectory({ db }, sampleDirectory(), 1);
    const first = await startWith(db);
    await expect.poll(() => savedCursor(db)).toBeGreaterThan(0);
    first.s.stop();
    await db.searchIndex.update('directory', { format: 'older' });
    const second = await startWith(db);
    expect(second.counts).toEqual({ load: 1, restore: 0 });
  });
});
