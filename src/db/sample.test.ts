import { describe, expect, it } from 'vitest';
import { FIXED_NOW, sampleDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { openDatabase } from './database';
import { loadSampleDirectory, readSampleMarker } from './sample';

describe('loading the sample directory', () => {
  it('writes every record flagged sample, with no outbox entry, and marks the load', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = sampleDirectory();
    const result = await loadSampleDirectory({ db, now: () => FIXED_NOW }, directory, 1);
    expect(result.ok).toBe(true);

    expect(await db.services.count()).toBe(directory.services.length);
    expect(await db.organizations.count()).toBe(directory.organizations.length);
    expect(await db.locations.count()).toBe(directory.locations.length);
    expect(await db.services.where('sample').equals(0).count()).toBe(0);
    expect(await db.mutations.count()).toBe(0);
    expect(await readSampleMarker({ db })).toMatchObject({
      version: 1,
      counts: { services: directory.services.length },
    });
    db.close();
  });

  it('replaces an older sample without duplicating, and leaves the device’s own records alone', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = sampleDirectory();
    await loadSampleDirectory({ db }, directory, 1);
    const own = {
      ...(await db.services.toCollection().first())!,
      id: crypto.randomUUID(),
      sample: 0 as const,
    };
    own.value = { ...own.value, id: own.id };
    await db.services.put(own);

    const smaller = { ...directory, services: directory.services.slice(0, 10) };
    await loadSampleDirectory({ db }, smaller, 2);

    expect(await db.services.where('sample').equals(1).count()).toBe(10);
    expect(await db.services.get(own.id)).toBeDefined();
    expect((await readSampleMarker({ db }))?.version).toBe(2);
    db.close();
  });

  it('refuses a directory with one bad record and writes none of it', async () => {
    const db = openDatabase(uniqueDbName());
    const directory = sampleDirectory();
    const broken = structuredClone(directory);
    (broken.services[42] as { status: string }).status = 'open-ish';
    const result = await loadSampleDirectory({ db }, broken, 1);
    expect(result.ok ? 'ok' : result.error.message).toMatch(/status/);
    expect(await db.services.count()).toBe(0);
    expect(await db.organizations.count()).toBe(0);
    expect(await readSampleMarker({ db })).toBeUndefined();
    db.close();
  });
});
