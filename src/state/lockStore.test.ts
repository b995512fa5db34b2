import { describe, expect, it, vi } from 'vitest';
import { manualScheduler } from '../../tests/fixtures/manualClock';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';
import { FIXED_NOW, uniqueDbName } from '../../tests/fixtures/records';
import { storeDeviceKeys } from '../db';
import { createLockedDeviceKeys } from '../vault/deviceKeys';
import { MIN_ITERATIONS } from '../vault/keys';
import { type AppStoreOptions, createAppStore } from './appStore';
import type { LockChannel } from './lockStore';

const PASSPHRASE = 'river stones under the birch trees';
const OTHER = 'galets de la rivière sous le bouleau';

/** Tabs of one browser: what one posts, the others hear (never itself). */
function channels() {
  const listeners = new Set<(m: unknown) => void>();
  return (): LockChannel => {
    let mine: ((m: unknown) => void) | null = null;
    return {
      post: (message) => {
        for (const l of listeners) if (l !== mine) l(message);
      },
      listen: (onMessage) => {
        mine = onMessage;
        listeners.add(onMessage);
        return () => listeners.delete(onMessage);
      },
    };
  };
}

async function started(dbName: string, extra: Partial<AppStoreOptions> = {}) {
  const app = createAppStore({ dbName, initialLocale: 'en', ...extra });
  await app.start(() => FIXED_NOW);
  return app;
}

async function sampleIds(app: Awaited<ReturnType<typeof started>>, n: number): Promise<string[]> {
  return (await app.db.services.limit(n).primaryKeys()) as string[];
}

async function metaRows(app: Awaited<ReturnType<typeof started>>): Promise<string> {
  return JSON.stringify(await app.db.meta.toArray());
}

describe('the app lock', () => {
  it('seals the saved list when set; a new start is locked and shows none of it until the passphrase', async () => {
    const dbName = uniqueDbName();
    const hint = memoryStorage();
    const first = await started(dbName, { lock: { hint } });
    expect(first.lock.status.value).toBe('off');
    const [a, b] = await sampleIds(first, 2);
    await first.directory.toggleSaved(a as string);
    expect(await metaRows(first)).toContain(a);

    expect(await first.lock.setLock('birch river')).toEqual({ ok: false, refusal: { code: 'too-weak' } });
    expect(await first.db.meta.get('vault')).toBeUndefined();
    expect(await first.lock.setLock(PASSPHRASE)).toEqual({ ok: true });
    expect(first.lock.status.value).toBe('unlocked');
    // Still open in this tab, the list as it was; a service saved now is sealed too.
    expect(first.directory.saved.value).toEqual([a]);
    await first.directory.toggleSaved(b as string);
    const rows = await metaRows(first);
    expect(rows).not.toContain(a);
    expect(rows).not.toContain(b);
    expect(rows).not.toContain(PASSPHRASE);
    expect(await first.db.meta.get('saved')).toBeUndefined();
    expect((await first.db.meta.get('vault'))?.value).toMatchObject({ iterations: MIN_ITERATIONS });
    first.db.close();

    const second = createAppStore({ dbName, initialLocale: 'en', lock: { hint } });
    // The hint says a lock was set: nothing shows until the database says so too.
    expect(second.lock.status.value).toBe('checking');
    await second.start(() => FIXED_NOW);
    expect(second.lock.status.value).toBe('locked');
    expect(second.lock.key()).toBeNull();
    expect(second.directory.saved.value).toEqual([]);
    expect(await second.lock.unlock(OTHER)).toEqual({ ok: false, refusal: { code: 'wrong-passphrase' } });
    expect(second.lock.status.value).toBe('locked');
    expect(await second.lock.unlock(PASSPHRASE)).toEqual({ ok: true });
    expect(second.lock.status.value).toBe('unlocked');
    expect(second.directory.saved.value).toEqual([a, b]);
    second.db.close();
  });

  it('gives three tries at once, then waits 1 s doubling, and a reload does not reset the wait', async () => {
    const dbName = uniqueDbName();
    const clock = manualScheduler();
    clock.setNow(1_000_000);
    const app = await started(dbName, { lock: { scheduler: clock.scheduler } });
    await app.lock.setLock(PASSPHRASE);
    app.lock.lockNow();
    for (let i = 0; i < 2; i++) {
      expect(await app.lock.unlock(`wrong ${i}`)).toEqual({
        ok: false,
        refusal: { code: 'wrong-passphrase' },
      });
      expect(app.lock.waitUntil.value).toBe(0);
    }
    // The third wrong one is still tried at once; the next try waits.
    expect(await app.lock.unlock('wrong 2')).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-passphrase' },
    });
    expect(app.lock.waitUntil.value).toBe(1_001_000);
    // While it waits, even the right passphrase is not tried.
    expect(await app.lock.unlock(PASSPHRASE)).toEqual({
      ok: false,
      refusal: { code: 'wait', untilMs: 1_001_000 },
    });
    app.db.close();

    const again = await started(dbName, { lock: { scheduler: clock.scheduler } });
    expect(again.lock.waitUntil.value).toBe(1_001_000);
    clock.setNow(1_001_000);
    expect(await again.lock.unlock('wrong 4')).toMatchObject({ ok: false });
    expect(again.lock.waitUntil.value).toBe(1_001_000 + 2_000);
    clock.setNow(1_003_000);
    expect(await again.lock.unlock(PASSPHRASE)).toEqual({ ok: true });
    expect(again.lock.waitUntil.value).toBe(0);
    expect(await again.db.meta.get('vault.failures')).toBeUndefined();
    again.db.close();
  });

  it('locks itself after the chosen idle time (kept for the next start); a touch postpones it', async () => {
    const dbName = uniqueDbName();
    const clock = manualScheduler();
    const app = await started(dbName, { lock: { scheduler: clock.scheduler } });
    const [a] = await sampleIds(app, 1);
    await app.directory.toggleSaved(a as string);
    await app.lock.setLock(PASSPHRASE);
    await app.lock.setIdleMs(60_000);
    clock.advance(59_999);
    app.lock.touch();
    clock.advance(59_999);
    expect(app.lock.status.value).toBe('unlocked');
    clock.advance(1);
    expect(app.lock.status.value).toBe('locked');
    expect(app.lock.key()).toBeNull();
    expect(app.directory.saved.value).toEqual([]);
    // A sleeping phone: the timer held back, the clock moved on; shown again, it locks.
    await app.lock.unlock(PASSPHRASE);
    clock.setNow(clock.scheduler.now() + 61_000);
    app.lock.checkIdle();
    expect(app.lock.status.value).toBe('locked');
    app.db.close();
    const again = await started(dbName, { lock: { scheduler: clock.scheduler } });
    expect(again.lock.idleMs.value).toBe(60_000);
    again.db.close();
  });

  it('"lock now" and quick exit lock every tab; a lock set in one tab locks the others', async () => {
    const dbName = uniqueDbName();
    const tabs = channels();
    const one = await started(dbName, { lock: { channel: tabs() } });
    const two = await started(dbName, { lock: { channel: tabs() } });
    await one.lock.setLock(PASSPHRASE);
    // The other tab has no key for the lock just set: locked, its list unreadable.
    await expect.poll(() => two.lock.status.value).toBe('locked');
    await two.lock.unlock(PASSPHRASE);
    one.lock.lockNow();
    expect(one.lock.status.value).toBe('locked');
    expect(two.lock.status.value).toBe('locked');
    await one.lock.unlock(PASSPHRASE);
    await two.lock.unlock(PASSPHRASE);
    two.quickExit({ veil: () => {}, leave: () => {} });
    expect(two.lock.key()).toBeNull();
    expect(one.lock.status.value).toBe('locked');
    one.db.close();
    two.db.close();
  });

  it('a new passphrase re-wraps the key only; turning the lock off puts the list back in the clear', async () => {
    const app = await started(uniqueDbName());
    const [a] = await sampleIds(app, 1);
    await app.directory.toggleSaved(a as string);
    await app.lock.setLock(PASSPHRASE);
    const sealed = (await app.db.meta.get('saved.sealed'))?.value;
    const before = (await app.db.meta.get('vault'))?.value as { salt: string; wrappedKey: string };
    expect(await app.lock.changePassphrase(OTHER, 'a new phrase for the lock')).toEqual({
      ok: false,
      refusal: { code: 'wrong-passphrase' },
    });
    expect(await app.lock.changePassphrase(PASSPHRASE, 'short')).toEqual({
      ok: false,
      refusal: { code: 'too-weak' },
    });
    expect(await app.lock.changePassphrase(PASSPHRASE, OTHER)).toEqual({ ok: true });
    const after = (await app.db.meta.get('vault'))?.value as { salt: string; wrappedKey: string };
    expect(after.salt).not.toBe(before.salt);
    expect((await app.db.meta.get('saved.sealed'))?.value).toEqual(sealed);
    app.lock.lockNow();
    expect(await app.lock.unlock(PASSPHRASE)).toMatchObject({ ok: false });
    expect(await app.lock.unlock(OTHER)).toEqual({ ok: true });
    expect(app.directory.saved.value).toEqual([a]);

    expect(await app.lock.removeLock(PASSPHRASE)).toMatchObject({ ok: false });
    expect(await app.lock.removeLock(OTHER)).toEqual({ ok: true });
    expect(app.lock.status.value).toBe('off');
    expect((await app.db.meta.get('saved'))?.value).toEqual([a]);
    expect(await app.db.meta.get('saved.sealed')).toBeUndefined();
    expect(await app.db.meta.get('vault')).toBeUndefined();
    app.db.close();
  });

  it('a forgotten passphrase erases what was locked, and nothing else', async () => {
    const app = await started(uniqueDbName());
    const [a] = await sampleIds(app, 1);
    const services = await app.db.services.count();
    await app.directory.toggleSaved(a as string);
    await app.lock.setLock(PASSPHRASE);
    app.lock.lockNow();
    expect(await app.lock.forgetPassphrase()).toEqual({ ok: true });
    expect(app.lock.status.value).toBe('off');
    expect(app.directory.saved.value).toEqual([]);
    expect(await app.db.meta.get('saved.sealed')).toBeUndefined();
    expect(await app.db.meta.get('vault')).toBeUndefined();
    expect(await app.db.services.count()).toBe(services);
    app.db.close();
  });

  it('stays on while this device has referral keys (they are sealed under it)', async () => {
    const app = await started(uniqueDbName());
    await app.lock.setLock(PASSPHRASE);
    const key = app.lock.key();
    if (!key) throw new Error('unlocked without a key');
    const made = await createLockedDeviceKeys('5e00d900-0000-4000-8000-0000000000d9', null, key);
    await storeDeviceKeys(app.db, made.stored);
    expect(await app.lock.removeLock(PASSPHRASE)).toEqual({
      ok: false,
      refusal: { code: 'needed-for-referrals' },
    });
    expect(app.lock.status.value).toBe('unlocked');
    expect(await app.db.meta.get('vault')).toBeDefined();
    app.db.close();
  });

  it('a full disk while setting a lock sets none and loses nothing: the saved list stays as it was', async () => {
    const app = await started(uniqueDbName());
    const [a] = await sampleIds(app, 1);
    await app.directory.toggleSaved(a as string);
    // The sealed list is written first in the lock's transaction: the disk is full there.
    const put = app.db.meta.put.bind(app.db.meta);
    const spy = vi
      .spyOn(app.db.meta, 'put')
      .mockImplementation((row, key) =>
        (row as { key: string }).key === 'saved.sealed'
          ? (Promise.reject(
              new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
            ) as ReturnType<typeof put>)
          : put(row, key),
      );
    expect(await app.lock.setLock(PASSPHRASE)).toEqual({ ok: false, refusal: { code: 'storage-failed' } });
    spy.mockRestore();
    expect(app.lock.status.value).toBe('off');
    expect(app.lock.key()).toBeNull();
    expect(await app.db.meta.get('vault')).toBeUndefined();
    expect((await app.db.meta.get('saved'))?.value).toEqual([a]);
    expect(app.directory.saved.value).toEqual([a]);
    // With room again, it sets.
    expect(await app.lock.setLock(PASSPHRASE)).toEqual({ ok: true });
    expect(app.directory.saved.value).toEqual([a]);
    app.db.close();
  });
});
