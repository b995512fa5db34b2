// The pull over a real HTTP connection, as a browser makes it: the hub's compressed answer inflated by
// the client's fetch, and an answer that does not inflate or is cut on the way, which must be a clear failure that
// loses nothing and leaves the next sync to go on from the stored cursor (S5).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleDirectory } from '../../src/data/sampleDirectory';
import { type CircleDatabase, joinNetwork, openDatabase, readCursor } from '../../src/db';
import { createApp } from '../../src/server/app';
import { createHub } from '../../src/server/hub';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { HubStorage } from '../../src/server/storage/types';
import { createSyncEngine } from '../../src/sync/engine';
import { createHubClient, type FetchLike } from '../../src/sync/hubClient';
import { FIXED_NOW, uniqueDbName } from '../fixtures/records';
import { sampleSeed } from '../fixtures/syncHarness';

const sample = buildSampleDirectory(FIXED_NOW);
const seed = sampleSeed(sample);
const PAGE = 40;

type Damage = 'none' | 'corrupt' | 'cut';

let dir: string;
let storage: HubStorage;
let hub: ReturnType<typeof createHub>;
let server: Server;
let origin: string;
/** What happens to the body of each pull the hub answers, by its order since the last reset. */
let damage: (pull: number) => Damage = () => 'none';
let pulls: Array<{ cursor: number; form: string | null; encoding: string | null }> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pull-wire-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Circle of Care</title>');
  storage = openSqliteStorage(join(dir, 'hub.sqlite'));
  hub = createHub({ storage });
  await hub.createNetwork({ name: 'Wire', demo: false });
  await hub.seed(seed);
  const app = createApp({
    staticRoot: dir,
    hub: { hub, storage, perTokenPerMinute: 1e9, enrolPerMinute: 1e9 },
  });
  // The hub's app behind a plain Node server that can spoil a pull's body on its way out.
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = `http://${req.headers.host}${req.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const answer = await app.fetch(
      new Request(url, {
        method: req.method,
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      }),
    );
    const body = Buffer.from(await answer.arrayBuffer());
    const isPull = new URL(url).pathname === '/api/pull';
    const what = isPull ? damage(pulls.length) : 'none';
    if (isPull)
      pulls.push({
        cursor: Number(new URL(url).searchParams.get('cursor')),
        form: new URL(url).searchParams.get('form'),
        encoding: answer.headers.get('content-encoding'),
      });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      out[name] = value;
    });
    out['content-length'] = String(body.length);
    if (what === 'corrupt' && out['content-encoding'] === 'br') out['content-encoding'] = 'gzip';
    res.writeHead(answer.status, out);
    if (what === 'corrupt') {
      // Bytes that do not inflate as their encoding says: brotli sent as gzip fails gzip's check.
      res.end(body);
    } else if (what === 'cut') {
      // Half the body, then the connection drops.
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    } else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Node's fetch asking for brotli as a browser on HTTPS does (it inflates what comes). */
const browserFetch: FetchLike = (input, init) =>
  fetch(input, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'Accept-Encoding': 'gzip, deflate, br' },
  });

async function device(): Promise<{
  db: CircleDatabase;
  sync: () => ReturnType<ReturnType<typeof createSyncEngine>['syncOnce']>;
}> {
  const { code } = await hub.createInvite(null, { role: 'coordinator', agencyId: null });
  const client = createHubClient({ base: origin, fetch: browserFetch });
  const enrolled = await client.enrol(code);
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const db = openDatabase(uniqueDbName());
  const { token, membership } = enrolled.value;
  const done = await joinNetwork({ db }, { token, membership, joinedAt: FIXED_NOW.toISOString() });
  if (!done.ok) throw new Error(done.error.message);
  const engine = createSyncEngine({ db, client, limits: { pageSize: PAGE } });
  return { db, sync: () => engine.syncOnce() };
}

async function counts(db: CircleDatabase) {
  return {
    organizations: await db.organizations.count(),
    locations: await db.locations.count(),
    services: await db.services.count(),
  };
}

const whole = {
  organizations: sample.organizations.length,
  locations: sample.locations.length,
  services: sample.services.length,
};

describe('a pull over HTTP', () => {
  it('S5: comes compressed, in pages of the compact form, and is inflated and applied whole', async () => {
    pulls = [];
    damage = () => 'none';
    const { db, sync } = await device();
    expect(await sync()).toMatchObject({ ok: true, pulled: seed.length });
    expect(await counts(db)).toEqual(whole);
    expect(pulls.length).toBe(Math.ceil(seed.length / PAGE) + (seed.length % PAGE === 0 ? 1 : 0));
    expect(pulls.every((p) => p.form === 'compact')).toBe(true);
    expect(pulls.every((p) => p.encoding === 'br' || p.encoding === null)).toBe(true);
    expect(pulls.filter((p) => p.encoding === 'br').length).toBeGreaterThan(1);
    await db.delete();
  });

  it.each<[string, Damage]>([
    ['that does not inflate', 'corrupt'],
    ['cut off by a dropped connection', 'cut'],
  ])(
    'S5: an answer %s is a clear failure that loses nothing; the next sync resumes at the stored cursor',
    async (_what, kind) => {
      pulls = [];
      // The third page is spoiled: two pages arrive, the third fails.
      damage = (n) => (n === 2 ? kind : 'none');
      const { db, sync } = await device();
      const first = await sync();
      expect(first).toMatchObject({ ok: false, problem: 'unreachable', retry: true, pulled: 2 * PAGE });
      const stored = await readCursor(db);
      expect(stored).toBe(pulls[2]?.cursor);
      const held = await counts(db);
      expect(held.organizations + held.locations + held.services).toBe(2 * PAGE);

      damage = () => 'none';
      const resumedFrom = pulls.length;
      const second = await sync();
      expect(second).toMatchObject({ ok: true, pulled: seed.length - 2 * PAGE });
      // Not from 0: from where the first stopped.
      expect(pulls[resumedFrom]?.cursor).toBe(stored);
      expect(await counts(db)).toEqual(whole);
      await db.delete();
    },
  );
});
