// An import from start to finish, in two steps with a person between them: read the files and plan
// (nothing written), then write what the plan says, with the conflicts the person chose to take. The
// same code runs in a worker in the page (so a 20,000-service file never blocks typing) and directly
// in tests.
import { COMMUNITIES } from '../data/reference';
import { type CircleDatabase, type CommandError, type ImportPlan, importRecords } from '../db';
import { planImport } from '../db/importPlan';
import {
  type ImportFileError,
  type ImportFormat,
  type ImportSource,
  readImportFiles,
} from '../interop/importFile';
import { err, ok, type Result } from '../model/result';
import { planKey } from './transferMessages';

export type ImportPhase = 'reading' | 'checking' | 'writing';
export type Progress = (phase: ImportPhase, done: number, total: number) => void;

export interface Planned {
  format: ImportFormat;
  plan: ImportPlan;
  /** Objects read that hold nothing for the directory (taxonomies, metadata). */
  skipped: number;
}

const REGION = COMMUNITIES.map((c) => ({ id: c.id, name: c.name, lat: c.lat, lng: c.lng }));

export async function readAndPlan(
  db: CircleDatabase,
  sources: readonly ImportSource[],
  progress: Progress,
  now: Date = new Date(),
): Promise<Result<Planned, ImportFileError>> {
  progress('reading', 0, 1);
  const read = await readImportFiles(sources, { communities: REGION, now: now.toISOString() });
  if (!read.ok) return read;
  const total = read.value.candidates.length;
  progress('checking', 0, total);
  const plan = await planImport(db, read.value.candidates, (done) => progress('checking', done, total));
  return ok({ format: read.value.format, plan, skipped: read.value.skipped });
}

export { planKey } from './transferMessages';

/**
 * Writes the plan: new and changed records, and the conflicts in `take` (the others keep the
 * device's copy). Organizations first, then locations, then services, so nothing points at nothing.
 */
export async function applyPlan(
  db: CircleDatabase,
  plan: ImportPlan,
  take: ReadonlySet<string>,
  progress: Progress,
  now?: () => Date,
): Promise<Result<{ written: number }, CommandError>> {
  const order = ['organization', 'location', 'service', 'assessment', 'answer', 'action', 'summary'];
  const chosen = plan.records
    .filter(
      (r) =>
        r.value &&
        (r.status === 'new' || r.status === 'changed' || (r.status === 'conflict' && take.has(planKey(r)))),
    )
    .sort((a, b) => order.indexOf(a.entity) - order.indexOf(b.entity));
  const total = chosen.length;
  progress('writing', 0, total);
  if (total === 0) return ok({ written: 0 });
  const records = chosen.map((r) => ({
    entity: r.entity,
    value: r.value as Record<string, unknown> & { id: string },
  }));
  const written = await importRecords({ db, now }, records, (done) => progress('writing', done, total));
  return written.ok ? written : err(written.error);
}
