import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, uniqueDbName } from '../../tests/fixtures/records';
import type { FetchLike } from '../sync/hubClient';
import { createAppStore } from './appStore';
import { createEscapeDetector, ESCAPE_TWICE_WITHIN_MS } from './quickExit';

describe('Escape twice', () => {
  it.each<[string, Array<[number, boolean]>, boolean[]]>([
    [
      'two quick presses leave',
      [
        [0, false],
        [300, false],
      ],
      [false, true],
    ],
    [
      'two slow presses do not',
      [
        [0, false],
        [ESCAPE_TWICE_WITHIN_MS + 1, false],
      ],
      [false, false],
    ],
    [
      'a slow then a quick pair leaves on the pair',
      [
        [0, false],
        [2000, false],
        [2300, false],
      ],
      [false, false, true],
    ],
    [
      'the press that closes a dialog does not count',
      [
        [0, true],
        [200, false],
      ],
      [false, false],
    ],
    [
      'after closing a dialog, two more presses leave',
      [
        [0, true],
        [200, false],
        [400, false],
      ],
      [false, false, true],
    ],
    [
      'three quick presses leave once, then start over',
      [
        [0, false],
        [100, false],
        [200, false],
      ],
      [false, true, false],
    ],
  ])('%s', (_name, presses, expected) => {
    const detector = createEscapeDetector();
    expect(presses.map(([t, closed]) => detector.press(t, closed))).toEqual(expected);
  });
});

describe('quick exit', () => {
  it('veils first, forgets what was looked at, then leaves for the chosen site', async () => {
    const store = createAppStore({ dbName: uniqueDbName(), initialLocale: 'en', now: () => FIXED_NOW });
    await store.start(() => FIXED_NOW);
    store.directory.setQuery('counselling');
    store.directory.setFilters({ ...store.directory.filters.value, openNow: true });
    await store.directory.chooseCommunity('timmins');
    const anyId = store.directory.snapshot.value!.services[0]!.id;
    store.navigation.open({ name: 'service', id: anyId });
    store.device.setExitUrl('https://example.org/news');

    const steps: string[] = [];
    store.quickExit({
      veil: () => steps.push(`veil (query still "${store.directory.query.value}")`),
      leave: (url) => steps.push(`leave ${url}`),
    });

    expect(steps).toEqual(['veil (query still "counselling")', 'leave https://example.org/news']);
    expect(store.directory.query.value).toBe('');
    expect(store.directory.filters.value.openNow).toBe(false);
    expect(store.directory.placeChoice.value).toBeNull();
    expect(store.directory.results.value).toBeNull();
    expect(store.navigation.screen.value).toEqual({ name: 'search' });
    expect(store.navigation.canGoBack.value).toBe(false);
    store.directory.stop();
    store.db.close();
  });
});

describe('wipe this device', () => {
  it('deletes the database, forgets settings and offline copies', async () => {
    const cleared: string[] = [];
    const map = new Map<string, string>([['circle.theme', 'dark']]);
    const store = createAppStore({
      dbName: uniqueDbName(),
      initialLocale: 'en',
      platform: {
        storage: {
          getItem: (k) => map.get(k) ?? null,
          setItem: (k, v) => void map.set(k, v),
          clear: () => map.clear(),
        },
        clearOfflineCopies: async () => void cleared.push('caches and service worker'),
      },
    });
    await store.start(() => FIXED_NOW);
    const name = store.db.name;
    await store.wipe();
    expect(store.dbStatus.value).toBe('wiped');
    expect(map.size).toBe(0);
    expect(cleared).toEqual(['caches and service worker']);
    expect(store.device.theme.value).toBe('system');
    const names = await indexedDB.databases();
    expect(names.map((d) => d.name)).not.toContain(name);
  });

  const wipeWith = async (hubFetch: FetchLike, online = true) => {
    const store = createAppStore({
      dbName: uniqueDbName(),
      initialLocale: 'en',
      hubFetch,
      online: () => online,
    });
    await store.start(() => FIXED_NOW);
    const name = store.db.name;
    await store.wipe();
    expect(store.dbStatus.value).toBe('wiped');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    return store;
  };

  it('asks the hub, once, for Clear-Site-Data, so the HTTP cache goes too', async () => {
    const calls: Array<[string, RequestInit]> = [];
    await wipeWith(async (url, init) => {
      calls.push([url, init]);
      return new Response(null, { status: 204, headers: { 'Clear-Site-Data': '"cache", "storage"' } });
    });
    expect(calls.map(([url, init]) => `${init.method} ${url}`)).toEqual(['POST /api/clear-site-data']);
  });

  it.each<[string, FetchLike]>([
    ['the hub cannot be reached', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['no hub answers (a static host)', async () => new Response('Not found', { status: 404 })],
    ['the hub fails', async () => new Response('{}', { status: 500 })],
  ])('completes the wipe on the device when %s', async (_name, hubFetch) => {
    const calls = vi.fn(hubFetch);
    await wipeWith(calls);
    expect(calls).toHaveBeenCalledOnce();
  });

  it('does not ask the hub while offline', async () => {
    const calls = vi.fn<FetchLike>(async () => new Response(null, { status: 204 }));
    await wipeWith(calls, false);
    expect(calls).not.toHaveBeenCalled();
  });
});
