import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, uniqueDbName } from '../../tests/fixtures/records';
import { deleteDatabase } from '../db';
import { createAppStore } from './appStore';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('the app store', () => {
  it('loads the sample directory on first run only', async () => {
    const dbName = uniqueDbName();
    const first = createAppStore({ dbName, initialLocale: 'en' });
    expect(first.dbStatus.value).toBe('opening');
    await first.start(() => FIXED_NOW);
    expect(first.dbStatus.value).toBe('ready');
    const services = await first.db.services.count();
    expect(services).toBeGreaterThanOrEqual(150);
    expect(await first.db.mutations.count()).toBe(0);
    const loadedAt = (await first.db.meta.get('sample-directory'))?.value;
    first.db.close();

    const second = createAppStore({ dbName, initialLocale: 'en' });
    await second.start(() => new Date(FIXED_NOW.getTime() + 86_400_000));
    expect(await second.db.services.count()).toBe(services);
    expect((await second.db.meta.get('sample-directory'))?.value).toEqual(loadedAt);
    second.db.close();
  });

  it('says the device is full when the first sample directory cannot be written (not "no service matches")', async () => {
    const store = createAppStore({ dbName: uniqueDbName(), initialLocale: 'en' });
    const full = vi
      .spyOn(store.db.services, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await store.start(() => FIXED_NOW);
    expect(full).toHaveBeenCalled();
    expect(store.dbStatus.value).toBe('storage-full');
    expect(await store.db.services.count()).toBe(0);
    expect(store.t.value('db.storageFull')).toMatch(/out of space/);
    await store.setLocale('fr');
    expect(store.t.value('db.storageFull')).toMatch(/espace/);

    // Space freed: the next start loads the sample and the directory is there.
    full.mockRestore();
    store.db.close();
    const again = createAppStore({ dbName: store.db.name, initialLocale: 'en' });
    await again.start(() => FIXED_NOW);
    expect(again.dbStatus.value).toBe('ready');
    expect(await again.db.services.count()).toBeGreaterThan(0);
    again.db.close();
  });

  it('switches to French, remembers it, and starts in it next time', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ dbName: uniqueDbName(), initialLocale: 'en', storage });
    expect(store.t.value('directory.showMore')).toBe('Show more');
    await store.setLocale('fr');
    expect(store.t.value('directory.showMore')).toBe('Afficher plus');
    store.db.close();

    const next = createAppStore({ dbName: uniqueDbName(), initialLocale: 'en', storage });
    expect(next.locale.value).toBe('fr');
    await next.start(() => FIXED_NOW);
    expect(next.t.value('sample.banner.title')).toBe('Répertoire d’exemple');
    next.db.close();
  });

  it('reports a wipe from another tab', async () => {
    const dbName = uniqueDbName();
    const store = createAppStore({ dbName, initialLocale: 'en' });
    await store.start(() => FIXED_NOW);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await deleteDatabase(dbName);
    expect(store.dbStatus.value).toBe('deleted-elsewhere');
  });
});
