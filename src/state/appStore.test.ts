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
    expect(next.t.value('sample.banner.title')).toBe("Répertoire d'exemple");
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
