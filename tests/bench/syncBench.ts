// Sync as a phone on a poor link sees it, measured on this machine: a real hub (SQLite, the real app)
// on loopback, behind a TCP proxy that counts every byte both ways (HTTP headers included; TCP/IP
// framing not), and a second proxy that also paces both directions to a slow link (400 kbit/s each
// way, 200 ms each way). Devices are the app's own: fake-indexeddb, the real store and the real sync
// engine, the hub client on Node's fetch asking for brotli or gzip as a browser on HTTPS does.
// Figures only: nothing here passes or fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { generateServices } from '../../src/data/generate';
import { type CircleDatabase, joinNetwork, openDatabase, patchRecord, readCursor } from '../../src/db';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
import { createApp } from '../../src/server/app';
import { createHub } from '../../src/server/hub';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { createSyncEngine, type SyncResult } from '../../src/sync/engine';
import { createHubClient, type HubClient } from '../../src/sync/hubClient';
import { uniqueDbName } from '../fixtures/records';
import { type LinkProxy, SLOW_LINK, startLinkProxy } from './linkProxy';

export interface SyncBenchOptions {
  /** Services on the hub, with their organizations and locations (the hub bench's directory). */
  services?: number;
  /** Offline edits each of the three devices makes before they converge. */
  edits?: number;
  /** Whether to run the first pull through the slow link too (the longest figure). */
  slow?: boolean;
  /** Told as each step starts (the slow link's first pull takes minutes at full size). */
  onStep?: (what: string) => void;
}

export interface FirstPull {
  records: number;
  /** Bytes both ways through the proxy, HTTP headers included (the answers gzipped). */
  wireBytes: number;
  downBytes: number;
  upBytes: number;
  requests: number;
  seconds: number;
  /** Of which in the hub client (the request, its answer, JSON and schema parsing). */
  clientSeconds: number;
  /** Of which on the device outside the client: IndexedDB transactions applying the pages. */
  applySeconds: number;
}

export interface SyncBenchResult {
  services: number;
  /** Organizations, locations and services the hub holds. */
  records: number;
  idle: { wireBytes: number; upBytes: number; downBytes: number; requests: number; connections: number };
  /** A sync with nothing to do, over the slow link. */
  idleSlowSeconds: number | null;
  fast: FirstPull;
  slow: FirstPull | null;
  /** Measured through the slow proxy: a large answer's bytes over its transfer time, and an upload's. */
  slowLinkDownBytesPerSecond: number | null;
  slowLinkUpBytesPerSecond: number | null;
  converge: {
    devices: number;
    editsPerDevice: number;
    /** Mutations in the three outboxes after the edits (edits to one record merge while unsent). */
    mutations: number;
    seconds: number;
    /** Sync rounds (each device once per round) until every device was in step. */
    rounds: number;
    /** False if the devices were still not in step after MAX_ROUNDS (then `seconds` means little). */
    inStep: boolean;
    pushed: number;
    /** Conflicts kept for a person, all devices together. */
    conflicts: number;
    wireBytes: number;
    /** Edited records whose value differs between a device and the hub, where no conflict is kept. */
    diverged: number;
  };
}

// --- Devices ---

interface Device {
  db: CircleDatabase;
  token: string;
}

/** Enrols through `origin` (as a person with an invite code does) and stores the membership. */
async function joinDevice(hub: ReturnType<typeof createHub>, origin: string): Promise<Device> {
  const { code } = await hub.createInvite(null, { role: 'coordinator', agencyId: null });
  const enrolled = await createHubClient({ base: origin }).enrol(code);
  if (!enrolled.ok) throw new Error(`enrol: ${enrolled.error.message}`);
  const db = openDatabase(uniqueDbName());
  const joined = await joinNetwork(
    { db },
    {
      token: enrolled.value.token,
      membership: enrolled.value.membership,
      joinedAt: new Date().toISOString(),
    },
  );
  if (!joined.ok) throw new Error(`join: ${joined.error.message}`);
  return { db, token: enrolled.value.token };
}

/**
 * Node's fetch asks for gzip and deflate only; a browser on HTTPS (every real hub) asks for brotli too,
 * and Node's fetch inflates brotli when it comes: ask as the browser does.
 */
const browserFetch = (input: string, init: RequestInit) =>
  fetch(input, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'Accept-Encoding': 'gzip, deflate, br' },
  });

/** The device's engine over `origin`, timing what it spends in the hub client. */
function engineFor(device: Device, origin: string) {
  const client = createHubClient({ base: origin, timeoutMs: 120_000, fetch: browserFetch });
  const clock = { ms: 0 };
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      const start = performance.now();
      try {
        return await call(...args);
      } finally {
        clock.ms += performance.now() - start;
      }
    };
  const wrapped: Pick<HubClient, 'push' | 'pull'> = { push: timed(client.push), pull: timed(client.pull) };
  return { engine: createSyncEngine({ db: device.db, client: wrapped }), clock };
}

function expectOk(result: SyncResult, what: string): Extract<SyncResult, { ok: true }> {
  if (!result.ok) throw new Error(`${what}: sync failed (${result.problem})`);
  return result;
}

async function firstPull(device: Device, proxy: LinkProxy): Promise<FirstPull> {
  const { engine, clock } = engineFor(device, proxy.origin);
  proxy.reset();
  const start = performance.now();
  const result = expectOk(await engine.syncOnce(), 'first pull');
  const seconds = (performance.now() - start) / 1000;
  return {
    records: result.pulled,
    wireBytes: proxy.up + proxy.down,
    downBytes: proxy.down,
    upBytes: proxy.up,
    requests: result.requests,
    seconds,
    clientSeconds: clock.ms / 1000,
    applySeconds: seconds - clock.ms / 1000,
  };
}

// --- The slow link, measured from the outside ---

/** A request on its own connection; the answer's body bytes as they came (gzip), and when. */
function rawRequest(
  origin: string,
  path: string,
  init: { method: string; headers: Record<string, string>; body?: Buffer },
): Promise<{ startMs: number; endMs: number; laterBytes: number; firstChunkMs: number }> {
  return new Promise((resolve, reject) => {
    const startMs = performance.now();
    const req = httpRequest(`${origin}${path}`, { method: init.method, headers: init.headers, agent: false });
    req.on('error', reject);
    req.on('response', (res) => {
      // The body's first chunk came with the headers; the rate is what follows it.
      let firstChunkMs = Number.NaN;
      let laterBytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (Number.isNaN(firstChunkMs)) firstChunkMs = performance.now();
        else laterBytes += chunk.length;
      });
      res.on('end', () => resolve({ startMs, endMs: performance.now(), laterBytes, firstChunkMs }));
      res.on('error', reject);
    });
    req.end(init.body);
  });
}

/**
 * What the slow proxy really lets through, seen from the client: a page of services' body bytes after
 * its first chunk over the time they took, and an upload's extra bytes over its extra time against a
 * small one.
 */
async function measureLink(origin: string, token: string, cursor: number) {
  const headers = {
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    authorization: `Bearer ${token}`,
    'accept-encoding': 'gzip',
  };
  const page = await rawRequest(origin, `/api/pull?cursor=${cursor}&limit=500`, { method: 'GET', headers });
  const down = page.laterBytes / ((page.endMs - page.firstChunkMs) / 1000);
  // Incompressible bytes the hub reads whole before it refuses them as not JSON.
  const upload = async (size: number) => {
    const body = Buffer.from(
      Array.from({ length: size }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 89))).join(''),
    );
    const answer = await rawRequest(origin, '/api/push', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(size) },
      body,
    });
    return answer.endMs - answer.startMs;
  };
  const small = await upload(1_000);
  const large = await upload(61_000);
  const up = 60_000 / ((large - small) / 1000);
  return { down, up };
}

/** Copies a device's store into another's, all but the other's membership (which stays its own). */
async function copyStore(from: CircleDatabase, to: CircleDatabase): Promise<void> {
  for (const table of from.tables) {
    let rows = await table.toArray();
    if (table.name === 'meta') rows = rows.filter((row: { key: string }) => row.key !== 'network');
    await to.table(table.name).bulkPut(rows);
  }
}

// --- The bench ---

const FIELDS = ['name', 'alert', 'description'] as const;
const MAX_ROUNDS = 10;

/** JSON with keys sorted, to compare values whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export async function runSyncBench(options: SyncBenchOptions = {}): Promise<SyncBenchResult> {
  const services = Math.min(options.services ?? 10_000, 10_000);
  const edits = options.edits ?? 1_000;
  const step = options.onStep ?? (() => {});
  step(`sync bench: seeding the hub with ${services} services`);
  const dir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const storage = openSqliteStorage(join(dir, 'hub.sqlite'));
  const hub = createHub({ storage });
  await hub.createNetwork({ name: 'Bench', demo: true });
  const directory = generateServices(services, 11);
  const records = [
    ...directory.organizations.map((value) => ({ entity: 'organization' as const, value })),
    ...directory.locations.map((value) => ({ entity: 'location' as const, value })),
    ...directory.services.map((value) => ({ entity: 'service' as const, value })),
  ];
  await hub.seed(records);

  const app = createApp({
    staticRoot: dir,
    hub: { hub, storage, perTokenPerMinute: 1e9, enrolPerMinute: 1e9 },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const hubPort = (server.address() as AddressInfo).port;
  const plain = await startLinkProxy(hubPort, null);
  const slowProxy = await startLinkProxy(hubPort, SLOW_LINK);
  const devices: Device[] = [];
  try {
    // The first pull at full speed, then over the slow link (a fresh device each).
    step('sync bench: first pull at full speed');
    const first = await joinDevice(hub, plain.origin);
    devices.push(first);
    const fast = await firstPull(first, plain);

    let slow: FirstPull | null = null;
    let link: { down: number; up: number } | null = null;
    let idleSlowSeconds: number | null = null;
    if (options.slow ?? true) {
      step('sync bench: first pull over the slow link');
      const second = await joinDevice(hub, plain.origin);
      devices.push(second);
      slow = await firstPull(second, slowProxy);
      step('sync bench: measuring the slow link');
      // The last 500 records: services, the largest.
      link = await measureLink(slowProxy.origin, second.token, Math.max(0, records.length - 500));
      const { engine } = engineFor(second, slowProxy.origin);
      const start = performance.now();
      expectOk(await engine.syncOnce(), 'idle sync (slow)');
      idleSlowSeconds = (performance.now() - start) / 1000;
    }

    // A sync with nothing to do, from a device in step: the second of two (the connection warm).
    const { engine: idleEngine } = engineFor(first, plain.origin);
    expectOk(await idleEngine.syncOnce(), 'idle sync');
    plain.reset();
    const idleResult = expectOk(await idleEngine.syncOnce(), 'idle sync');
    const idle = {
      wireBytes: plain.up + plain.down,
      upBytes: plain.up,
      downBytes: plain.down,
      requests: idleResult.requests,
      connections: plain.connections,
    };

    // Three devices in step, each editing offline, then syncing until all are in step. A device not
    // yet in step starts from a copy of the first one's store (its own membership kept): the first
    // pull is measured above, and a third would cost the run as long again.
    step('sync bench: three devices edit offline and converge');
    while (devices.length < 3) {
      const device = await joinDevice(hub, plain.origin);
      devices.push(device);
      await copyStore(first.db, device.db);
    }
    for (const device of devices)
      expectOk(await engineFor(device, plain.origin).engine.syncOnce(), 'in step');
    const edited = new Set<string>();
    const serviceIds = directory.services.map((s) => s.id);
    const SHARED = Math.min(50, Math.ceil(serviceIds.length / 4));
    const third = Math.max(1, Math.floor((serviceIds.length - SHARED) / 3));
    for (const [d, device] of devices.entries()) {
      for (let k = 0; k < edits; k++) {
        // One edit in ten goes to a few services every device edits (the same fields: collisions);
        // the rest spread over the directory, a third of it each.
        const shared = k % 10 === 0;
        const index = shared ? Math.floor(k / 10) % SHARED : SHARED + d * third + ((k * 7_919) % third);
        const id = serviceIds[index % serviceIds.length] as string;
        const field = FIELDS[
          (shared ? Math.floor(k / 10 / SHARED) : k) % FIELDS.length
        ] as (typeof FIELDS)[number];
        const value =
          field === 'alert' ? `Device ${d}: closed today (${k})` : `Device ${d} edit ${k} of ${field}`;
        const changed = await patchRecord({ db: device.db }, 'service', id, { [field]: value });
        if (!changed.ok) throw new Error(`edit: ${changed.error.message}`);
        edited.add(id);
      }
    }
    let mutations = 0;
    for (const device of devices) mutations += await device.db.mutations.count();

    const engines = devices.map((device) => engineFor(device, plain.origin).engine);
    step('sync bench: converging');
    plain.reset();
    const start = performance.now();
    let rounds = 0;
    let pushed = 0;
    let inStep = false;
    while (!inStep && rounds < MAX_ROUNDS) {
      rounds++;
      for (const engine of engines) pushed += expectOk(await engine.syncOnce(), 'converge').pushed;
      const latest = await storage.latestSeq();
      inStep = true;
      for (const device of devices) {
        const unsent = await device.db.mutations.where('status').anyOf(['pending', 'sent']).count();
        if (unsent > 0 || (await readCursor(device.db)) !== latest) inStep = false;
      }
    }
    const seconds = (performance.now() - start) / 1000;
    let conflicts = 0;
    let diverged = 0;
    for (const device of devices) {
      conflicts += await device.db.conflicts.count();
      const kept = new Set((await device.db.conflicts.toArray()).map((c) => c.recordId));
      for (const id of edited) {
        if (kept.has(id)) continue;
        const mine = await device.db.services.get(id);
        const theirs = await storage.getRecord('service', id);
        if (canonical(mine?.value) !== canonical(theirs?.value)) diverged++;
      }
    }

    return {
      services,
      records: records.length,
      idle,
      idleSlowSeconds,
      fast,
      slow,
      slowLinkDownBytesPerSecond: link?.down ?? null,
      slowLinkUpBytesPerSecond: link?.up ?? null,
      converge: {
        devices: devices.length,
        editsPerDevice: edits,
        mutations,
        seconds,
        rounds,
        inStep,
        pushed,
        conflicts,
        wireBytes: plain.up + plain.down,
        diverged,
      },
    };
  } finally {
    // fake-indexeddb keeps a database in memory until it is deleted.
    for (const device of devices) await device.db.delete().catch(() => {});
    await plain.close();
    await slowProxy.close();
    await new Promise((r) => server.close(r));
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
