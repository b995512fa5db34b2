// Convergence fuzz (S1–S7, S12): three devices edit one small directory offline, the same field of the
// same record and deletes included, and sync through random faults (a request dropped, a reply dropped
// or cut, a request delivered twice or late and out of order, the hub restarted, a device clock moved).
// When the network heals and everyone syncs, every change that was ever sent is applied on the hub or
// kept as a conflict on its device (none lost), none is applied twice, and every device equals the hub.
// FUZZ_RUNS sets the number of runs (1,000 in `npm test`); FUZZ_SEED replays one. A seed that ever
// failed is pinned below as its own test.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteDatabase, deleteRecord, patchRecord, saveRecord } from '../../src/db';
import { pendingFieldsOf } from '../../src/db/outbox';
import type { Mutation } from '../../src/model/mutation';
import type { Service } from '../../src/model/service';
import { sampleService } from '../fixtures/records';
import {
  createTestHub,
  FAULTS,
  type Fault,
  joinDevice,
  syncUntilDone,
  type TestDevice,
  type TestHub,
} from '../fixtures/syncHarness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const DEVICES = 3;
const SEEDED = [sampleService(0), sampleService(1), sampleService(2)];
const FIELDS = ['name', 'alert', 'description'] as const;
const WORDS = ['Open', 'Closed', 'Moved', 'Full'] as const;

type Step =
  | { kind: 'edit'; device: number; record: number; field: (typeof FIELDS)[number]; word: number }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'create'; device: number }
  | { kind: 'sync'; device: number; faults: Fault[] }
  | { kind: 'clock'; device: number; hours: number }
  | { kind: 'restart' };

const device = fc.integer({ min: 0, max: DEVICES - 1 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      record: fc.integer({ min: 0, max: 5 }),
      field: fc.constantFrom(...FIELDS),
      word: fc.integer({ min: 0, max: WORDS.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      device,
      record: fc.integer({ min: 0, max: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), device }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      device,
      hours: fc.integer({ min: -48, max: 48 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

interface World {
  hub: TestHub;
  devices: TestDevice[];
  /** Record ids each device knows of (seeded, then those it created or pulled). */
  created: string[];
  /** Every mutation that ever went out in a push, by device: its id and its record. */
  sent: Array<Map<string, string>>;
  /** What each device's person last typed, by `record/field`: what S6 keeps on their screen. */
  typed: Array<Map<string, unknown>>;
}

async function setUp(): Promise<World> {
  const hub = await createTestHub({
    seed: SEEDED.map((value) => ({
      entity: 'service',
      value: value as unknown as Record<string, unknown> & { id: string },
    })),
  });
  const devices: TestDevice[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const d = await joinDevice(hub, 'coordinator');
    await syncUntilDone(d);
    devices.push(d);
  }
  return {
    hub,
    devices,
    created: [],
    sent: devices.map(() => new Map()),
    typed: devices.map(() => new Map()),
  };
}

function recordId(world: World, index: number): string {
  const ids = [...SEEDED.map((s) => s.id), ...world.created];
  return ids[index % ids.length] as string;
}

async function run(world: World, step: Step): Promise<void> {
  const { hub, devices } = world;
  if (step.kind === 'restart') {
    await hub.restart();
    return;
  }
  const d = devices[step.device] as TestDevice;
  const ctx = { db: d.db, now: d.now };
  switch (step.kind) {
    case 'edit': {
      const id = recordId(world, step.record);
      // The same word on two devices is an equal change; different words are a real conflict.
      const value = `${WORDS[step.word]} ${step.field}`;
      const edited = await patchRecord(ctx, 'service', id, { [step.field]: value });
      if (edited.ok) world.typed[step.device]?.set(`${id}/${step.field}`, value);
      return;
    }
    case 'delete':
      await deleteRecord(ctx, 'service', recordId(world, step.record));
      return;
    case 'create': {
      const id = crypto.randomUUID();
      const { last_modified: _, ...rest } = { ...sampleService(3), id, name: `New ${world.created.length}` };
      const saved = await saveRecord(ctx, 'service', rest as Service);
      if (saved.ok) world.created.push(id);
      return;
    }
    case 'clock':
      d.clock.offsetMs = step.hours * 3_600_000;
      return;
    case 'sync': {
      for (const m of await d.db.mutations.where('status').anyOf(['pending', 'sent']).toArray())
        world.sent[step.device]?.set(m.id, m.recordId);
      const faults = [...step.faults];
      hub.fault = () => faults.shift() ?? 'none';
      await d.engine.syncOnce();
      hub.fault = () => 'none';
      await unsentStayOnScreen(d, world.typed[step.device] as Map<string, unknown>);
      return;
    }
  }
}

/**
 * S6, checked after every sync: a field with a change the hub has not accepted yet still shows what
 * the person last typed in it (a pull kept it), even when that last edit itself was already taken
 * and an older one waits as a conflict.
 */
async function unsentStayOnScreen(d: TestDevice, typed: Map<string, unknown>): Promise<void> {
  const byRecord = new Map<string, Mutation[]>();
  for (const m of await d.db.mutations.orderBy('seq').toArray())
    byRecord.set(m.recordId, [...(byRecord.get(m.recordId) ?? []), m]);
  for (const [id, mutations] of byRecord) {
    const local = await d.db.services.get(id);
    if (!local) continue;
    for (const field of pendingFieldsOf(mutations)) {
      if (!typed.has(`${id}/${field}`)) continue;
      expect(local.value[field as keyof Service] ?? null, `S6: ${id}.${field} on screen`).toEqual(
        typed.get(`${id}/${field}`) ?? null,
      );
    }
  }
}

async function heal(world: World): Promise<void> {
  world.hub.fault = () => 'none';
  await world.hub.deliverHeld();
  // Two rounds: the first sends everything, the second brings everyone what the others sent.
  for (let round = 0; round < 2; round++) {
    for (const [i, d] of world.devices.entries()) {
      for (const m of await d.db.mutations.where('status').anyOf(['pending', 'sent']).toArray())
        world.sent[i]?.set(m.id, m.recordId);
      await syncUntilDone(d);
      await unsentStayOnScreen(d, world.typed[i] as Map<string, unknown>);
    }
  }
}

async function check(world: World): Promise<void> {
  const { hub, devices } = world;
  const sqlite = new Database(hub.file, { readonly: true });
  try {
    const results = new Map<string, { status: string; version?: number }>();
    for (const row of sqlite.prepare('SELECT device_id, mutation_id, result FROM results').all() as Array<{
      device_id: string;
      mutation_id: string;
      result: string;
    }>) {
      results.set(`${row.device_id}/${row.mutation_id}`, JSON.parse(row.result));
    }

    for (const [i, d] of devices.entries()) {
      // Nothing left to send.
      expect(await d.db.mutations.where('status').anyOf(['pending', 'sent']).count()).toBe(0);
      const kept = new Set((await d.db.conflicts.toArray()).map((c) => c.id));
      // None lost: every change that went out was applied, or is kept for a person on its device.
      for (const id of (world.sent[i] ?? new Map()).keys()) {
        const result = results.get(`${d.deviceId}/${id}`);
        expect(result, `mutation ${id} of device ${i} never reached the hub`).toBeDefined();
        if (result?.status !== 'applied')
          expect(kept.has(id), `conflict ${id} not kept on device ${i}`).toBe(true);
      }
    }

    // None applied twice: every version of a record the hub wrote is answered by exactly one change's
    // stored result (a change applied twice would make two versions and keep one answer).
    const versions = new Map<string, Set<number>>();
    for (const [i, d] of devices.entries()) {
      for (const [id, record] of world.sent[i] ?? new Map<string, string>()) {
        const result = results.get(`${d.deviceId}/${id}`);
        if (result?.status !== 'applied' || result.version === undefined) continue;
        versions.set(record, (versions.get(record) ?? new Set()).add(result.version));
      }
    }
    const rows = sqlite.prepare('SELECT entity, id, version, value FROM records').all() as Array<{
      entity: string;
      id: string;
      version: number;
      value: string | null;
    }>;
    const seeded = new Set(SEEDED.map((s) => s.id));
    for (const row of rows) {
      const answered = versions.get(row.id)?.size ?? 0;
      expect(answered + (seeded.has(row.id) ? 1 : 0), `service/${row.id}: versions against answers`).toBe(
        row.version,
      );
    }

    // Every device equals the hub, apart from what it keeps for a person.
    for (const [i, d] of devices.entries()) {
      const withKept = new Set((await d.db.mutations.toArray()).map((m) => m.recordId));
      const local = new Map((await d.db.services.toArray()).map((r) => [r.id, r]));
      for (const row of rows) {
        const mine = local.get(row.id);
        const theirs = row.value === null ? null : JSON.parse(row.value);
        if (withKept.has(row.id)) {
          if (mine) {
            expect(mine.serverVersion, `device ${i} ${row.id}: base version`).toBe(row.version);
            expect(mine.serverCopy, `device ${i} ${row.id}: base copy`).toEqual(theirs);
          }
          continue;
        }
        if (theirs === null) expect(mine, `device ${i} still has deleted ${row.id}`).toBeUndefined();
        else {
          expect(mine?.value, `device ${i} ${row.id}`).toEqual(theirs);
          expect(mine?.serverVersion).toBe(row.version);
          expect(mine?.pendingFields).toEqual([]);
        }
      }
      for (const id of local.keys())
        if (!withKept.has(id))
          expect(
            rows.some((r) => r.id === id),
            `device ${i} has ${id}, the hub not`,
          ).toBe(true);
    }
  } finally {
    sqlite.close();
  }
}

async function property(steps: Step[]): Promise<void> {
  const world = await setUp();
  try {
    for (const step of steps) await run(world, step);
    await heal(world);
    await check(world);
  } finally {
    // Databases deleted, not only closed: fake-indexeddb keeps closed ones, and a thousand runs' worth
    // made each later run slower.
    for (const d of world.devices) {
      d.db.close();
      await deleteDatabase(d.db.name);
    }
    await world.hub.close();
  }
}

const stepsArb = fc.array(stepArb, { minLength: 1, maxLength: 20 });

/** Seeds that once failed, replayed on every run (seed, path as fast-check printed them). */
const PINNED: Array<{ seed: number; path: string; why: string }> = [
  {
    seed: 222958181,
    path: '538',
    why: 'a stale conflict kept after the same device’s later edit of the field was applied',
  },
  { seed: 282891286, path: '146', why: 'the same, found by CI: S6 must compare with what was last typed' },
];

describe('convergence fuzz', () => {
  it(`S1–S7: ${RUNS} seeded runs of 3 devices editing offline through faults converge`, {
    timeout: Math.max(1_200_000, RUNS * 500),
  }, async () => {
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    await fc.assert(fc.asyncProperty(stepsArb, property), {
      numRuns: RUNS,
      ...(seed !== undefined ? { seed } : {}),
      endOnFailure: true,
    });
  });

  it.each(PINNED)('pinned seed $seed ($why)', { timeout: 60_000 }, async ({ seed, path }) => {
    await fc.assert(fc.asyncProperty(stepsArb, property), { seed, path, numRuns: 1 });
  });
});
