// Validation at the read edge: every record read from IndexedDB passes its zod schema before a screen
// sees it. A record that does not (an old bug, a hand edit, a half-migrated row) is set aside with its
// reason and reported, never passed on to crash a screen.
import type { Entity } from '../model/mutation';
import { RECORD_SCHEMAS, type RecordOf } from '../model/records';
import { parseRecord } from '../model/validation';
import type { CircleDatabase } from './database';

export interface Unreadable {
  entity: Entity;
  id: string;
  /** Names each field at fault (for a person or a log reader; not translated). */
  reason: string;
}

/** The values of `rows` that read as valid records; the others are reported to the database's sink. */
export function validValues<E extends Entity>(
  db: CircleDatabase,
  entity: E,
  rows: ReadonlyArray<{ id?: unknown; value?: unknown } | undefined>,
): RecordOf[E][] {
  const out: RecordOf[E][] = [];
  for (const row of rows) {
    if (!row) continue;
    const parsed = parseRecord(entity, RECORD_SCHEMAS[entity], row.value);
    if (parsed.ok) out.push(parsed.value as RecordOf[E]);
    else db.setAside({ entity, id: String(row.id ?? '?'), reason: parsed.error.message });
  }
  return out;
}
