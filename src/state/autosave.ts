// Autosave that cannot lose text. What the screen shows is what the person typed: each field's draft
// stays in memory, and in a synchronous journal (see journal.ts), until a save of that very value has
// succeeded. A save runs shortly after typing pauses, and at most MAX_WAIT_MS after the first unsaved
// keystroke even if typing goes on. A failed save keeps the drafts, says why, and retries with a
// growing delay; a field that cannot be saved as it is (too long) is held back, and the others save.
import { signal } from '@preact/signals';

/** Within half a second of the last keystroke... */
export const AUTOSAVE_DELAY_MS = 400;
/** ...and never more than a second after the first unsaved one. */
export const AUTOSAVE_MAX_WAIT_MS = 1_000;
export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

/** Time and timers, injected so that tests run on a clock they control. */
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

/** Why a save did not happen; each has a message in both languages. */
export type SaveProblem = 'storage-full' | 'database-closed' | 'too-long' | 'invalid' | 'failed';
export type SaveOutcome = { ok: true } | { ok: false; problem: SaveProblem };
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Unsaved values: key → field → value. */
export type Drafts = Record<string, Record<string, unknown>>;

interface Draft {
  value: unknown;
  /** The stored value when the person started changing it: shows whether it changed elsewhere since. */
  base: unknown;
}

export interface AutosaverOptions {
  save: (key: string, fields: Record<string, unknown>) => Promise<SaveOutcome>;
  /** A field that cannot be saved as it is: held back (kept on screen), while the others save. */
  check?: (field: string, value: unknown) => SaveProblem | null;
  /** Told every unsaved value, synchronously, after every change and save. */
  journal?: (drafts: Drafts) => void;
  delayMs?: number;
  maxWaitMs?: number;
  scheduler?: Scheduler;
}

export function createAutosaver(options: AutosaverOptions) {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWait = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const scheduler = options.scheduler ?? realScheduler;
  const drafts = new Map<string, Map<string, Draft>>();
  const firstChangeAt = new Map<string, number>();
  const timers = new Map<string, unknown>();
  const running = new Map<string, Promise<void>>();
  const problems = new Map<string, SaveProblem>();
  const retryMs = new Map<string, number>();
  /**
   * Values just saved, until the screen's copy of the stored record shows them: between a save and
   * the database's change reaching the screen, showing the older stored value would put the cursor
   * in old text, and the next keystroke would drop what was typed meanwhile (seen under load).
   */
  const settled = new Map<string, Map<string, { value: unknown; seen?: { stored: unknown } }>>();
  const status = signal<AutosaveStatus>('idle');
  const failure = signal<SaveProblem | null>(null);
  /** Bumped whenever a draft or a problem changes, so screens re-read them. */
  const version = signal(0);
  let everSaved = false;

  function refresh(): void {
    const problem = [...problems.values()][0] ?? null;
    failure.value = problem;
    status.value = problem
      ? 'failed'
      : drafts.size > 0 || running.size > 0
        ? 'saving'
        : everSaved
          ? 'saved'
          : 'idle';
    version.value += 1;
  }

  function journal(): void {
    if (!options.journal) return;
    const out: Drafts = {};
    for (const [key, fields] of drafts)
      out[key] = Object.fromEntries([...fields].map(([field, d]) => [field, d.value]));
    options.journal(out);
  }

  function schedule(key: string, ms: number): void {
    const previous = timers.get(key);
    if (previous !== undefined) scheduler.clear(previous);
    timers.set(
      key,
      scheduler.set(() => {
        timers.delete(key);
        void run(key);
      }, ms),
    );
  }

  function scheduleAfterTyping(key: string): void {
    const first = firstChangeAt.get(key) ?? scheduler.now();
    firstChangeAt.set(key, first);
    schedule(key, Math.max(0, Math.min(delay, first + maxWait - scheduler.now())));
  }

  /** Saves what `key` has unsaved now; one save per key at a time. */
  function run(key: string): Promise<void> {
    const busy = running.get(key);
    if (busy) return busy.then(() => run(key));
    const pending = drafts.get(key);
    if (!pending) return Promise.resolve();
    const sending: Record<string, unknown> = {};
    let held: SaveProblem | null = null;
    for (const [field, d] of pending) {
      const problem = options.check?.(field, d.value) ?? null;
      if (problem) held = problem;
      else sending[field] = d.value;
    }
    if (held) problems.set(key, held);
    else problems.delete(key);
    firstChangeAt.delete(key);
    if (Object.keys(sending).length === 0) {
      refresh();
      return Promise.resolve();
    }
    const attempt = (async () => {
      let outcome: SaveOutcome;
      try {
        outcome = await options.save(key, sending);
      } catch {
        outcome = { ok: false, problem: 'failed' };
      }
      running.delete(key);
      const now = drafts.get(key);
      if (outcome.ok) {
        everSaved = true;
        retryMs.delete(key);
        // Only what was saved leaves the drafts: a keystroke made during the save stays unsaved.
        for (const [field, value] of Object.entries(sending))
          if (now?.get(field)?.value === value) {
            now?.delete(field);
            const fields = settled.get(key) ?? new Map();
            fields.set(field, { value });
            settled.set(key, fields);
          }
        if (now && now.size === 0) drafts.delete(key);
        if (!held) problems.delete(key);
        journal();
        const rest = drafts.get(key);
        if (rest && [...rest].some(([field, d]) => !options.check?.(field, d.value)))
          scheduleAfterTyping(key);
      } else {
        problems.set(key, outcome.problem);
        const wait = retryMs.get(key) ?? RETRY_FIRST_MS;
        retryMs.set(key, Math.min(wait * 2, RETRY_MAX_MS));
        if (outcome.problem !== 'database-closed') schedule(key, wait);
      }
      refresh();
    })();
    running.set(key, attempt);
    refresh();
    return attempt;
  }

  return {
    status,
    failure,
    version,
    /** The unsaved value of one field, if any: what the screen shows over the stored one. */
    draft(key: string, field: string): { value: unknown; base: unknown } | undefined {
      return drafts.get(key)?.get(field);
    },
    /**
     * What the screen shows for one field, given its copy of the stored value: the draft; else a value
     * just saved while that copy still shows what was stored before the save; else the stored value.
     * A stored value other than both (another tab's) is shown as it comes.
     */
    shown(key: string, field: string, stored: unknown): unknown {
      const draft = drafts.get(key)?.get(field);
      if (draft) return draft.value;
      const fields = settled.get(key);
      const recent = fields?.get(field);
      if (!fields || !recent) return stored;
      if (recent.value !== stored) {
        recent.seen ??= { stored };
        if (recent.seen.stored === stored) return recent.value;
      }
      fields.delete(field);
      if (fields.size === 0) settled.delete(key);
      return stored;
    },
    /** Why `key` is not saved, if it is not. */
    problem(key: string): SaveProblem | undefined {
      return problems.get(key);
    },
    change(key: string, field: string, value: unknown, stored: unknown): void {
      let fields = drafts.get(key);
      if (!fields) {
        fields = new Map();
        drafts.set(key, fields);
      }
      const previous = fields.get(field);
      fields.set(field, { value, base: previous ? previous.base : stored });
      settled.get(key)?.delete(field);
      journal();
      if (!running.has(key)) scheduleAfterTyping(key);
      refresh();
    },
    /** Takes back unsaved values (from a journal) and saves them now. */
    restore(restored: Drafts): Promise<void> {
      for (const [key, fields] of Object.entries(restored)) {
        const mine = drafts.get(key) ?? new Map<string, Draft>();
        for (const [field, value] of Object.entries(fields))
          if (!mine.has(field)) mine.set(field, { value, base: undefined });
        if (mine.size > 0) drafts.set(key, mine);
      }
      journal();
      refresh();
      return this.flush();
    },
    /** Writes everything unsaved now (page hidden or closing, screen left). */
    async flush(): Promise<void> {
      const keys = [...drafts.keys()];
      for (const key of keys) {
        const timer = timers.get(key);
        if (timer !== undefined) scheduler.clear(timer);
        timers.delete(key);
      }
      await Promise.all(keys.map((key) => run(key)));
    },
    hasPending(): boolean {
      return drafts.size > 0;
    },
    /** The device is being wiped: drop every draft and timer. */
    discardAll(): void {
      for (const timer of timers.values()) scheduler.clear(timer);
      timers.clear();
      drafts.clear();
      problems.clear();
      firstChangeAt.clear();
      journal();
      refresh();
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;
