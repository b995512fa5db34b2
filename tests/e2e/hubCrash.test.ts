// The hub killed with SIGKILL in the middle of a push restarts with an intact database: the batch is
// all there or not at all, and the device's retry (the same mutation ids) completes it once.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateServices } from '../../src/data/generate';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
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
});
