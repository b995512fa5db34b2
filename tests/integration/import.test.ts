// Import and export end to end on fake-indexeddb (real IndexedDB semantics): round trips through
// HSDS JSON, the HSDS CSV datapackage and bundles; every official HSDS example; hostile files, each
// refused with its reason and nothing written; a newer local edit kept as a conflict; every export
// valid against HSDS 3.0's own schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMMUNITIES } from '../../src/data/reference';
import {
  type CircleDatabase,
  importRecords,
  openDatabase,
  patchRecord,
  saveAnswerFields,
  saveRecord,
} from '../../src/db';
import { readImportFiles } from '../../src/interop/importFile';
import { zipFiles } from '../../src/interop/zip';
import type { Entity } from '../../src/model/mutation';
import { ITEM_IDS, type ItemId, RATINGS } from '../../src/model/workbook';
import { exportFile } from '../../src/state/exportJob';
import { applyPlan, planKey, readAndPlan } from '../../src/state/importJob';
import { hsdsErrors, hsdsValidator } from '../fixtures/hsdsSchemas';
import { FIXED_NOW, sampleDirectory, uniqueDbName } from '../fixtures/records';

const EXAMPLES = resolve(__dirname, '../../../shared/hsds/examples');
const quiet = () => {};
const now = () => FIXED_NOW;

function freshDb(): CircleDatabase {
  return openDatabase(uniqueDbName());
}

/** A device holding the sample directory as its own records (not flagged sample). */
async function seeded(): Promise<CircleDatabase> {
  const db = freshDb();
  const d = sampleDirectory();
  const records = [
    ...d.organizations.map((value) => ({ entity: 'organization' as const, value })),
    ...d.locations.map((value) => ({ entity: 'location' as const, value })),
    ...d.services.map((value) => ({ entity: 'service' as const, value })),
  ];
  const written = await importRecords({ db, now }, records);
  expect(written.ok).toBe(true);
  return db;
}

async function counts(db: CircleDatabase) {
  return {
    organizations: await db.organizations.count(),
    services: await db.services.count(),
    locations: await db.locations.count(),
    mutations: await db.mutations.count(),
  };
}

const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

async function importInto(
  db: CircleDatabase,
  sources: Array<{ name: string; bytes: Uint8Array }>,
  take = new Set<string>(),
) {
  const planned = await readAndPlan(db, sources, quiet, FIXED_NOW);
  if (!planned.ok) throw new Error(`${planned.error.code}: ${planned.error.message}`);
  const applied = await applyPlan(db, planned.value.plan, take, quiet, now);
  if (!applied.ok) throw new Error(applied.error.message);
  return { plan: planned.value.plan, written: applied.value.written };
}

const values = async (db: CircleDatabase, entity: 'organizations' | 'services' | 'locations') =>
  new Map((await db[entity].toArray()).map((r) => [r.id, r.value as Record<string, unknown>]));

const unstamped = (v: Record<string, unknown> | undefined) => {
  if (!v) return v;
  const { last_modified: _s, ...rest } = v;
  return rest;
};

describe('round trips', { timeout: 60_000 }, () => {
  /**
   * Everything comes back, except what HSDS must not carry: a confidential location's address and
   * coordinates never leave, so it comes back at its community's centre with no street address.
   */
  async function expectSameDirectory(a: CircleDatabase, b: CircleDatabase) {
    for (const entity of ['organizations', 'services'] as const) {
      const [mine, theirs] = [await values(a, entity), await values(b, entity)];
      expect(theirs.size).toBe(mine.size);
      for (const [id, v] of mine) expect(unstamped(theirs.get(id)), `${entity} ${id}`).toEqual(unstamped(v));
    }
    const [mine, theirs] = [await values(a, 'locations'), await values(b, 'locations')];
    expect(theirs.size).toBe(mine.size);
    let confidential = 0;
    for (const [id, v] of mine) {
      const back = theirs.get(id) as Record<string, unknown>;
      if (v.address_confidential) {
        confidential++;
        const community = COMMUNITIES.find((c) => c.id === v.community_id);
        expect(back).toMatchObject({ addresses: [], latitude: community?.lat, longitude: community?.lng });
        const restored = { ...back, addresses: v.addresses, latitude: v.latitude, longitude: v.longitude };
        expect(unstamped(restored)).toEqual(unstamped(v));
      } else expect(unstamped(back), `location ${id}`).toEqual(unstamped(v));
    }
    expect(confidential).toBeGreaterThan(0);
  }

  it.each([
    ['HSDS JSON', 'hsds-json'],
    ['the HSDS CSV datapackage (zip)', 'hsds-csv'],
  ] as const)(
    '%s: export then import gives the same directory, French texts and attributes included',
    async (_what, kind) => {
      const a = await seeded();
      const exported = await exportFile(a, kind, FIXED_NOW);
      const b = freshDb();
      const { plan } = await importInto(b, [
        file(exported?.name ?? 'x', exported?.bytes ?? new Uint8Array()),
      ]);
      expect(plan.counts.invalid).toBe(0);
      await expectSameDirectory(a, b);
    },
  );

  it('a bundle carries the directory whole, and an assessment with its answers', async () => {
    const a = await seeded();
    const exported = await exportFile(a, 'directory-bundle', FIXED_NOW);
    const b = freshDb();
    const { plan, written } = await importInto(b, [
      file('d.circle.json', exported?.bytes ?? new Uint8Array()),
    ]);
    expect(plan.counts).toMatchObject({ invalid: 0, conflict: 0 });
    expect(written).toBe(exported?.count);
    for (const entity of ['organizations', 'services', 'locations'] as const)
      expect(await values(b, entity)).toEqual(await values(a, entity));
    // Imported records go through the outbox like any edit, so they sync.
    expect((await counts(b)).mutations).toBe(written);
    // The same file again changes nothing.
    const again = await readAndPlan(b, [file('d.circle.json', exported?.bytes ?? new Uint8Array())], quiet);
    expect(again.ok && again.value.plan.counts.unchanged).toBe(written);

    // An assessment travels with its answers.
    const assessment = {
      id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0301',
      agency: 'Birchlight',
      assessed_on: '2026-11-01',
    };
    expect((await saveRecord({ db: a, now }, 'assessment', assessment)).ok).toBe(true);
    for (const [item, evidence] of [
      [ITEM_IDS[0] as ItemId, 'Peer workers on every shift'],
      [ITEM_IDS[1] as ItemId, 'Formation en français — ᐊᓂᔑᓈᐯ'],
    ] as const)
      expect(
        (
          await saveAnswerFields(
            { db: a, now },
            { assessmentId: assessment.id, item },
            { rating: RATINGS[1], evidence },
          )
        ).ok,
      ).toBe(true);
    const one = await exportFile(a, 'assessment-bundle', FIXED_NOW, assessment.id);
    expect(one?.count).toBe(3);
    const c = freshDb();
    await importInto(c, [file('a.circle.json', one?.bytes ?? new Uint8Array())]);
    expect((await c.assessments.get(assessment.id))?.value).toMatchObject(assessment);
    const answers = (await c.answers.toArray()).map((r) => r.value.evidence).sort();
    expect(answers).toEqual(['Formation en français — ᐊᓂᔑᓈᐯ', 'Peer workers on every shift']);
  });

  it('text in any script survives: accents, Cree and Ojibwe syllabics', async () => {
    const a = await seeded();
    const first = (await a.services.toCollection().first())?.id as string;
    await patchRecord({ db: a, now }, 'service', first, {
      name: 'ᐊᓂᔑᓈᐯᒧᐎᓐ — Île-aux-Œufs',
      name_fr: 'Québec œuvre «ᒥᓯᓂᐦᐃᑲᓐ»',
    });
    for (const kind of ['hsds-json', 'hsds-csv', 'directory-bundle'] as const) {
      const exported = await exportFile(a, kind, FIXED_NOW);
      const b = freshDb();
      await importInto(b, [file(exported?.name ?? '', exported?.bytes ?? new Uint8Array())]);
      const back = (await b.services.get(first))?.value;
      expect(back?.name, kind).toBe('ᐊᓂᔑᓈᐯᒧᐎᓐ — Île-aux-Œufs');
      expect(back?.name_fr, kind).toBe('Québec œuvre «ᒥᓯᓂᐦᐃᑲᓐ»');
    }
  });
});

describe('exports validate against HSDS 3.0', { timeout: 60_000 }, () => {
  it('every exported service is a valid HSDS service', async () => {
    const a = await seeded();
    const exported = await exportFile(a, 'hsds-json', FIXED_NOW);
    const objects = JSON.parse(new TextDecoder().decode(exported?.bytes)) as Array<Record<string, unknown>>;
    expect(objects.length).toBeGreaterThan(100);
    for (const o of objects) {
      // Services first; organizations and locations no service uses follow on their own.
      const kind = 'status' in o ? 'service' : 'location_type' in o ? 'location' : 'organization';
      const validate = hsdsValidator(kind);
      expect(validate(o), hsdsErrors(validate)).toBe(true);
    }
  });
});

describe('the official HSDS examples', () => {
  const jsonFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

  it.each(jsonFiles)('%s imports', async (name) => {
    const db = freshDb();
    const planned = await readAndPlan(
      db,
      [file(name, readFileSync(resolve(EXAMPLES, name)))],
      quiet,
      FIXED_NOW,
    );
    expect(planned.ok, planned.ok ? '' : planned.error.message).toBe(true);
    if (!planned.ok) return;
    const { plan, skipped } = planned.value;
    // Something was read: records to preview, or objects (taxonomies, metadata) the directory needs not.
    expect(plan.records.length + skipped).toBeGreaterThan(0);
    // Each invalid record says why, naming the field.
    for (const r of plan.records.filter((p) => p.status === 'invalid')) expect(r.reason).toMatch(/\w+/);
    const applied = await applyPlan(db, plan, new Set(), quiet, now);
    expect(applied.ok).toBe(true);
  });

  it('the full service example keeps what this app does not use, and comes back with it', async () => {
    const db = freshDb();
    const source = JSON.parse(readFileSync(resolve(EXAMPLES, 'service_full.json'), 'utf8'));
    const { plan } = await importInto(db, [file('service_full.json', JSON.stringify(source))]);
    const service = plan.records.find((r) => r.entity === 'service');
    expect(service?.status).toBe('new');
    const stored = (await db.services.get(source.id))?.value as Record<string, unknown>;
    const extra = stored.hsds_extra as Record<string, unknown>;
    for (const key of [
      'funding',
      'cost_options',
      'program',
      'required_documents',
      'contacts',
      'accreditations',
      'licenses',
    ])
      expect(extra, key).toHaveProperty(key);
    // Its foreign attribute is kept as it came.
    expect(JSON.stringify(extra.attributes)).toContain('ae58cc39-8b70-4ab1-8aea-786882e5ac8e');
    // What HSDS has no word for stays unknown, never "no".
    expect(stored.conditions).toMatchObject({ id_required: 'unknown', sobriety_required: 'unknown' });
    const exported = await exportFile(db, 'hsds-json', FIXED_NOW);
    const [again] = JSON.parse(new TextDecoder().decode(exported?.bytes)) as Array<Record<string, unknown>>;
    expect(again?.funding).toEqual(source.funding);
    expect(again?.accreditations).toBe(source.accreditations);
  });

  it('the example CSV folder imports (as loose files, and zipped)', async () => {
    const dir = resolve(EXAMPLES, 'csv');
    const files = readdirSync(dir).map((n) => file(n, readFileSync(resolve(dir, n))));
    for (const sources of [
      files,
      [file('hsds.zip', zipFiles(Object.fromEntries(files.map((f) => [`hsds/${f.name}`, f.bytes]))))],
    ]) {
      const db = freshDb();
      const planned = await readAndPlan(db, sources, quiet, FIXED_NOW);
      expect(planned.ok, planned.ok ? '' : planned.error.message).toBe(true);
      if (!planned.ok) return;
      const services = planned.value.plan.records.filter((r) => r.entity === 'service');
      expect(services.map((s) => s.label)).toContain('Community Counselling');
    }
  });
});

describe('hostile files: a clear error, and nothing written', { timeout: 60_000 }, () => {
  async function refused(sources: Array<{ name: string; bytes: Uint8Array }>) {
    const db = await seeded();
    const before = await counts(db);
    const planned = await readAndPlan(db, sources, quiet, FIXED_NOW);
    return { db, before, planned };
  }

  it.each([
    ['not JSON at all', 'services.json', 'this is { not json', 'not-json'],
    [
      'a JSON file cut short',
      'services.json',
      '[{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Cut',
      'not-json',
    ],
    ['JSON that is not HSDS', 'x.json', '42', 'not-hsds'],
    ['an empty file', 'x.json', '', 'empty'],
    ['bytes that are not UTF-8', 'x.json', new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), 'not-text'],
    [
      'broken CSV quoting',
      'services.csv',
      'id,name\n"ac148810-d857-441c-9679-408f346de14b,"Un"closed\n',
      'csv',
    ],
    ['a truncated zip', 'd.zip', 'truncated-zip', 'zip'],
    ['a zip bomb', 'd.zip', 'zip-bomb', 'zip'],
    ['a foreign bundle version', 'b.json', '{"format":"circle-of-care-bundle","version":99}', 'bundle-newer'],
    ['a bundle with a wrong checksum', 'b.json', 'bad-checksum', 'bundle-corrupted'],
    ['a gzip file named .zip', 'd.zip', 'gzip', 'zip'],
  ])(
    '%s',
    async (_what, name, content, code) => {
      let bytes: Uint8Array;
      if (content === 'truncated-zip') {
        const whole = zipFiles({ 'services.csv': `id,name\n${'a,b\n'.repeat(1000)}` });
        bytes = whole.slice(0, Math.floor(whole.length / 2));
      } else if (content === 'zip-bomb') {
        bytes = zipFiles({ 'services.csv': new Uint8Array(400 * 1024 * 1024) });
      } else if (content === 'bad-checksum') {
        const a = await seeded();
        const exported = await exportFile(a, 'directory-bundle', FIXED_NOW);
        bytes = new TextEncoder().encode(
          new TextDecoder().decode(exported?.bytes).replace(/"name":"[^"]*"/, '"name":"Changed"'),
        );
      } else if (content === 'gzip') {
        bytes = gzipSync(Buffer.from('id,name\n'));
      } else
        bytes = typeof content === 'string' ? new TextEncoder().encode(content) : (content as Uint8Array);
      const { db, before, planned } = await refused([file(name, bytes)]);
      expect(planned.ok).toBe(false);
      if (!planned.ok) {
        expect(planned.error.code).toBe(code);
        expect(planned.error.message.length).toBeGreaterThan(5);
      }
      expect(await counts(db)).toEqual(before);
    },
    60_000,
  );

  it('wrong types, a 10 MB string and markup in a name: each record refused with its reason, none written', async () => {
    const good = sampleDirectory();
    const org = good.organizations[0];
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const services = [
      { id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0001', organization_id: org?.id, name: 42 },
      {
        id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0002',
        organization_id: org?.id,
        name: 'Drop-in',
        description: huge,
      },
      {
        id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0003',
        organization_id: org?.id,
        name: '<img src=x onerror=alert(1)>',
      },
      {
        id: '0b6a5f0e-8e8e-4c8e-9a37-6f6b1a1e0004',
        organization_id: org?.id,
        name: 'Fine',
        minimum_age: 'ten',
      },
    ];
    const db = await seeded();
    const before = await counts(db);
    const planned = await readAndPlan(db, [file('s.json', JSON.stringify(services))], quiet, FIXED_NOW);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const { plan } = planned.value;
    expect(plan.records.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(plan.records[0]?.reason).toMatch(/name/);
    expect(plan.records[1]?.reason).toMatch(/description/);
    expect(plan.records[2]?.reason).toMatch(/name must not contain < or >/);
    expect(plan.records[3]?.reason).toMatch(/minimum_age/);
    const applied = await applyPlan(db, plan, new Set(), quiet, now);
    expect(applied.ok && applied.value.written).toBe(0);
    expect(await counts(db)).toEqual(before);
  });

  it('a full disk halfway through writes nothing at all', async () => {
    const a = await seeded();
    const exported = await exportFile(a, 'directory-bundle', FIXED_NOW);
    const db = freshDb();
    const planned = await readAndPlan(
      db,
      [file('d.json', exported?.bytes ?? new Uint8Array())],
      quiet,
      FIXED_NOW,
    );
    if (!planned.ok) throw new Error(planned.error.message);
    const before = await counts(db);
    let writes = 0;
    db.services.hook('creating', () => {
      if (++writes > 50) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    const applied = await applyPlan(db, planned.value.plan, new Set(), quiet, now);
    expect(applied.ok).toBe(false);
    if (!applied.ok) expect(applied.error.code).toBe('storage-full');
    expect(await counts(db)).toEqual(before);
  });
});

describe('an import never silently overwrites a newer local edit', { timeout: 60_000 }, () => {
  it('is a conflict: the device keeps its own unless the person takes the file’s', async () => {
    const a = await seeded();
    const exported = await exportFile(a, 'directory-bundle', FIXED_NOW);
    const b = freshDb();
    await importInto(b, [file('d.json', exported?.bytes ?? new Uint8Array())]);
    const id = (await b.services.toCollection().first())?.id as string;
    // Someone edits the alert on device A later; device B edits it even later.
    const later = new Date(FIXED_NOW.getTime() + 3_600_000);
    const latest = new Date(FIXED_NOW.getTime() + 7_200_000);
    await patchRecord({ db: a, now: () => later }, 'service', id, { alert: 'Closed Friday' });
    await patchRecord({ db: b, now: () => latest }, 'service', id, { alert: 'Moved to 12 Main St' });
    const newer = await exportFile(a, 'directory-bundle', later);
    const planned = await readAndPlan(b, [file('d2.json', newer?.bytes ?? new Uint8Array())], quiet, later);
    if (!planned.ok) throw new Error(planned.error.message);
    const conflict = planned.value.plan.records.find((r) => r.id === id);
    expect(conflict).toMatchObject({ status: 'conflict', fields: ['alert'] });
    // Without a choice, B keeps its own.
    await applyPlan(b, planned.value.plan, new Set(), quiet, now);
    expect((await b.services.get(id))?.value.alert).toBe('Moved to 12 Main St');
    // Taking the file's version is the person's choice.
    const again = await readAndPlan(b, [file('d2.json', newer?.bytes ?? new Uint8Array())], quiet, later);
    if (!again.ok) throw new Error(again.error.message);
    await applyPlan(b, again.value.plan, new Set([planKey({ entity: 'service' as Entity, id })]), quiet, now);
    expect((await b.services.get(id))?.value.alert).toBe('Closed Friday');
  });

  it('an older edit from the file simply updates a record not edited here since', async () => {
    const a = await seeded();
    const b = freshDb();
    await importInto(b, [
      file('d.json', (await exportFile(a, 'directory-bundle', FIXED_NOW))?.bytes ?? new Uint8Array()),
    ]);
    const id = (await a.services.toCollection().first())?.id as string;
    await patchRecord({ db: a, now: () => new Date(FIXED_NOW.getTime() + 60_000) }, 'service', id, {
      alert: 'Full tonight',
    });
    const { plan } = await importInto(b, [
      file('d.json', (await exportFile(a, 'directory-bundle', FIXED_NOW))?.bytes ?? new Uint8Array()),
    ]);
    expect(plan.counts).toMatchObject({ changed: 1, conflict: 0 });
    expect((await b.services.get(id))?.value.alert).toBe('Full tonight');
  });
});

describe('the reader alone', () => {
  it('reads an HSDS API page and a single service alike', async () => {
    const page = JSON.parse(readFileSync(resolve(EXAMPLES, 'service_list.json'), 'utf8'));
    const read = await readImportFiles([file('p.json', JSON.stringify(page))], {
      communities: [],
      now: FIXED_NOW.toISOString(),
    });
    expect(read.ok && read.value.candidates.filter((c) => c.entity === 'service').length).toBe(
      page.contents.length,
    );
  });
});
