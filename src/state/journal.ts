// The crash journal: unsaved drafts copied synchronously into localStorage on every keystroke, so a
// reload, a closed tab, a crash, a quick exit or a phone killing the app cannot lose what was typed
// (an IndexedDB write started on page-hide may never finish). Each tab writes its own entry; on start
// every entry is read back and saved, then removed. Wiping the device clears localStorage with it.
// Several stores share a tab's entry, each writing its own part (the workbook's answers and actions,
// the listing forms' drafts) under keys that do not overlap; the entry is their union.
import * as z from 'zod/mini';
import type { Drafts } from './autosave';

export const JOURNAL_PREFIX = 'circle.journal.';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const draftsSchema = z.record(
  z.string().check(z.maxLength(200)),
  z.record(z.string().check(z.maxLength(100)), z.unknown()),
);

export interface JournalEntry {
  storageKey: string;
  /** The entry as read, so that it is removed only if no tab rewrote it since. */
  raw: string;
  drafts: Drafts;
}

/** The least of the Web Locks API the journal needs to tell a live tab from a closed one. */
export type Locks = Pick<LockManager, 'request'>;

export function createJournal(
  storage: JournalStorage | null,
  options: { tabId?: string; locks?: Locks | null } = {},
) {
  const own = `${JOURNAL_PREFIX}${options.tabId ?? crypto.randomUUID()}`;
  const locks = options.locks ?? null;
  const parts = new Map<string, Drafts>();
  /** Entries whose tab still held its lock at start (a reload's old page not yet gone, another tab). */
  const awaited = new Set<string>();
  let onLate: ((entries: JournalEntry[]) => Promise<void> | void) | null = null;
  const readOne = (storageKey: string): JournalEntry | null => {
    try {
      const raw = storage?.getItem(storageKey) ?? null;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = null;
      }
      const drafts = draftsSchema.safeParse(parsed);
      return { storageKey, raw, drafts: drafts.success ? drafts.data : {} };
    } catch {
      return null;
    }
  };
  /**
   * Waits for a live tab's lock (held until that tab is gone), then hands its entry, as it was last
   * written, to `onLate`. A reload starts the new page before the old one lets go of its lock: under
   * load the old entry was skipped at start, and what was typed 100 ms before the reload did not
   * show until the next start.
   */
  const awaitTab = (storageKey: string) => {
    if (!locks || awaited.has(storageKey)) return;
    awaited.add(storageKey);
    void locks
      .request(storageKey, async () => {
        const entry = readOne(storageKey);
        if (entry && onLate) await onLate([entry]);
      })
      .catch(() => undefined)
      .finally(() => awaited.delete(storageKey));
  };
  // Held for this tab's life: another tab's start leaves this tab's entry alone while it is open.
  if (locks) void locks.request(own, () => new Promise<void>(() => {})).catch(() => undefined);
  return {
    /**
     * Keeps this tab's drafts of one part (the workbook's by default), beside the other parts' drafts;
     * nothing left to keep removes the entry. A full storage is survived.
     */
    write(drafts: Drafts, part = 'workbook'): void {
      if (Object.keys(drafts).length === 0) parts.delete(part);
      else parts.set(part, drafts);
      if (!storage) return;
      try {
        if (parts.size === 0) storage.removeItem(own);
        else storage.setItem(own, JSON.stringify(Object.assign({}, ...parts.values())));
      } catch {
        // localStorage full or disabled: the drafts stay in memory and on screen, the status says why.
      }
    },
    /** Every tab's entries (a crashed tab's included). Unreadable entries come back empty. */
    readAll(): JournalEntry[] {
      if (!storage) return [];
      const entries: JournalEntry[] = [];
      const keys: string[] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
        }
        for (const storageKey of keys) {
          const entry = readOne(storageKey);
          if (entry) entries.push(entry);
        }
      } catch {
        return entries;
      }
      return entries;
    },
    /**
     * Where the entries of tabs still open at start go once those tabs are gone (set before
     * `orphans()`): saved then, as the start saved the others.
     */
    onLateOrphans(listener: (entries: JournalEntry[]) => Promise<void> | void): void {
      onLate = listener;
    },
    /**
     * Entries left by tabs that are gone (closed, reloaded, crashed): the ones to save now. Without
     * Web Locks every other entry counts; saving a live tab's draft early does no harm. The entries of
     * tabs still open go to `onLateOrphans` when those tabs are gone.
     */
    async orphans(): Promise<JournalEntry[]> {
      const out: JournalEntry[] = [];
      for (const entry of this.readAll()) {
        if (entry.storageKey === own) continue;
        const free = locks
          ? await locks
              .request(entry.storageKey, { ifAvailable: true }, (lock) => lock !== null)
              .catch(() => true)
          : true;
        if (free) out.push(entry);
        else awaitTab(entry.storageKey);
      }
      return out;
    },
    /** Removes an entry that has been saved, unless its tab rewrote it meanwhile. */
    discard(entry: JournalEntry): void {
      if (!storage || entry.storageKey === own) return;
      try {
        if (storage.getItem(entry.storageKey) === entry.raw) storage.removeItem(entry.storageKey);
      } catch {
        // nothing to do: it is read again next start
      }
    },
    /**
     * Removes every tab's entry (this device is wiped, or leaves its network): nothing typed outlives
     * the records it was typed for. Each store drops its own drafts from memory itself.
     */
    clearAll(): void {
      parts.clear();
      if (!storage) return;
      try {
        for (const entry of this.readAll()) storage.removeItem(entry.storageKey);
      } catch {
        // storage unavailable: nothing of ours is in it
      }
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
