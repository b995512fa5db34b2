// The hub killed with SIGKILL in the middle of a push restarts with an intact database: the batch is
// all there or not at all, and the device's retry (the same mutation ids) completes it once.
// A device (the real engine on fake-indexeddb) in the middle of a sync when the hub dies finishes its
// sync after the restart, nothing lost or doubled.
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateServices } from '../../src/data/generate';
import { joinNetwork, openDatabase, patchRecord } from '../../src/db';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
import { createSyncEngine } from '../../src/sync/engine';
import { createHubClient } from '../../src/sync/hubClient';
import { startServer } from './harness';

const headers = (token?: string) => ({
  'content-type': 'application/json',
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

describe('the hub under SIGKILL', () => {
  it('restarts with an intact database after being killed during a push', async () => {
    const first = await startServer();
    const enrol = await fetch(`${first.url}api/enrol`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ code: first.coordinatorCode }),
    });
    const { token } = (await enrol.json()) as { token: string };
    const count = () => {
      const db = new Database(join(first.dataDir, 'hub.sqlite'), { readonly: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM records').get() as { n: number }).n;
      db.close();
      return n;
    };
    const seeded = count();
    const directory = generateServices(500, 7);
    const mutations = directory.organizations.slice(0, 200).map((value, i) => ({
      id: `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
      entity: 'organization',
      recordId: value.id,
      op: 'put',
      baseVersion: null,
      value,
      createdAt: '2026-11-20T10:00:00.000Z',
    }));
    const body = JSON.stringify({ mutations });
    // Kill it while the batch is being applied (or just before: either way nothing half-done may stay).
    const pushing = fetch(`${first.url}api/push`, { method: 'POST', headers: headers(token), body }).catch(
      () => null,
    );
    await new Promise((r) => setTimeout(r, 15));
    await first.kill();
    await pushing;

    const check = new Database(join(first.dataDir, 'hub.sqlite'));
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect([seeded, seeded + 200]).toContain(count()); // the batch is one transaction

    const second = await startServer({ DATA_DIR: first.dataDir });
    try {
      const retry = await fetch(`${second.url}api/push`, { method: 'POST', headers: headers(token), body });
      expect(retry.status).toBe(200);
      const { results } = (await retry.json()) as { results: Array<{ status: string }> };
      expect(results.every((r) => r.status === 'applied')).toBe(true);
      expect(count()).toBe(seeded + 200);
      // Replayed once more: the stored results come back and nothing changes.
      const replay = await fetch(`${second.url}api/push`, { method: 'POST', headers: headers(token), body });
      expect(((await replay.json()) as { results: unknown[] }).results).toEqual(results);
      expect(count()).toBe(seeded + 200);
    } finally {
      await second.stop();
    }
  });

  it('a device mid-sync when the hub is killed finishes after the restart, nothing lost or doubled', async () => {
    let hub = await startServer();
    let base = hub.url.replace(/\/$/, '');
    let pushes = 0;
    let killing: Promise<void> | null = null;
    const client = createHubClient({
      base: '',
      fetch: (path, init) => {
        if (path.startsWith('/api/push') && ++pushes === 3) killing = hub.kill();
        return fetch(`${base}${path}`, init);
      },
    });
    const enrolled = await client.enrol(hub.coordinatorCode as string);
    if (!enrolled.ok) throw new Error(enrolled.error.message);
    const db = openDatabase(`crash-${Date.now()}`);
    await joinNetwork({ db }, { ...enrolled.value, joinedAt: new Date().toISOString() });
    const engine = createSyncEngine({ db, client, limits: { batchCount: 20 } });
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    const services = (await db.services.toArray()).slice(0, 150);
    for (const s of services)
      await patchRecord({ db }, 'service', s.id, { alert: `Checked ${s.id.slice(0, 8)}` });

    const cut = await engine.syncOnce();
    await killing;
    expect(cut).toMatchObject({ ok: false, problem: 'offline' });
    expect(cut.pushed).toBeGreaterThanOrEqual(40);
    expect(cut.pushed).toBeLessThan(150);

    hub = await startServer({ DATA_DIR: hub.dataDir });
    base = hub.url.replace(/\/$/, '');
    try {
      const finished = await engine.syncOnce();
      expect(finished).toMatchObject({ ok: true, kept: 0 });
      expect(cut.pushed + finished.pushed).toBe(150);
      expect(await db.mutations.count()).toBe(0);
      const check = new Database(join(hub.dataDir, 'hub.sqlite'), { readonly: true });
      try {
        for (const s of services) {
          const row = check
            .prepare("SELECT version, value FROM records WHERE entity = 'service' AND id = ?")
            .get(s.id) as {
            version: number;
            value: string;
          };
          // Seeded at 1, edited once: 2. A batch applied twice would read 3.
          expect(row.version).toBe(2);
          expect(JSON.parse(row.value).alert).toBe(`Checked ${s.id.slice(0, 8)}`);
          expect((await db.services.get(s.id))?.serverVersion).toBe(2);
        }
      } finally {
        check.close();
      }
    } finally {
      db.close();
      await hub.stop();
    }
  });
});
