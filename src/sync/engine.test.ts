// The engine's pull against a hand-driven client: pages asked ahead while one is applied (S5 still
// holding), a page asked ahead given up when it is not needed, and the progress a slow pull reports.
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { type CircleDatabase, joinNetwork, openDatabase, readCursor } from '../db';
import { writeSetting } from '../db/settings';
import { ok } from '../model/result';
import type { PulledChange, PulledPage } from '../protocol';
import { createSyncEngine, type PullProgress } from './engine';
import type { HubClient } from './hubClient';

const TOKEN = 'b'.repeat(43);
const services = sampleDirectory().services.slice(0, 9);
const changes: PulledChange[] = services.map((value) => ({
  entity: 'service',
  id: value.id,
  version: 1,
  value: value as unknown as Record<string, unknown>,
  owner: null,
}));

/** Three pages of three services, cursors 3, 6 and 9; the hub's latest sequence is 9. */
function pageAt(cursor: number): PulledPage {
  const index = cursor / 3;
  return {
    records: changes.slice(cursor, cursor + 3),
    cursor: cursor + 3,
    more: index < 2,
    reset: false,
    latest: 9,
  };
}

let db: CircleDatabase;

async function joined(): Promise<CircleDatabase> {
  db = openDatabase(uniqueDbName());
  const membership = {
    network: { id: '0190a5a0-0000-7000-8000-000000000001', name: 'Test', demo: false },
    device: { id: '0190a5a0-0000-7000-8000-000000000002' },
    role: 'coordinator' as const,
    agency: null,
  };
  const done = await joinNetwork({ db }, { token: TOKEN, membership, joinedAt: new Date().toISOString() });
  if (!done.ok) throw new Error(done.error.message);
  return db;
}

afterEach(async () => {
  await db?.delete();
});

/** A client whose pulls answer `pageAt`, noting each call (and its signal) in `events`. */
function client(events: string[], signals: AbortSignal[] = []): Pick<HubClient, 'push' | 'pull'> {
  return {
    push: async () => ok([]),
    pull: async (_token, cursor, _limit, options) => {
      events.push(`pull ${cursor}`);
      if (options?.signal) signals.push(options.signal);
      return ok(pageAt(cursor));
    },
  };
}

describe('the engine’s pull', () => {
  it('S5: asks for the next page before storing this one, and stores each page with its cursor in order', async () => {
    await joined();
    const events: string[] = [];
    // Told inside the transaction that stores the cursor, as it is written.
    db.meta.hook('creating', (key, row) => {
      if (key === 'sync.cursor') events.push(`stored ${(row as { value: number }).value}`);
    });
    db.meta.hook('updating', (change, key) => {
      if (key === 'sync.cursor') events.push(`stored ${(change as { value: number }).value}`);
    });
    const result = await createSyncEngine({ db, client: client(events) }).syncOnce();
    expect(result).toMatchObject({ ok: true, pulled: 9, requests: 3 });
    expect(events).toEqual(['pull 0', 'pull 3', 'stored 3', 'pull 6', 'stored 6', 'stored 9']);
    expect(await db.services.count()).toBe(9);
  });

  it('gives up the page asked ahead when another runner moved the cursor meanwhile (nothing applied)', async () => {
    await joined();
    const events: string[] = [];
    const signals: AbortSignal[] = [];
    const inner = client(events, signals);
    const racing: Pick<HubClient, 'push' | 'pull'> = {
      ...inner,
      pull: async (token, cursor, limit, options) => {
        const answer = await inner.pull(token, cursor, limit, options);
        // Another tab's runner stores a cursor while this page travels.
        if (cursor === 0) await db.transaction('rw', db.meta, () => writeSetting(db, 'sync.cursor', 6));
        return answer;
      },
    };
    const result = await createSyncEngine({ db, client: racing }).syncOnce();
    expect(result).toMatchObject({ ok: true, pulled: 0 });
    expect(events).toEqual(['pull 0', 'pull 3']);
    expect(signals[1]?.aborted).toBe(true);
    expect(await readCursor(db)).toBe(6);
    expect(await db.services.count()).toBe(0);
  });

  it('asks nothing ahead when the person keeps long pulls for Wi-Fi, and says it waits', async () => {
    await joined();
    const events: string[] = [];
    const engine = createSyncEngine({ db, client: client(events), mayPullMuch: () => false });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, waitingForWifi: true, pulled: 3 });
    expect(events).toEqual(['pull 0']);
    expect(await readCursor(db)).toBe(3);
  });

  it('tells how far a long pull has gone after each page while more follow', async () => {
    await joined();
    const told: PullProgress[] = [];
    const engine = createSyncEngine({ db, client: client([]), onPullProgress: (p) => told.push(p) });
    await engine.syncOnce();
    expect(told).toEqual([
      { from: 0, cursor: 3, latest: 9, share: 1 / 3 },
      { from: 0, cursor: 6, latest: 9, share: 2 / 3 },
    ]);
  });

  it('tells no share when an older hub does not say how far the pull goes', async () => {
    await joined();
    const told: PullProgress[] = [];
    const older: Pick<HubClient, 'push' | 'pull'> = {
      push: async () => ok([]),
      pull: async (_token, cursor) => {
        const { latest: _, ...page } = pageAt(cursor);
        return ok(page);
      },
    };
    await createSyncEngine({ db, client: older, onPullProgress: (p) => told.push(p) }).syncOnce();
    expect(told.map((p) => p.share)).toEqual([null, null]);
    expect(await db.services.count()).toBe(9);
  });
});
