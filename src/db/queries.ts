// Reads for screens: live queries that read one page, never a whole table. Each returns an
// observable that re-emits when the data it read changes (in this tab or another).
import { liveQuery } from 'dexie';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import type { Service } from '../model/service';
import type { Action, Answer, Assessment } from '../model/workbook';
import type { CircleDatabase } from './database';
import { SAMPLE_META_KEY, type SampleMarker } from './sample';

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
    const orgs = await db.organizations.bulkGet([...new Set(rows.map((r) => r.value.organization_id))]);
    const byId = new Map(orgs.filter((o) => o !== undefined).map((o) => [o.id, o.value]));
    return {
      items: rows.map((r) => ({
        service: r.value,
        organization: byId.get(r.value.organization_id),
        sample: r.sample === 1,
      })),
      total,
    };
  });
}

/** Mutations waiting to be pushed. */
export function observeOutboxSize(db: CircleDatabase): Subscribable<number> {
  return liveQuery(() => db.mutations.count());
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

/**
 * The whole directory, for the search index and the filters, which run in memory. Emits again when
 * any record changes, so the index follows edits and (later) sync.
 */
export function observeDirectory(db: CircleDatabase): Subscribable<DirectorySnapshot> {
  return liveQuery(async () => {
    const [services, organizations, locations] = await Promise.all([
      db.services.toArray(),
      db.organizations.toArray(),
      db.locations.toArray(),
    ]);
    return {
      services: services.map((r) => r.value),
      organizations: organizations.map((r) => r.value),
      locations: locations.map((r) => r.value),
    };
  });
}

/** Every assessment on the device, newest first (a handful per agency: not a page question). */
export function observeAssessments(db: CircleDatabase): Subscribable<Assessment[]> {
  return liveQuery(async () =>
    (await db.assessments.toArray())
      .map((r) => r.value)
      .sort((a, b) => b.assessed_on.localeCompare(a.assessed_on)),
  );
}

export interface AssessmentRecords {
  assessment: Assessment | null;
  answers: Answer[];
  actions: Action[];
}

/** One assessment with its answers and actions, live. */
export function observeAssessment(db: CircleDatabase, id: string): Subscribable<AssessmentRecords> {
  return liveQuery(async () => {
    const [assessment, answers, actions] = await Promise.all([
      db.assessments.get(id),
      db.answers.where('value.assessment_id').equals(id).toArray(),
      db.actions.where('value.assessment_id').equals(id).toArray(),
    ]);
    return {
      assessment: assessment?.value ?? null,
      answers: answers.map((r) => r.value),
      actions: actions.map((r) => r.value),
    };
  });
}
