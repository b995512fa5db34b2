import { describe, expect, it } from 'vitest';
import { generatedDirectory, sampleDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { patchRecord } from './commands';
import { openDatabase } from './database';
import { observeServicePage, readDirectory, readDirectoryInSteps, type Subscribable } from './queries';
import { observeSync } from './replica';
import { loadSampleDirectory } from './sample';

/** A pending delete of a random record of `entity`, as the outbox holds it. */
function queuedDelete(n: number, entity: 'answer' | 'service') {
  return {
    id: `01900000-0000-7000-8000-00000000000${n}`,
    entity,
    recordId: crypto.randomUUID(),
    op: 'delete' as const,
    base: null,
    baseVersion: 1,
    status: 'pending' as const,
    attempts: 0,
    createdAt: new Date().toISOString(),
  };
}

/** Collects emissions until `count` have arrived. */
function take<T>(source: Subscribable<T>, count: number, trigger?: () => Promise<unknown>): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const seen: T[] = [];
    const subscription = source.subscribe({
      next: (value) => {
        seen.push(value);
        if (seen.length === 1 && trigger) void trigger();
        if (seen.length === count) {
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: reject,
    });
  });
}

describe('paged live queries', () => {
  it('reads one alphabetical page with its organizations and the total', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = sampleDirectory();
    await loadSampleDirectory({ db }, directory, 1);

    const [page] = await take(observeServicePage(db, { offset: 5, limit: 7 }), 1);
    expect(page?.total).toBe(directory.services.length);
    expect(page?.items).toHaveLength(7);
    const names = page?.items.map((r) => r.service.name.toLowerCase()) ?? [];
    expect(names).toEqual([...names].sort());
    expect(page?.items.every((r) => r.organization?.id === r.service.organization_id)).toBe(true);
    expect(page?.items.every((r) => r.sample)).toBe(true);
    db.close();
  });

  it('emits again when a write changes what it read', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = sampleDirectory();
    const mine = { ...directory, services: directory.services.slice(0, 3) };
    await loadSampleDirectory({ db }, mine, 1);
    const first = (await take(observeServicePage(db, { offset: 0, limit: 1 }), 1))[0]?.items[0]?.service;
    expect(first).toBeDefined();

    const emissions = await take(observeServicePage(db, { offset: 0, limit: 1 }), 2, () =>
      patchRecord({ db }, 'service', first!.id, { name: 'Aaa first now' }),
    );
    expect(emissions[1]?.items[0]?.service.name).toBe('Aaa first now');
    db.close();
  });

  it('counts the outbox live, apart from what this device keeps to itself (S11, S0)', async () => {
    const db = openDatabase(uniqueDbName());
    const peer = { role: 'peer', agencyId: null };
    const counts = await take(observeSync(db, peer), 2, async () => {
      await db.mutations.bulkAdd([queuedDelete(2, 'answer'), queuedDelete(1, 'service')]);
    });
    expect(counts.map((c) => c.counts)).toEqual([
      { unsent: 0, conflicts: 0, local: 0 },
      { unsent: 1, conflicts: 0, local: 1 },
    ]);
    db.close();
  });
});

describe('reading the directory in steps', () => {
  it('gives what one read gives, across step boundaries, with the cursor read first', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = generatedDirectory(1500);
    expect((await loadSampleDirectory({ db }, directory, 1)).ok).toBe(true);
    const [whole, stepped] = [await readDirectory(db), await readDirectoryInSteps(db)];
    expect(stepped.cursor).toBe(whole.cursor);
    const ids = (s: typeof whole.snapshot) => ({
      services: s.services.map((x) => x.id).sort(),
      organizations: s.organizations.map((x) => x.id).sort(),
      locations: s.locations.map((x) => x.id).sort(),
    });
    expect(ids(stepped.snapshot)).toEqual(ids(whole.snapshot));
    expect(stepped.snapshot.services.length).toBe(1500);
  });
});
