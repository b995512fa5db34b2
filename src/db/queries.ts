// Reads for screens: live queries that read one page, never a whole table. Each returns an
// observable that re-emits when the data it read changes (in this tab or another).
import { liveQuery, type Table } from 'dexie';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { RecordOf } from '../model/records';
import type { Service } from '../model/service';
import {
  type Action,
  type Answer,
  type Assessment,
  type SharedSummary,
  sharedSummaryId,
} from '../model/workbook';
import { latestChange, prunedThrough } from './changes';
import type { CircleDatabase } from './database';
import { validValues } from './read';
import { SAMPLE_META_KEY, type SampleMarker } from './sample';
import type { StoredRecord } from './schema';

export interface Observer<T> {
  next: (value: T) => void;
  error?: (error: unknown) => void;
}

/** The least of an Observable that screens need; state/ turns it into a hook. */
export interface Subscribable<T> {
  subscribe(observer: Observer<T>): { unsubscribe(): void };
}

export interface Page<T> {
  items: T[];
  /** Records in the whole list, so the screen can say "showing 20 of 160". */
  total: number;
}

export interface ServiceRow {
  service: Service;
  organization: Organization | undefined;
  sample: boolean;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Services in alphabetical order, one page at a time, with their organization. */
export function observeServicePage(db: CircleDatabase, page: PageRequest): Subscribable<Page<ServiceRow>> {
  return liveQuery(async () => {
    const [rows, total] = await Promise.all([
      db.services.orderBy('sortName').offset(page.offset).limit(page.limit).toArray(),
      db.services.count(),
    ]);
    const sample = new Set(rows.filter((r) => r.sample === 1).map((r) => r.id));
    const services = validValues(db, 'service', rows);
    const orgs = await db.organizations.bulkGet([...new Set(services.map((s) => s.organization_id))]);
    const byId = new Map(validValues(db, 'organization', orgs).map((o) => [o.id, o]));
    return {
      items: services.map((service) => ({
        service,
        organization: byId.get(service.organization_id),
        sample: sample.has(service.id),
      })),
      total,
    };
  });
}

/** The loaded sample directory, if any: its presence is what the sample banner shows. */
export function observeSampleMarker(db: CircleDatabase): Subscribable<SampleMarker | null> {
  return liveQuery(
    async () => ((await db.meta.get(SAMPLE_META_KEY))?.value as SampleMarker | undefined) ?? null,
  );
}

export interface DirectorySnapshot {
  services: Service[];
  organizations: Organization[];
  locations: Location[];
}

async function readWholeDirectory(db: CircleDatabase): Promise<DirectorySnapshot> {
  const [services, organizations, locations] = await Promise.all([
    db.services.toArray(),
    db.organizations.toArray(),
    db.locations.toArray(),
  ]);
  return {
    services: validValues(db, 'service', services),
    organizations: validValues(db, 'organization', organizations),
    locations: validValues(db, 'location', locations),
  };
}

/**
 * The whole directory, for the search index and the filters, which run in memory, with the change
 * feed's position it reflects: read once at start, then followed by `observeDirectoryChanges`.
 */
export function readDirectory(db: CircleDatabase): Promise<{ snapshot: DirectorySnapshot; cursor: number }> {
  return db.transaction('r', [db.services, db.organizations, db.locations, db.changes], async () => ({
    snapshot: await readWholeDirectory(db),
    cursor: await latestChange(db),
  }));
}

/** Records read and validated per step of `readDirectoryInSteps`. */
const READ_STEP = 1000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One table, a step at a time by primary key, validated as it comes; the page runs between steps. */
async function readInSteps<E extends 'service' | 'organization' | 'location'>(
  db: CircleDatabase,
  entity: E,
): Promise<RecordOf[E][]> {
  const table = (entity === 'service'
    ? db.services
    : entity === 'organization'
      ? db.organizations
      : db.locations) as unknown as Table<StoredRecord<RecordOf[E]>, string>;
  const out: RecordOf[E][] = [];
  let after: string | null = null;
  for (;;) {
    const rows: Array<StoredRecord<RecordOf[E]>> = await (after === null
      ? table.orderBy(':id')
      : table.where(':id').above(after)
    )
      .limit(READ_STEP)
      .toArray();
    if (rows.length === 0) return out;
    out.push(...validValues(db, entity, rows));
    after = rows[rows.length - 1]?.id ?? null;
    await pause();
  }
}

/**
 * The whole directory like `readDirectory`, in short steps (a thousand records read and validated at
 * a time, the page answering between them), for a directory that may hold 20,000 services. The
 * cursor is read first: whatever changes during the read comes again through the change feed.
 */
export async function readDirectoryInSteps(
  db: CircleDatabase,
): Promise<{ snapshot: DirectorySnapshot; cursor: number }> {
  const cursor = await latestChange(db);
  const organizations = await readInSteps(db, 'organization');
  const locations = await readInSteps(db, 'location');
  const services = await readInSteps(db, 'service');
  return { snapshot: { services, organizations, locations }, cursor };
}

/** The records a change touched: each a new value, or null where it was deleted (or set aside). */
export interface DirectoryDelta {
  kind: 'delta';
  cursor: number;
  services: Map<string, Service | null>;
  organizations: Map<string, Organization | null>;
  locations: Map<string, Location | null>;
}

/** A reset says only where the feed is: the reader reads everything again (`readDirectoryInSteps`). */
export type DirectoryChange = DirectoryDelta | { kind: 'reset'; cursor: number };

async function changedRecords<T extends { id: string }>(
  db: CircleDatabase,
  entity: 'service' | 'organization' | 'location',
  ids: string[],
): Promise<Map<string, T | null>> {
  const table =
    entity === 'service' ? db.services : entity === 'organization' ? db.organizations : db.locations;
  const rows = await table.bulkGet(ids);
  const valid = new Map((validValues(db, entity, rows) as unknown as T[]).map((r) => [r.id, r]));
  return new Map(ids.map((id) => [id, valid.get(id) ?? null]));
}

/**
 * What changed in the directory after `cursor()` (in this tab or another), read from the change feed:
 * the changed records only, or everything again after a bulk load or when the feed was pruned past
 * the cursor. Emits nothing while nothing changed.
 */
export function observeDirectoryChanges(
  db: CircleDatabase,
  cursor: () => number,
): Subscribable<DirectoryChange | null> {
  return liveQuery(async () => {
    const from = cursor();
    const rows = await db.changes.where('seq').above(from).toArray();
    const last = rows.at(-1)?.seq;
    if (last === undefined) return null;
    if (from < (await prunedThrough(db)) || rows.some((r) => r.kind === 'reset')) {
      return { kind: 'reset', cursor: last };
    }
    const ids = { service: new Set<string>(), organization: new Set<string>(), location: new Set<string>() };
    for (const r of rows)
      if (r.kind === 'record' && r.entity in ids) ids[r.entity as keyof typeof ids].add(r.id);
    const [services, organizations, locations] = await Promise.all([
      changedRecords<Service>(db, 'service', [...ids.service]),
      changedRecords<Organization>(db, 'organization', [...ids.organization]),
      changedRecords<Location>(db, 'location', [...ids.location]),
    ]);
    return { kind: 'delta', cursor: last, services, organizations, locations };
  });
}

/** Every assessment on the device, newest first (a handful per agency: not a page question). */
export function observeAssessments(db: CircleDatabase): Subscribable<Assessment[]> {
  return liveQuery(async () =>
    validValues(db, 'assessment', await db.assessments.toArray()).sort((a, b) =>
      b.assessed_on.localeCompare(a.assessed_on),
    ),
  );
}

export interface AssessmentRecords {
  assessment: Assessment | null;
  answers: Answer[];
  actions: Action[];
  /** The summary of it shared with the network, if the agency shared one. */
  shared: SharedSummary | null;
}

/** One assessment with its answers and actions, live. */
export function observeAssessment(db: CircleDatabase, id: string): Subscribable<AssessmentRecords> {
  return liveQuery(async () => {
    const [assessment, answers, actions, shared] = await Promise.all([
      db.assessments.get(id),
      db.answers.where('value.assessment_id').equals(id).toArray(),
      db.actions.where('value.assessment_id').equals(id).toArray(),
      db.summaries.get(sharedSummaryId(id)),
    ]);
    return {
      assessment: validValues(db, 'assessment', [assessment])[0] ?? null,
      answers: validValues(db, 'answer', answers),
      actions: validValues(db, 'action', actions),
      shared: validValues(db, 'summary', [shared])[0] ?? null,
    };
  });
}

/** Who a directory record belongs to, as far as this device knows (the screens offer editing by it). */
export interface Ownership {
  /** The owning agency on the hub; null: the network's own; undefined: not known yet. */
  owner: string | null | undefined;
  /** Created on this device and never yet on the hub. */
  unsent: boolean;
  sample: boolean;
}

/** Every record of one directory entity with its ownership, by id: one read, keys and flags only. */
export async function readOwnership(
  db: CircleDatabase,
  entity: 'organization' | 'service' | 'location',
): Promise<Map<string, Ownership>> {
  const table =
    entity === 'organization' ? db.organizations : entity === 'service' ? db.services : db.locations;
  const rows = (await table.toArray()) as Array<StoredRecord<unknown>>;
  return new Map(
    rows.map((r) => [
      r.id,
      { owner: r.owner, unsent: r.serverVersion === null && !r.sample, sample: r.sample === 1 },
    ]),
  );
}

/** One assessment with its answers and actions, read once (for a bundle). */
export async function readAssessmentRecords(
  db: CircleDatabase,
  id: string,
): Promise<Omit<AssessmentRecords, 'shared'> | null> {
  return db.transaction('r', [db.assessments, db.answers, db.actions], async () => {
    const assessment = validValues(db, 'assessment', [await db.assessments.get(id)])[0];
    if (!assessment) return null;
    const [answers, actions] = await Promise.all([
      db.answers.where('value.assessment_id').equals(id).toArray(),
      db.actions.where('value.assessment_id').equals(id).toArray(),
    ]);
    return {
      assessment,
      answers: validValues(db, 'answer', answers),
      actions: validValues(db, 'action', actions),
    };
  });
}
