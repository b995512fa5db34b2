// The change feed: every write to a directory record appends a row, in the same transaction, so the
// search index (in this tab and others) applies what changed instead of re-reading whole tables. Old
// rows are pruned; a reader whose cursor is older than what was pruned re-reads everything.
import { DIRECTORY_ENTITIES, type DirectoryEntity, type Entity } from '../model/mutation';
import type { CircleDatabase } from './database';
import type { ChangeEntry } from './schema';

/** Rows kept; pruning runs every PRUNE_EVERY rows. */
export const CHANGES_KEPT = 2_000;
const PRUNE_EVERY = 500;
export const PRUNED_META_KEY = 'changes.pruned';

export function isDirectoryEntity(entity: Entity): entity is DirectoryEntity {
  return (DIRECTORY_ENTITIES as readonly string[]).includes(entity);
}

/** Records a change; runs inside the caller's transaction, which must include `changes` and `meta`. */
export async function recordChange(
  db: CircleDatabase,
  change: { kind: 'record'; entity: Entity; id: string } | { kind: 'reset' },
): Promise<void> {
  if (change.kind === 'record' && !isDirectoryEntity(change.entity)) return;
  const seq = await db.changes.add(change as ChangeEntry);
  if (seq % PRUNE_EVERY === 0 && seq > CHANGES_KEPT) {
    const below = seq - CHANGES_KEPT;
    await db.changes.where('seq').below(below).delete();
    await db.meta.put({ key: PRUNED_META_KEY, value: below - 1 });
  }
}

/** Records many changes at once (a pulled page): one bulk write, pruned as `recordChange` does. */
export async function recordChanges(
  db: CircleDatabase,
  changes: ReadonlyArray<{ entity: Entity; id: string }>,
): Promise<void> {
  const rows = changes
    .filter((c) => isDirectoryEntity(c.entity))
    .map((c): ChangeEntry => ({ kind: 'record', entity: c.entity, id: c.id }));
  if (rows.length === 0) return;
  const last = (await db.changes.bulkAdd(rows)) as number;
  const first = last - rows.length + 1;
  // A prune point (a multiple of PRUNE_EVERY) inside this run prunes as one row at a time would have.
  const point = Math.floor(last / PRUNE_EVERY) * PRUNE_EVERY;
  if (point >= first && point > CHANGES_KEPT) {
    const below = point - CHANGES_KEPT;
    await db.changes.where('seq').below(below).delete();
    await db.meta.put({ key: PRUNED_META_KEY, value: below - 1 });
  }
}

/** The highest change applied so far, for a reader starting from a full read (0 when none). */
export async function latestChange(db: CircleDatabase): Promise<number> {
  return ((await db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

/** The highest pruned change: a reader whose cursor is below it has missed changes. */
export async function prunedThrough(db: CircleDatabase): Promise<number> {
  const value = (await db.meta.get(PRUNED_META_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}
