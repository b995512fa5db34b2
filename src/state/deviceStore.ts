// Device-level state that must work even when the database cannot open: the quick-exit site, the
// theme, blanking when hidden, the update and install offers, storage status, and the wipe. Its
// settings live in localStorage (small, synchronous, readable before anything else loads).
import { batch, signal } from '@preact/signals';

export const DEFAULT_EXIT_URL = 'https://weather.gc.ca/';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEYS = {
  exitUrl: 'circle.exitUrl',
  theme: 'circle.theme',
  blankWhenHidden: 'circle.blankWhenHidden',
  sampleSeen: 'circle.sampleSeen',
} as const;

export interface StorageStatus {
  /** null where the browser cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** What the page offers, injected so that the store runs (and is tested) without a browser. */
export interface DevicePlatform {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'clear'>;
  storageManager?: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'> | undefined;
  /** Deletes every Cache Storage cache and unregisters the service worker. */
  clearOfflineCopies?: () => Promise<void>;
}

export type SettingProblem = 'storage-full' | 'invalid-url' | null;

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Only an https address (or http on this machine, for testing) can be the quick-exit site. */
export function validExitUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))
    ) {
      return url.href;
    }
  } catch {
    // not a URL
  }
  return null;
}

export function createDeviceStore(platform: DevicePlatform) {
  const read = (key: string) => {
    try {
      return platform.storage.getItem(key);
    } catch {
      return null;
    }
  };
  const storedTheme = read(KEYS.theme);
  const exitUrl = signal(validExitUrl(read(KEYS.exitUrl) ?? '') ?? DEFAULT_EXIT_URL);
  const theme = signal<Theme>(THEMES.includes(storedTheme as Theme) ? (storedTheme as Theme) : 'system');
  const blankWhenHidden = signal(read(KEYS.blankWhenHidden) === '1');
  /** The sample banner was shown on an earlier visit: this visit it takes one line. */
  const sampleSeenBefore = read(KEYS.sampleSeen) === '1';
  const problem = signal<SettingProblem>(null);
  const updateReady = signal<{ apply(): void } | null>(null);
  const installPrompt = signal<{ prompt(): Promise<unknown> } | null>(null);
  const storageStatus = signal<StorageStatus>({ persisted: null, usageBytes: null, quotaBytes: null });

  /** Writes a setting; on a full disk the value stays on screen and the problem is said. */
  function write(key: string, value: string): boolean {
    try {
      platform.storage.setItem(key, value);
      problem.value = null;
      return true;
    } catch (error) {
      problem.value = isQuotaError(error) ? 'storage-full' : null;
      if (!isQuotaError(error)) throw error;
      return false;
    }
  }

  function setExitUrl(text: string): boolean {
    const url = validExitUrl(text);
    if (!url) {
      problem.value = 'invalid-url';
      return false;
    }
    if (!write(KEYS.exitUrl, url)) return false;
    exitUrl.value = url;
    return true;
  }

  function setTheme(next: Theme): void {
    theme.value = next;
    write(KEYS.theme, next);
  }

  function noteSampleSeen(): void {
    if (read(KEYS.sampleSeen) !== '1') write(KEYS.sampleSeen, '1');
  }

  function setBlankWhenHidden(on: boolean): void {
    blankWhenHidden.value = on;
    write(KEYS.blankWhenHidden, on ? '1' : '0');
  }

  async function refreshStorage(): Promise<void> {
    const manager = platform.storageManager;
    if (!manager) return;
    const [persisted, estimate] = await Promise.all([
      manager.persisted ? manager.persisted().catch(() => null) : null,
      manager.estimate ? manager.estimate().catch(() => null) : null,
    ]);
    storageStatus.value = {
      persisted,
      usageBytes: estimate?.usage ?? null,
      quotaBytes: estimate?.quota ?? null,
    };
  }

  /** Asks the browser not to clear this app's data under storage pressure. */
  async function requestPersistence(): Promise<void> {
    const manager = platform.storageManager;
    if (manager?.persist) await manager.persist().catch(() => false);
    await refreshStorage();
  }

  async function install(): Promise<void> {
    const offer = installPrompt.value;
    if (!offer) return;
    installPrompt.value = null;
    await offer.prompt();
  }

  /** Forgets every device setting and the offline copies (the database is wiped by the app store). */
  async function forget(): Promise<void> {
    try {
      platform.storage.clear();
    } catch {
      // nothing stored, or storage unavailable: nothing to forget
    }
    await platform.clearOfflineCopies?.();
    batch(() => {
      exitUrl.value = DEFAULT_EXIT_URL;
      theme.value = 'system';
      blankWhenHidden.value = false;
    });
  }

  return {
    exitUrl,
    theme,
    blankWhenHidden,
    problem,
    updateReady,
    installPrompt,
    storageStatus,
    sampleSeenBefore,
    noteSampleSeen,
    setExitUrl,
    setTheme,
    setBlankWhenHidden,
    refreshStorage,
    requestPersistence,
    install,
    forget,
  };
}

export type DeviceStore = ReturnType<typeof createDeviceStore>;
