// The hub under many devices, on this machine, over real HTTP on loopback: 200 devices enrolled, each
// pushing a batch of its agency's edits and pulling the directory in pages, all at once. Also the size
// of the SQLite file per 10,000 services.
import { mkdtempSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { generateServices } from '../../src/data/generate';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
import { createApp } from '../../src/server/app';
import { createHub } from '../../src/server/hub';
import { openSqliteStorage } from '../../src/server/storage/sqlite';

export interface HubBenchResult {
  devices: number;
  services: number;
  pushP50Ms: number;
  pushP95Ms: number;
  pushMutationsPerSecond: number;
  pullP50Ms: number;
  pullP95Ms: number;
  pullRecordsPerSecond: number;
  bytesPer10kServices: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export async function runHubBench(devices: number, services: number): Promise<HubBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const file = join(dir, 'hub.sqlite');
  const storage = openSqliteStorage(file);
  const hub = createHub({ storage });
  await hub.createNetwork({ name: 'Bench', demo: true });
  const directory = generateServices(services, 11);
  await hub.seed([
    ...directory.organizations.map((value) => ({ entity: 'organization' as const, value })),
    ...directory.locations.map((value) => ({ entity: 'location' as const, value })),
    ...directory.services.map((value) => ({ entity: 'service' as const, value })),
  ]);
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(file).size;

  const app = createApp({
    staticRoot: dir,
    hub: { hub, storage, perTokenPerMinute: 100_000, enrolPerMinute: 100_000 },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = (token?: string) => ({
    'content-type': 'application/json',
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

  // One agency per ten devices; each device an editor of its agency.
  const tokens: string[] = [];
  for (let i = 0; i < devices; i++) {
    if (i % 10 === 0) await hub.createAgency(null, `Agency ${i / 10}`);
    const agencies = await hub.listAgencies();
    const { code } = await hub.createInvite(null, { role: 'editor', agencyId: agencies.at(-1)?.id ?? null });
    const res = await fetch(`${base}/api/enrol`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ code }),
    });
    tokens.push(((await res.json()) as { token: string }).token);
  }

  const pushTimes: number[] = [];
  const pullTimes: number[] = [];
  let pushed = 0;
  let pulled = 0;
  const pushStart = performance.now();
  await Promise.all(
    tokens.map(async (token, d) => {
      // Each device creates 20 organizations of its own (its agency owns them).
      const mutations = Array.from({ length: 20 }, (_, i) => {
        const org = directory.organizations[(d * 20 + i) % directory.organizations.length]!;
        const id = crypto.randomUUID();
        return {
          id: `0190${String(d).padStart(4, '0')}-0000-7000-8000-${String(i).padStart(12, '0')}`,
          entity: 'organization',
          recordId: id,
          op: 'put',
          baseVersion: null,
          value: { ...org, id },
          createdAt: new Date().toISOString(),
        };
      });
      const t = performance.now();
      const res = await fetch(`${base}/api/push`, {
        method: 'POST',
        headers: headers(token),
        body: JSON.stringify({ mutations }),
      });
      await res.json();
      pushTimes.push(performance.now() - t);
      pushed += mutations.length;
    }),
  );
  const pushSeconds = (performance.now() - pushStart) / 1000;

  const pullStart = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      let cursor = 0;
      for (let more = true, pages = 0; more && pages < 3; pages++) {
        const t = performance.now();
        const res = await fetch(`${base}/api/pull?cursor=${cursor}&limit=500`, { headers: headers(token) });
        const page = (await res.json()) as { records: unknown[]; cursor: number; more: boolean };
        pullTimes.push(performance.now() - t);
        pulled += page.records.length;
        cursor = page.cursor;
        more = page.more;
      }
    }),
  );
  const pullSeconds = (performance.now() - pullStart) / 1000;
  await new Promise((r) => server.close(r));
  await storage.close();
  return {
    devices,
    services,
    pushP50Ms: percentile(pushTimes, 50),
    pushP95Ms: percentile(pushTimes, 95),
    pushMutationsPerSecond: pushed / pushSeconds,
    pullP50Ms: percentile(pullTimes, 50),
    pullP95Ms: percentile(pullTimes, 95),
    pullRecordsPerSecond: pulled / pullSeconds,
    bytesPer10kServices: (bytes / services) * 10_000,
  };
}
