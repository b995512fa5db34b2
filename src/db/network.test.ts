import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, sampleDirectory, sampleService, uniqueDbName } from '../../tests/fixtures/records';
import { latestChange } from './changes';
import { saveRecord, saveService } from './commands';
import { type CircleDatabase, openDatabase } from './database';
import { joinNetwork, leaveNetwork, observeNetwork, readNetwork, updateMembership } from './network';
import { loadSampleDirectory, readSampleMarker } from './sample';
import type { NetworkSetting } from './settings';

const now = () => FIXED_NOW;
const ASSESSMENT = '0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';

const setting: NetworkSetting = {
  token: 'T'.repeat(43),
  membership: {
    network: { id: '0190a5a0-0000-7000-8000-000000000001', name: 'Demo network', demo: true },
    device: { id: '0190a5a0-0000-7000-8000-000000000002' },
    role: 'editor',
    agency: { id: '0190a5a0-0000-7000-8000-000000000003', name: 'Birchlight' },
  },
  joinedAt: FIXED_NOW.toISOString(),
};

let db: CircleDatabase;
afterEach(() => db?.close());

async function deviceWithSample() {
  db = openDatabase(uniqueDbName());
  const directory = sampleDirectory();
  expect((await loadSampleDirectory({ db, now }, directory, 1)).ok).toBe(true);
  return directory;
}

/** A record this device made itself (not sample): it has an outbox mutation. */
async function ownService() {
  const own = { ...sampleService(3), id: crypto.randomUUID(), name: 'Our own drop-in' };
  expect((await saveService({ db, now }, own)).ok).toBe(true);
  return own;
}

describe('joining a network', () => {
  it('[S0] removes the sample directory and its marker in one go, and stores the membership', async () => {
    const directory = await deviceWithSample();
    const own = await ownService();
    const firstSample = directory.services[0]?.id as string;
    await db.meta.put({ key: 'saved', value: [firstSample, own.id] });
    const before = await latestChange(db);

    const joined = await joinNetwork({ db }, setting);

    expect(joined).toEqual({
      ok: true,
      value: {
        sampleRemoved:
          directory.services.length + directory.organizations.length + directory.locations.length,
      },
    });
    expect(await db.services.where('sample').equals(1).count()).toBe(0);
    expect(await db.organizations.where('sample').equals(1).count()).toBe(0);
    expect(await db.locations.count()).toBe(0);
    expect(await readSampleMarker({ db })).toBeUndefined();
    expect(await readNetwork(db)).toEqual(setting);
    // The device's own record stays, with its outbox; the sample never entered it.
    expect((await db.services.get(own.id))?.value.name).toBe('Our own drop-in');
    expect(await db.mutations.count()).toBe(1);
    expect((await db.meta.get('saved'))?.value).toEqual([own.id]);
    // Every tab's search index re-reads.
    const feed = await db.changes.where('seq').above(before).toArray();
    expect(feed.map((c) => c.kind)).toEqual(['reset']);
  });

  it('refuses to join a second network, and changes nothing', async () => {
    await deviceWithSample();
    await joinNetwork({ db }, setting);
    const other = { ...setting, token: 'U'.repeat(43) };
    const again = await joinNetwork({ db }, other);
    expect(again.ok ? 'ok' : again.error.code).toBe('already-member');
    expect((await readNetwork(db))?.token).toBe(setting.token);
  });

  it('refuses a membership that does not read as one, and leaves the sample in place', async () => {
    const directory = await deviceWithSample();
    const bad = { ...setting, token: 'has spaces and is much too short' };
    const result = await joinNetwork({ db }, bad);
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid');
    expect(await db.services.count()).toBe(directory.services.length);
    expect(await readNetwork(db)).toBeUndefined();
  });

  it('follows the membership live and updates it without touching the token', async () => {
    db = openDatabase(uniqueDbName());
    const seen: Array<string | null> = [];
    const subscription = observeNetwork(db).subscribe({
      next: (value) => seen.push(value?.membership.role ?? null),
    });
    await vi.waitFor(() => expect(seen).toEqual([null]));
    await joinNetwork({ db }, setting);
    await vi.waitFor(() => expect(seen.at(-1)).toBe('editor'));
    const updated = await updateMembership({ db }, { ...setting.membership, role: 'outreach' });
    expect(updated.ok && updated.value?.token).toBe(setting.token);
    await vi.waitFor(() => expect(seen.at(-1)).toBe('outreach'));
    subscription.unsubscribe();
  });

  it('an invalid stored membership counts as none', async () => {
    db = openDatabase(uniqueDbName());
    await db.meta.put({ key: 'network', value: { ...setting, membership: { role: 'admin' } } });
    expect(await readNetwork(db)).toBeUndefined();
  });
});

describe('leaving a network (or being removed from it)', () => {
  it('removes every directory and workbook record, the outbox, conflicts, the feed and the token', async () => {
    await deviceWithSample();
    await joinNetwork({ db }, setting);
    await ownService();
    const assessment = { id: ASSESSMENT, agency: 'Birchlight', assessed_on: '2026-11-20' };
    expect((await saveRecord({ db, now }, 'assessment', assessment)).ok).toBe(true);
    await db.meta.bulkPut([
      { key: 'place', value: { kind: 'community', id: 'timmins' } },
      { key: 'saved', value: [ASSESSMENT] },
      { key: 'workbook.position', value: { assessmentId: ASSESSMENT, section: 'approaches' } },
    ]);
    const cursor = await latestChange(db);

    expect(await leaveNetwork({ db })).toEqual({ ok: true, value: undefined });

    for (const table of [
      db.organizations,
      db.services,
      db.locations,
      db.assessments,
      db.answers,
      db.actions,
    ]) {
      expect(await table.count()).toBe(0);
    }
    expect(await db.mutations.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
    expect(await readNetwork(db)).toBeUndefined();
    expect(await db.meta.get('saved')).toBeUndefined();
    expect(await db.meta.get('workbook.position')).toBeUndefined();
    // Device-only: the remembered community stays.
    expect((await db.meta.get('place'))?.value).toEqual({ kind: 'community', id: 'timmins' });
    // The feed holds one reset, numbered after everything a reader has seen.
    const feed = await db.changes.toArray();
    expect(feed).toHaveLength(1);
    expect(feed[0]?.kind).toBe('reset');
    expect(feed[0]?.seq).toBeGreaterThan(cursor);
  });

  it('after leaving, the sample directory can be loaded again and joining works again', async () => {
    const directory = await deviceWithSample();
    await joinNetwork({ db }, setting);
    await leaveNetwork({ db });
    expect(await readSampleMarker({ db })).toBeUndefined();
    expect((await loadSampleDirectory({ db, now }, directory, 1)).ok).toBe(true);
    expect((await joinNetwork({ db }, setting)).ok).toBe(true);
  });
});
