// When a sync runs (S10): one at a time in this tab (a request while one runs asks for one more after
// it), one at a time across tabs (a Web Lock), and after a failure not again before an exponential,
// jittered delay, except when the person asks ("Sync now") or the link comes back.
import type { SyncResult } from './engine';
import { LOCK_NAME } from './names';

export { LOCK_NAME };

export type SyncReason =
  | 'start'
  | 'online'
  | 'visible'
  | 'write'
  | 'timer'
  | 'background'
  | 'manual'
  | 'retry';

/** Reasons that go ahead even while a failure's delay runs: a person asked, or the link came back. */
const URGENT: ReadonlySet<SyncReason> = new Set(['manual', 'online', 'start']);

export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const BACKOFF: Backoff = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * The wait before automatic attempt `failures` + 1: doubling from `baseMs` up to `capMs`, each wait
 * drawn between half and all of that ("equal jitter"), so devices that lost the hub together do not
 * all come back at the same instant.
 */
export function backoffDelay(failures: number, random: number, backoff: Backoff = BACKOFF): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, random)));
}

/** The part of the Web Locks API the runner uses (navigator.locks; a fake in tests). */
export interface Locks {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

export interface SyncRunnerOptions {
  run: (reason: SyncReason) => Promise<SyncResult>;
  /** navigator.locks where the browser has it; without it, this tab only is kept to one runner. */
  locks?: Locks | null;
  now?: () => number;
  random?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  backoff?: Backoff;
  /** Told when this tab starts and stops running a sync (the status line's "Syncing…"). */
  onRunning?: (running: boolean) => void;
  /** Told every result (the status line, Background Sync registration). */
  onResult?: (result: SyncResult, reason: SyncReason) => void;
}

export type RequestOutcome = 'ran' | 'queued' | 'deferred' | 'busy';

export function createSyncRunner(options: SyncRunnerOptions) {
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const backoff = options.backoff ?? BACKOFF;

  let running: Promise<RequestOutcome> | null = null;
  let again: SyncReason | null = null;
  let failures = 0;
  let notBefore = 0;
  let retryTimer: unknown = null;
  let stopped = false;

  function scheduleRetry(): void {
    if (retryTimer !== null) clearTimer(retryTimer);
    const delay = backoffDelay(failures, random(), backoff);
    notBefore = now() + delay;
    retryTimer = setTimer(() => {
      retryTimer = null;
      void request('retry');
    }, delay);
  }

  async function runLocked(reason: SyncReason): Promise<RequestOutcome> {
    const body = async (lock: unknown): Promise<RequestOutcome> => {
      if (lock === null) return 'busy'; // another tab is syncing; its results reach every tab
      options.onRunning?.(true);
      try {
        const result = await options.run(reason);
        if (result.ok) {
          failures = 0;
          notBefore = 0;
        } else if (result.retry) {
          failures++;
          if (!stopped) scheduleRetry();
        } else {
          // Waits for a person or a new app: only an urgent reason tries again.
          failures++;
          notBefore = Number.POSITIVE_INFINITY;
        }
        options.onResult?.(result, reason);
        return 'ran';
      } finally {
        options.onRunning?.(false);
      }
    };
    // A person's "Sync now" waits its turn behind another tab; automatic triggers do not queue up.
    if (!options.locks) return body(true);
    return options.locks.request(LOCK_NAME, reason === 'manual' ? {} : { ifAvailable: true }, body);
  }

  /** Asks for a sync; says whether one ran, was queued behind the running one, or was put off. */
  async function request(reason: SyncReason): Promise<RequestOutcome> {
    if (stopped) return 'deferred';
    if (running) {
      if (again === null || URGENT.has(reason)) again = reason;
      return 'queued';
    }
    if (!URGENT.has(reason) && now() < notBefore) return 'deferred';
    if (URGENT.has(reason) && retryTimer !== null) {
      clearTimer(retryTimer);
      retryTimer = null;
    }
    running = runLocked(reason);
    try {
      return await running;
    } finally {
      running = null;
      const next = again;
      again = null;
      if (next !== null && !stopped) void request(next);
    }
  }

  return {
    request,
    /** Whether a sync is running in this tab. */
    get running(): boolean {
      return running !== null;
    },
    /** Stops automatic retries (the tab is closing, the device left its network). */
    stop(): void {
      stopped = true;
      if (retryTimer !== null) clearTimer(retryTimer);
      retryTimer = null;
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
