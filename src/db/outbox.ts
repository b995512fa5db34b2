// The outbox (rules S1, S4): mutations in local order, merged while unsent, with the fields each record
// still has to send. Runs inside the caller's transaction, which must include `mutations`.
import {
  type Entity,
  type Mutation,
  mergeUnsent,
  type NewMutation,
  type RecordValue,
} from '../model/mutation';
import type { CircleDatabase } from './database';

/** The mutations of one record still in the outbox, oldest first. */
export function mutationsOf(db: CircleDatabase, entity: Entity, recordId: string): Promise<Mutation[]> {
  return db.mutations.where('[entity+recordId]').equals([entity, recordId]).sortBy('seq');
}

/**
 * Queues `next`, folded into the record's last unsent mutation where there is one (S1), and returns
 * the fields the record still has to send: everything for a record the hub has never seen, otherwise
 * the fields of its patches. A field edited back to the hub's copy (`base`) stops being pending.
 */
export async function enqueue(
  db: CircleDatabase,
  next: NewMutation,
  base: RecordValue | null,
): Promise<string[]> {
  const queued = await mutationsOf(db, next.entity, next.recordId);
  const last = queued.at(-1);
  const outcome = mergeUnsent(last, next, base);
  const remaining = queued.slice(0, -1);
  if (outcome.kind === 'append') {
    await db.mutations.add(outcome.mutation);
    if (last) remaining.push(last);
    remaining.push({ ...outcome.mutation, seq: 0 } as Mutation);
  } else if (last) {
    if (outcome.kind === 'drop') await db.mutations.delete(last.seq);
    else {
      const merged = { ...outcome.mutation, seq: last.seq } as Mutation;
      await db.mutations.put(merged);
      remaining.push(merged);
    }
  }
  return pendingFieldsOf(remaining);
}

export function pendingFieldsOf(mutations: readonly Mutation[]): string[] {
  const fields = new Set<string>();
  for (const m of mutations) {
    if (m.op === 'put') for (const f of Object.keys(m.value)) fields.add(f);
    else if (m.op === 'patch') for (const f of m.fields) fields.add(f);
  }
  fields.delete('last_modified');
  return [...fields].sort();
}
