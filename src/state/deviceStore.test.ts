import { describe, expect, it } from 'vitest';
import { createDeviceStore, DEFAULT_EXIT_URL, type DevicePlatform, validExitUrl } from './deviceStore';

function platform(options: { full?: boolean } = {}): DevicePlatform & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    storage: {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => {
        if (options.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        map.set(k, v);
      },
      clear: () => map.clear(),
    },
  };
}

describe('quick-exit site', () => {
  it.each([
    ['https://weather.gc.ca/', 'https://weather.gc.ca/'],
    ['  https://example.org/news ', 'https://example.org/news'],
    ['http://localhost:8123/neutral', 'http://localhost:8123/neutral'],
    ['http://example.org/', null],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['weather.gc.ca', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(validExitUrl(input)).toBe(expected);
  });

  it('defaults to a neutral site and remembers a valid choice', () => {
    const p = platform();
    const store = createDeviceStore(p);
    expect(store.exitUrl.value).toBe(DEFAULT_EXIT_URL);
    expect(store.setExitUrl('https://example.org/')).toBe(true);
    expect(createDeviceStore(p).exitUrl.value).toBe('https://example.org/');
  });

  it('refuses an address that is not https and keeps the old one', () => {
    const store = createDeviceStore(platform());
    expect(store.setExitUrl('javascript:alert(1)')).toBe(false);
    expect(store.problem.value).toBe('invalid-url');
    expect(store.exitUrl.value).toBe(DEFAULT_EXIT_URL);
  });

  it('on a full disk, says so and changes nothing (the screen keeps what was typed)', () => {
    const store = createDeviceStore(platform({ full: true }));
    expect(store.setExitUrl('https://example.org/')).toBe(false);
    expect(store.problem.value).toBe('storage-full');
    expect(store.exitUrl.value).toBe(DEFAULT_EXIT_URL);
  });
});

describe('storage status', () => {
  it('reports persistence and usage, and asks to persist', async () => {
    let persisted = false;
    const store = createDeviceStore({
      ...platform(),
      storageManager: {
        persisted: async () => persisted,
        persist: async () => {
          persisted = true;
          return true;
        },
        estimate: async () => ({ usage: 2_500_000, quota: 1_000_000_000 }),
      },
    });
    await store.refreshStorage();
    expect(store.storageStatus.value).toEqual({
      persisted: false,
      usageBytes: 2_500_000,
      quotaBytes: 1_000_000_000,
    });
    await store.requestPersistence();
    expect(store.storageStatus.value.persisted).toBe(true);
  });

  it('says nothing it does not know', async () => {
    const store = createDeviceStore(platform());
    await store.refreshStorage();
    expect(store.storageStatus.value).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
  });
});

describe('theme and blanking', () => {
  it('are remembered', () => {
    const p = platform();
    const store = createDeviceStore(p);
    store.setTheme('dark');
    store.setBlankWhenHidden(true);
    const again = createDeviceStore(p);
    expect(again.theme.value).toBe('dark');
    expect(again.blankWhenHidden.value).toBe(true);
  });
});
