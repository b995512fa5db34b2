import { describe, expect, it } from 'vitest';
import type { SyncResult } from './engine';
import { backoffDelay, createSyncRunner, type Locks, type SyncReason } from './runner';
import { attachTriggers, WRITE_DEBOUNCE_MS } from './triggers';

const report = { pushed: 0, kept: 0, pulled: 0, unreadable: 0, requests: 1 };
const OK: SyncResult = { ok: true, waitingForWifi: false, ...report };
const OFFLINE: SyncResult = { ok: false, problem: 'offline', retry: true, ...report };
const UPDATE: SyncResult = { ok: false, problem: 'update-needed', retry: false, ...report };

/** Timers run by hand. */
function manualTimers() {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimer: (handle: unknown) => void timers.delete(handle as number),
    pending: () => [...timers.values()].map((t) => t.at - now),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
  };
}

describe('backoffDelay', () => {
  it.each([
    // failures, random, expected
    [1, 0, 1_000],
    [1, 1, 2_000],
    [2, 0.5, 3_000],
    [3, 1, 8_000],
    [8, 1, 256_000],
    [9, 1, 300_000],
    [30, 0, 150_000],
    [0, 1, 2_000],
  ])('after %i failures, random %f: %i ms', (failures, random, expected) => {
    expect(backoffDelay(failures, random)).toBe(expected);
  });
});

describe('the sync runner (S10)', () => {
  it('runs one sync at a time; requests meanwhile make exactly one more', async () => {
    const reasons: SyncReason[] = [];
    let release: (() => void) | null = null;
    const runner = createSyncRunner({
      run: (reason) => {
        reasons.push(reason);
        return new Promise((done) => {
          release = () => done(OK);
        });
      },
    });
    const first = runner.request('start');
    expect(await runner.request('write')).toBe('queued');
    expect(await runner.request('timer')).toBe('queued');
    (release as unknown as () => void)();
    expect(await first).toBe('ran');
    await Promise.resolve();
    expect(reasons).toEqual(['start', 'write']);
    (release as unknown as () => void)();
  });

  it('after a failure waits a jittered, growing delay; Sync now and `online` do not wait', async () => {
    const timers = manualTimers();
    const results = [OFFLINE, OFFLINE, OK, OK];
    const reasons: SyncReason[] = [];
    const runner = createSyncRunner({
      run: async (reason) => {
        reasons.push(reason);
        return results.shift() ?? OK;
      },
      now: timers.now,
      random: () => 1,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    expect(await runner.request('start')).toBe('ran');
    expect(timers.pending()).toEqual([2_000]);
    expect(await runner.request('write')).toBe('deferred');
    timers.advance(2_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(reasons).toEqual(['start', 'retry']);
    expect(timers.pending()).toEqual([4_000]);
    expect(await runner.request('manual')).toBe('ran');
    expect(timers.pending()).toEqual([]);
    expect(await runner.request('write')).toBe('ran');
    expect(reasons).toEqual(['start', 'retry', 'manual', 'write']);
  });

  it('a refusal that needs a person (an update) is not retried on its own', async () => {
    const timers = manualTimers();
    const runner = createSyncRunner({
      run: async () => UPDATE,
      now: timers.now,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    await runner.request('start');
    expect(timers.pending()).toEqual([]);
    expect(await runner.request('timer')).toBe('deferred');
    expect(await runner.request('manual')).toBe('ran');
  });

  it('one runner across tabs: busy when another tab holds the lock, Sync now waits for it', async () => {
    const asked: Array<{ ifAvailable?: boolean }> = [];
    let held = true;
    const locks: Locks = {
      request: (_name, options, callback) => {
        asked.push(options);
        return callback(held && options.ifAvailable ? null : {});
      },
    };
    let runs = 0;
    const runner = createSyncRunner({
      run: async () => {
        runs++;
        return OK;
      },
      locks,
    });
    expect(await runner.request('timer')).toBe('busy');
    expect(runs).toBe(0);
    expect(await runner.request('manual')).toBe('ran');
    held = false;
    expect(await runner.request('visible')).toBe('ran');
    expect(asked).toEqual([{ ifAvailable: true }, {}, { ifAvailable: true }]);
  });
});

describe('the triggers (S10)', () => {
  it('start, online, visible, the timer while visible, and writes after a pause', () => {
    const timers = manualTimers();
    const requests: SyncReason[] = [];
    const listeners = new Map<string, () => void>();
    const target = {
      addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
      removeEventListener: (type: string) => void listeners.delete(type),
    };
    const document = { ...target, visibilityState: 'visible' as DocumentVisibilityState };
    let emit: (n: number) => void = () => {};
    let repeat: () => void = () => {};
    const detach = attachTriggers((reason) => requests.push(reason), {
      window: target as never,
      document: document as never,
      unsent: {
        subscribe: (observer) => {
          emit = observer.next;
          return { unsubscribe: () => {} };
        },
      },
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      setRepeat: (fn) => {
        repeat = fn;
        return 1;
      },
      clearRepeat: () => {},
    });
    expect(requests).toEqual(['start']);
    listeners.get('online')?.();
    listeners.get('visibilitychange')?.();
    repeat();
    document.visibilityState = 'hidden';
    repeat();
    listeners.get('visibilitychange')?.();
    expect(requests).toEqual(['start', 'online', 'visible', 'timer']);
    emit(0);
    emit(1);
    timers.advance(WRITE_DEBOUNCE_MS - 1);
    emit(2);
    timers.advance(WRITE_DEBOUNCE_MS - 1);
    expect(requests.at(-1)).toBe('timer');
    timers.advance(1);
    expect(requests.at(-1)).toBe('write');
    emit(0); // sent: a fall is no write
    timers.advance(WRITE_DEBOUNCE_MS);
    expect(requests.filter((r) => r === 'write')).toHaveLength(1);
    detach();
    expect(listeners.size).toBe(0);
  });
});
