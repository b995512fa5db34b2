// When the lock closes by itself, and how long a wrong passphrase makes the next try wait.

/** A clock and timers the tests can drive (the same shape as state/'s scheduler). */
export interface Scheduler {
  now(): number;
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  now: () => Date.now(),
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The choices Settings offers; never "never". */
export const IDLE_CHOICES_MS = [60_000, 2 * 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000] as const;
export type IdleChoice = (typeof IDLE_CHOICES_MS)[number];
/** Five minutes. */
export const DEFAULT_IDLE_MS: IdleChoice = IDLE_CHOICES_MS[2];

/** Free tries before any wait. */
export const FREE_TRIES = 3;
export const MAX_DELAY_MS = 5 * 60_000;

/** How long to wait before the next try after `failures` wrong passphrases in a row: 0, then 1 s doubling to 5 min. */
export function unlockDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_TRIES));
}

/**
 * Locks after `timeoutMs` without activity. `touch()` on each input; `stop()` when locked by hand or
 * on quick exit. The time counts from the last touch, by the scheduler's clock.
 */
export function createIdleLock(options: { timeoutMs: number; onLock: () => void; scheduler?: Scheduler }) {
  const scheduler = options.scheduler ?? realScheduler;
  let timeoutMs = options.timeoutMs;
  let timer: unknown = null;
  let running = false;
  let last = 0;
  const fire = () => {
    if (timer !== null) scheduler.clear(timer);
    timer = null;
    running = false;
    options.onLock();
  };
  const arm = () => {
    last = scheduler.now();
    if (timer !== null) scheduler.clear(timer);
    timer = scheduler.set(() => {
      timer = null;
      fire();
    }, timeoutMs);
  };
  return {
    start(): void {
      running = true;
      arm();
    },
    touch(): void {
      if (running) arm();
    },
    setTimeoutMs(ms: number): void {
      timeoutMs = ms;
      if (running) arm();
    },
    /**
     * Locks now if the time is up by the clock. A sleeping phone or a hidden tab delays timers: the
     * page calls this when it is shown again.
     */
    check(): void {
      if (running && scheduler.now() - last >= timeoutMs) fire();
    },
    stop(): void {
      running = false;
      if (timer !== null) scheduler.clear(timer);
      timer = null;
    },
  };
}
