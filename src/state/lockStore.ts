// The app lock as signals. The data key lives here, in memory only, while the app is unlocked: lock,
// idle lock and quick exit drop it, and a reload starts locked. The vault record and the count of
// wrong passphrases are in `db/`; the words and screens are `ui/lock/`'s.
import { signal } from '@preact/signals';
import {
  type CircleDatabase,
  clearUnlockFailures,
  forgetLockedData,
  hasDeviceKeys,
  observeVault,
  readSetting,
  readUnlockFailures,
  readVault,
  recordUnlockFailure,
  removeVault,
  replaceVaultRecord,
  setVault,
  writeSetting,
} from '../db';
import { createVault, changePassphrase as rewrap, unlockVault, type VaultRecord } from '../vault/keys';
import {
  createIdleLock,
  DEFAULT_IDLE_MS,
  type IdleChoice,
  realScheduler,
  type Scheduler,
  unlockDelayMs,
} from '../vault/lockPolicy';

/**
 * `checking` until the database has said whether a lock is set (only when this device said so last
 * time: a device without a lock shows the app at once); `off` no lock; `locked` a lock and no key.
 */
export type LockStatus = 'checking' | 'off' | 'locked' | 'unlocked';

/** Why a passphrase did not do what was asked. */
export type LockRefusal =
  | { code: 'wrong-passphrase' }
  | { code: 'wait'; untilMs: number }
  | { code: 'too-weak' }
  | { code: 'unreadable-record' }
  | { code: 'storage-failed' }
  /** This device takes part in referrals: its keys are sealed under the lock, which stays on. */
  | { code: 'needed-for-referrals' };

export type LockOutcome = { ok: true } | { ok: false; refusal: LockRefusal };

/** The other tabs of this app: "lock now" and quick exit lock them all. */
export interface LockChannel {
  post(message: 'lock'): void;
  listen(onMessage: (message: unknown) => void): () => void;
}

export interface LockStoreOptions {
  db: CircleDatabase;
  /** Synchronous storage (localStorage) for the one hint read before the database opens. */
  hint?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  scheduler?: Scheduler;
  channel?: LockChannel | null;
  /** The key is gone: drop whatever was read with it. */
  onLock?: () => void;
  /** The key is back: read what it opens. */
  onUnlock?: () => Promise<void>;
}

const HINT_KEY = 'circle.locked';

export function createLockStore(options: LockStoreOptions) {
  const { db } = options;
  const scheduler = options.scheduler ?? realScheduler;
  const hint = options.hint ?? null;
  const status = signal<LockStatus>(hint?.getItem(HINT_KEY) === '1' ? 'checking' : 'off');
  const idleMs = signal<IdleChoice>(DEFAULT_IDLE_MS);
  /** Until when (scheduler time) the next try must wait after wrong passphrases; 0 for no wait. */
  const waitUntil = signal(0);
  let key: CryptoKey | null = null;
  let record: VaultRecord | null = null;
  let unsubscribe: (() => void) | null = null;
  let stopChannel: (() => void) | null = null;

  const idle = createIdleLock({ timeoutMs: idleMs.peek(), scheduler, onLock: () => dropKey() });

  function setHint(on: boolean): void {
    try {
      if (on) hint?.setItem(HINT_KEY, '1');
      else hint?.removeItem(HINT_KEY);
    } catch {
      // Storage refused (private mode, full): the database still decides, a moment later.
    }
  }

  /** What a stored record means for this tab: a lock without our key is locked. */
  function follow(next: VaultRecord | null): void {
    record = next;
    setHint(next !== null);
    if (!next) {
      const hadLock = status.peek() !== 'off';
      key = null;
      idle.stop();
      status.value = 'off';
      // What was sealed is now in the clear (or erased): read it again.
      if (hadLock) void options.onUnlock?.();
    } else if (!key) {
      status.value = 'locked';
    }
  }

  function dropKey(): void {
    const had = key !== null;
    key = null;
    idle.stop();
    if (record) status.value = 'locked';
    if (had) options.onLock?.();
  }

  async function start(): Promise<void> {
    const [stored, idleSetting, failures] = await Promise.all([
      readVault(db),
      readSetting(db, 'lock.idleMs'),
      readUnlockFailures(db),
    ]);
    if (idleSetting) {
      idleMs.value = idleSetting;
      idle.setTimeoutMs(idleSetting);
    }
    noteFailures(failures);
    follow(stored);
    const subscription = observeVault(db).subscribe({
      next: (value) => {
        if (value?.wrappedKey !== record?.wrappedKey || (value === null) !== (record === null)) follow(value);
        else record = value;
      },
      error: (error: unknown) => console.error(error),
    });
    unsubscribe = () => subscription.unsubscribe();
    stopChannel =
      options.channel?.listen((message) => {
        if (message === 'lock') dropKey();
      }) ?? null;
  }

  function noteFailures(failures: { count: number; at: number }): void {
    const delay = unlockDelayMs(failures.count);
    waitUntil.value = delay > 0 ? failures.at + delay : 0;
  }

  function mustWait(): LockRefusal | null {
    const until = waitUntil.peek();
    return until > scheduler.now() ? { code: 'wait', untilMs: until } : null;
  }

  /** Checks a passphrase against the stored record, counting a wrong one (and its wait). */
  async function check(
    passphrase: string,
  ): Promise<{ ok: true; key: CryptoKey } | { ok: false; refusal: LockRefusal }> {
    const wait = mustWait();
    if (wait) return { ok: false, refusal: wait };
    const current = record ?? (await readVault(db));
    if (!current) return { ok: false, refusal: { code: 'unreadable-record' } };
    const opened = await unlockVault(current, passphrase);
    if (opened.ok) {
      await clearUnlockFailures(db).catch(() => undefined);
      waitUntil.value = 0;
      return opened;
    }
    if (opened.error === 'unreadable-record') return { ok: false, refusal: { code: 'unreadable-record' } };
    noteFailures(await recordUnlockFailure(db, scheduler.now()));
    return { ok: false, refusal: { code: 'wrong-passphrase' } };
  }

  async function unlock(passphrase: string): Promise<LockOutcome> {
    const checked = await check(passphrase);
    if (!checked.ok) return checked;
    key = checked.key;
    status.value = 'unlocked';
    idle.start();
    await options.onUnlock?.();
    return { ok: true };
  }

  /** Sets a lock (fair or strong passphrases only): the saved list is sealed, the app stays open. */
  async function setLock(passphrase: string): Promise<LockOutcome> {
    const { passphraseStrength } = await import('../vault/passphrase');
    if (!passphraseStrength(passphrase).acceptable) return { ok: false, refusal: { code: 'too-weak' } };
    const made = await createVault(passphrase);
    try {
      await setVault(db, made.record, made.key);
    } catch (error) {
      console.error(error);
      return { ok: false, refusal: { code: 'storage-failed' } };
    }
    key = made.key;
    record = made.record;
    setHint(true);
    status.value = 'unlocked';
    idle.start();
    // Open as after an unlock: what needs the key (referrals) gets it now.
    await options.onUnlock?.();
    return { ok: true };
  }

  /** The same key under a new passphrase; the current one is checked (and counted) like an unlock. */
  async function changePassphrase(current: string, next: string): Promise<LockOutcome> {
    const { passphraseStrength } = await import('../vault/passphrase');
    if (!passphraseStrength(next).acceptable) return { ok: false, refusal: { code: 'too-weak' } };
    const checked = await check(current);
    if (!checked.ok) return checked;
    const changed = await rewrap(record, current, next);
    if (!changed.ok) return { ok: false, refusal: { code: changed.error } };
    try {
      await replaceVaultRecord(db, changed.record);
    } catch (error) {
      console.error(error);
      return { ok: false, refusal: { code: 'storage-failed' } };
    }
    record = changed.record;
    return { ok: true };
  }

  /** Turns the lock off (after the passphrase): the saved list goes back in the clear. */
  async function removeLock(passphrase: string): Promise<LockOutcome> {
    if (await hasDeviceKeys(db)) return { ok: false, refusal: { code: 'needed-for-referrals' } };
    const checked = await check(passphrase);
    if (!checked.ok) return checked;
    try {
      await removeVault(db, checked.key);
    } catch (error) {
      console.error(error);
      return { ok: false, refusal: { code: 'storage-failed' } };
    }
    key = null;
    follow(null);
    return { ok: true };
  }

  /** A forgotten passphrase: what was locked is erased for good and the lock is off. */
  async function forgetPassphrase(): Promise<LockOutcome> {
    try {
      await forgetLockedData(db);
    } catch (error) {
      console.error(error);
      return { ok: false, refusal: { code: 'storage-failed' } };
    }
    waitUntil.value = 0;
    follow(null);
    return { ok: true };
  }

  /** Locks this tab and every other one. */
  function lockNow(): void {
    dropKey();
    options.channel?.post('lock');
  }

  async function setIdleMs(ms: IdleChoice): Promise<void> {
    idleMs.value = ms;
    idle.setTimeoutMs(ms);
    await writeSetting(db, 'lock.idleMs', ms);
  }

  return {
    status,
    idleMs,
    waitUntil,
    /** The data key while unlocked, else null. Never leaves the page. */
    key: () => key,
    start,
    unlock,
    setLock,
    changePassphrase,
    removeLock,
    forgetPassphrase,
    lockNow,
    setIdleMs,
    /** A touch, a key, a scroll: the idle time starts again. */
    touch: () => idle.touch(),
    /** The page is shown again: lock if the idle time ran out while timers slept. */
    checkIdle: () => idle.check(),
    /** Quick exit: the key goes, and every other tab locks too. */
    forget: lockNow,
    stop(): void {
      unsubscribe?.();
      stopChannel?.();
      idle.stop();
      key = null;
    },
  };
}

export type LockStore = ReturnType<typeof createLockStore>;

/** The page's other tabs, through a BroadcastChannel (none where the browser has none). */
export function broadcastLockChannel(name = 'circle-lock'): LockChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handler = (event: MessageEvent) => onMessage(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
