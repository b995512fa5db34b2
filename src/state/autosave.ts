// Autosave: each change is written shortly after the person stops typing (per item, the latest value
// wins), and at once on flush (the page being hidden or closed). A failed write keeps the value so
// the screen still shows what was typed, and says why.
import { signal } from '@preact/signals';

/** Within half a second of the last keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

/** Timers, injected so that tests run on a clock they control. */
export interface Scheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type SaveOutcome = { ok: true } | { ok: false; reason: string };
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export function createAutosaver<V>(options: {
  save: (key: string, value: V) => Promise<SaveOutcome>;
  delayMs?: number;
  scheduler?: Scheduler;
}) {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const scheduler = options.scheduler ?? realScheduler;
  const pending = new Map<string, { value: V; timer: unknown }>();
  const status = signal<AutosaveStatus>('idle');
  const failure = signal<string | null>(null);
  let inFlight = 0;

  async function write(key: string, value: V): Promise<void> {
    inFlight += 1;
    status.value = 'saving';
    const outcome = await options.save(key, value);
    inFlight -= 1;
    if (!outcome.ok) {
      failure.value = outcome.reason;
      status.value = 'failed';
      // Keep it pending: the next change or flush tries again, and the screen keeps the text.
      if (!pending.has(key)) pending.set(key, { value, timer: null });
      return;
    }
    if (pending.size === 0 && inFlight === 0) {
      failure.value = null;
      status.value = 'saved';
    }
  }

  return {
    status,
    failure,
    /** The unsaved value of `key`, if any: what the screen should show over the stored one. */
    draft(key: string): V | undefined {
      return pending.get(key)?.value;
    },
    change(key: string, value: V): void {
      const previous = pending.get(key);
      if (previous?.timer) scheduler.clear(previous.timer);
      const timer = scheduler.set(() => {
        const entry = pending.get(key);
        if (!entry || entry.timer !== timer) return;
        pending.delete(key);
        void write(key, entry.value);
      }, delay);
      pending.set(key, { value, timer });
      status.value = 'pending';
    },
    /** Writes everything pending now (page hidden or closing, screen left). */
    async flush(): Promise<void> {
      const entries = [...pending.entries()];
      pending.clear();
      for (const [, entry] of entries) if (entry.timer) scheduler.clear(entry.timer);
      await Promise.all(entries.map(([key, entry]) => write(key, entry.value)));
    },
    hasPending(): boolean {
      return pending.size > 0;
    },
  };
}
