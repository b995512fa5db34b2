import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';
import { createJournal, type JournalEntry, type Locks } from './journal';

/** Web Locks in one process: a held lock is granted to the next waiter when its holder lets go. */
function fakeLocks() {
  const held = new Map<string, Array<() => void>>();
  const release = new Map<string, () => void>();
  const locks = {
    request(name: string, ...args: unknown[]) {
      const options = (args.length === 2 ? args[0] : {}) as { ifAvailable?: boolean };
      const body = (args.length === 2 ? args[1] : args[0]) as (lock: object | null) => Promise<unknown>;
      if (held.has(name)) {
        if (options.ifAvailable) return Promise.resolve(body(null));
        return new Promise((resolve) => {
          held.get(name)?.push(() => resolve(run()));
        });
      }
      return run();
      function run() {
        held.set(name, held.get(name) ?? []);
        const result = Promise.resolve(body({ name }));
        let letGo = () => {};
        const done = new Promise<void>((r) => {
          letGo = r;
        });
        release.set(name, letGo);
        void Promise.race([result, done]).then(() => {
          const next = held.get(name)?.shift();
          if (next) next();
          else held.delete(name);
        });
        return result;
      }
    },
  } as unknown as Locks;
  return { locks, close: (name: string) => release.get(name)?.() };
}

describe('journal: a tab still open at start (a reload under load)', () => {
  it("hands over the old page's entry, as last written, once its lock is let go", async () => {
    const storage = memoryStorage();
    const { locks, close } = fakeLocks();
    const old = createJournal(storage, { tabId: 'old', locks });
    old.write({ 'answer|a1|approaches.x': { evidence: 'typed 100 ms before the reload' } });
    await Promise.resolve();

    const fresh = createJournal(storage, { tabId: 'new', locks });
    const late: JournalEntry[] = [];
    fresh.onLateOrphans((entries) => {
      late.push(...entries);
    });
    expect(await fresh.orphans()).toEqual([]); // the old page has not let go yet
    // Its last keystroke lands before it is gone.
    old.write({ 'answer|a1|approaches.x': { evidence: 'typed 100 ms before the reload!' } });
    close('circle.journal.old');
    await new Promise((r) => setTimeout(r, 0));
    expect(late.map((e) => e.drafts)).toEqual([
      { 'answer|a1|approaches.x': { evidence: 'typed 100 ms before the reload!' } },
    ]);
  });

  it('takes a closed tab at once, and waits for no one without Web Locks', async () => {
    const storage = memoryStorage();
    createJournal(storage, { tabId: 'gone', locks: null }).write({ k: { f: 1 } });
    const fresh = createJournal(storage, { tabId: 'new', locks: null });
    expect((await fresh.orphans()).map((e) => e.storageKey)).toEqual(['circle.journal.gone']);
  });
});
