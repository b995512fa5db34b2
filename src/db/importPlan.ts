// What an import would do, before it does anything: each record read from a file, validated by the
// same schemas as a form, and compared with what the device holds: new, changed (and which fields),
// unchanged, invalid (with the reason), or a conflict, when the device's copy was edited after the
// file's (that is never overwritten silently: the person chooses). Reads only.
import { type Entity, type RecordValue, sameValue } from '../model/mutation';
import { RECORD_SCHEMAS } from '../model/records';
import { type InvalidRecord, parseRecord } from '../model/validation';
import { tableOf } from './commands';
import type { CircleDatabase } from './database';
import type { StoredRecord } from './schema';

export interface ImportCandidate {
  entity: Entity;
  id: string;
  value: Record<string, unknown>;
  /** What the reader changed to read it (shown with the record). */
  notes: string[];
}

export type PlanStatus = 'new' | 'changed' | 'unchanged' | 'invalid' | 'conflict';

export interface PlannedRecord {
  entity: Entity;
  id: string;
  /** The record's name, or its id when it has none, for the preview. */
  label: string;
  status: PlanStatus;
  /** Why it is invalid: every field at fault. */
  reason?: string;
  notes: string[];
  /** The valid value to write (new, changed, conflict). */
  value?: RecordValue & { id: string };
  /** Fields that differ from the device's copy (changed, conflict). */
  fields?: string[];
}

export interface ImportPlan {
  records: PlannedRecord[];
  counts: Record<PlanStatus, number>;
}

/** Arrays whose bad items are left out (with a note) rather than refusing the whole record. */
const DROPPABLE = ['phones', 'schedules', 'languages', 'addresses', 'service_areas'];

function labelOf(value: Record<string, unknown>, id: string): string {
  const name = value.name ?? value.title;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 120) : id;
}

/** Validates a candidate; items of lists that fail alone are left out with a note. */
function validate(
  candidate: ImportCandidate,
): { ok: true; value: RecordValue & { id: string }; notes: string[] } | { ok: false; error: InvalidRecord } {
  const schema = RECORD_SCHEMAS[candidate.entity];
  const first = parseRecord(candidate.entity, schema, candidate.value);
  if (first.ok) return { ok: true, value: first.value as RecordValue & { id: string }, notes: [] };
  const drop = new Map<string, Set<number>>();
  for (const p of first.error.problems) {
    const [list, index] = p.field.split('.');
    if (list && DROPPABLE.includes(list) && index !== undefined && /^\d+$/.test(index)) {
      drop.set(list, (drop.get(list) ?? new Set()).add(Number(index)));
    }
  }
  if (drop.size === 0) return { ok: false, error: first.error };
  const trimmed: Record<string, unknown> = { ...candidate.value };
  const notes: string[] = [];
  for (const [list, indexes] of drop) {
    trimmed[list] = (candidate.value[list] as unknown[]).filter((_, i) => !indexes.has(i));
    for (const i of indexes) {
      const why = first.error.problems.find(
        (p) => p.field.startsWith(`${list}.${i}.`) || p.field === `${list}.${i}`,
      );
      notes.push(`${list}.${i} left out: ${why ? `${why.field} ${why.message}` : 'invalid'}`);
    }
  }
  const second = parseRecord(candidate.entity, schema, trimmed);
  if (!second.ok) return { ok: false, error: second.error };
  return { ok: true, value: second.value as RecordValue & { id: string }, notes };
}

const withoutStamp = (value: Record<string, unknown>) => {
  const { last_modified: _stamp, ...rest } = value;
  return rest;
};

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('last_modified');
  return [...keys].filter((k) => !sameValue(a[k], b[k])).sort();
}

/** Whether the device's copy was edited after the file's (both stamps present and comparable). */
function newerHere(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  const here = Date.parse(String(stored.last_modified ?? ''));
  const there = Date.parse(String(incoming.last_modified ?? ''));
  return Number.isFinite(here) && Number.isFinite(there) && here > there;
}

function emptyCounts(): Record<PlanStatus, number> {
  return { new: 0, changed: 0, unchanged: 0, invalid: 0, conflict: 0 };
}

/** Checks, in chunks (so a page stays responsive), what importing `candidates` would do. */
export async function planImport(
  db: CircleDatabase,
  candidates: readonly ImportCandidate[],
  onProgress?: (done: number) => void,
  chunk = 1000,
): Promise<ImportPlan> {
  const records: PlannedRecord[] = [];
  for (let start = 0; start < candidates.length; start += chunk) {
    const part = candidates.slice(start, start + chunk);
    const stored = await readStored(db, part);
    for (const candidate of part) records.push(planOne(candidate, stored.get(key(candidate))));
    onProgress?.(start + part.length);
  }
  await checkReferences(db, records);
  const counts = emptyCounts();
  for (const r of records) counts[r.status]++;
  return { records, counts };
}

const key = (r: { entity: Entity; id: string }) => `${r.entity}/${r.id}`;

async function readStored(
  db: CircleDatabase,
  part: readonly ImportCandidate[],
): Promise<Map<string, StoredRecord<RecordValue>>> {
  const found = new Map<string, StoredRecord<RecordValue>>();
  const entities = [...new Set(part.map((c) => c.entity))];
  for (const entity of entities) {
    const ids = part.filter((c) => c.entity === entity).map((c) => c.id);
    const rows = (await tableOf(db, entity).bulkGet(ids)) as Array<StoredRecord<RecordValue> | undefined>;
    for (const row of rows) if (row) found.set(`${entity}/${row.id}`, row);
  }
  return found;
}

function planOne(candidate: ImportCandidate, stored: StoredRecord<RecordValue> | undefined): PlannedRecord {
  const base = {
    entity: candidate.entity,
    id: candidate.id,
    label: labelOf(candidate.value, candidate.id),
    notes: candidate.notes,
  };
  const checked = validate(candidate);
  if (!checked.ok) return { ...base, status: 'invalid', reason: checked.error.message };
  const notes = [...candidate.notes, ...checked.notes];
  const value = checked.value;
  if (!stored) return { ...base, notes, status: 'new', value };
  const mine = stored.value as Record<string, unknown>;
  if (sameValue(withoutStamp(mine), withoutStamp(value))) return { ...base, notes, status: 'unchanged' };
  const fields = differingFields(mine, value);
  return { ...base, notes, status: newerHere(mine, value) ? 'conflict' : 'changed', value, fields };
}

/**
 * A service needs its organization (in the file or on the device); a location it names that is
 * nowhere is left out with a note, so that nothing points at what does not exist.
 */
async function checkReferences(db: CircleDatabase, records: PlannedRecord[]): Promise<void> {
  const writable = (r: PlannedRecord) => r.status !== 'invalid';
  const inFile = (entity: Entity) =>
    new Set(records.filter((r) => r.entity === entity && writable(r)).map((r) => r.id));
  const services = records.filter((r) => r.entity === 'service' && r.value);
  if (services.length === 0) return;
  const organizations = inFile('organization');
  const locations = inFile('location');
  const wantedOrgs = [...new Set(services.map((s) => String(s.value?.organization_id)))].filter(
    (id) => !organizations.has(id),
  );
  for (const row of await db.organizations.bulkGet(wantedOrgs)) if (row) organizations.add(row.id);
  const wantedLocations = [
    ...new Set(services.flatMap((s) => (s.value?.location_ids as string[] | undefined) ?? [])),
  ].filter((id) => !locations.has(id));
  for (const row of await db.locations.bulkGet(wantedLocations)) if (row) locations.add(row.id);
  for (const s of services) {
    const value = s.value as RecordValue & { id: string; organization_id: string; location_ids: string[] };
    if (!organizations.has(value.organization_id)) {
      Object.assign(s, {
        status: 'invalid',
        reason: 'organization_id: its organization is neither in the file nor on this device',
        value: undefined,
        fields: undefined,
      });
      continue;
    }
    const missing = value.location_ids.filter((id) => !locations.has(id));
    if (missing.length > 0) {
      s.value = { ...value, location_ids: value.location_ids.filter((id) => locations.has(id)) };
      s.notes = [...s.notes, `${missing.length} location(s) not in the file nor on this device: left out`];
    }
  }
}
