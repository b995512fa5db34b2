import { describe, expect, it } from 'vitest';
import { type Mutation, mergeUnsent, mutationSchema, type NewMutation, sameValue } from './mutation';

const R = '0b7c6a43-8a57-4c0e-9d1b-2f1e3c4d5e6f';
const head = {
  entity: 'service' as const,
  recordId: R,
  status: 'pending' as const,
  attempts: 0,
  createdAt: '2026-11-20T10:00:00.000Z',
};
const id = (n: number) => `01900000-0000-7000-8000-00000000000${n}`;
const put = (value: Record<string, unknown>, n = 1): Mutation => ({
  ...head,
  seq: n,
  id: id(n),
  op: 'put',
  baseVersion: null,
  value,
});
const patch = (value: Record<string, unknown>, n = 1, more: Partial<Mutation> = {}): Mutation =>
  ({
    ...head,
    seq: n,
    id: id(n),
    op: 'patch',
    baseVersion: 3,
    fields: Object.keys(value).sort(),
    value,
    ...more,
  }) as Mutation;
const fresh = (m: Mutation): NewMutation => {
  const { seq: _seq, ...rest } = m;
  return rest as NewMutation;
};
const del = (n = 2, baseVersion: number | null = 3): NewMutation => ({
  ...head,
  id: id(n),
  op: 'delete',
  baseVersion,
  base: { name: 'hub copy' },
});

describe('[S1] merging unsent changes to one record', () => {
  const base = { name: 'Hub name', alert: null, description: 'Hub text' };
  it.each([
    ['nothing queued: append', undefined, fresh(patch({ alert: 'A' }, 2)), 'append', null],
    [
      'patch then patch: one patch, fields united, first identity kept',
      patch({ alert: 'A' }),
      fresh(patch({ name: 'B' }, 2)),
      'replace',
      { id: id(1), fields: ['alert', 'name'], value: { alert: 'A', name: 'B' } },
    ],
    [
      'a field edited back to the hub copy leaves the patch',
      patch({ alert: 'A', name: 'B' }),
      fresh(patch({ name: 'Hub name' }, 2)),
      'replace',
      { fields: ['alert'], value: { alert: 'A' } },
    ],
    [
      'every field back to the hub copy: nothing to send',
      patch({ alert: 'A' }),
      fresh(patch({ alert: null }, 2)),
      'drop',
      null,
    ],
    [
      'put then patch: still one put with the new values',
      put({ id: R, name: 'New' }),
      fresh(patch({ name: 'Newer' }, 2)),
      'replace',
      { op: 'put', value: { id: R, name: 'Newer' } },
    ],
    ['put never sent, then deleted: nothing to send', put({ id: R }), del(2, null), 'drop', null],
    [
      'patch then delete: a tombstone in the patch’s place',
      patch({ alert: 'A' }),
      del(),
      'replace',
      { op: 'delete', id: id(1), base: { name: 'hub copy' } },
    ],
    [
      'a sent mutation is never merged into',
      patch({ alert: 'A' }, 1, { status: 'sent' }),
      fresh(patch({ alert: 'B' }, 2)),
      'append',
      null,
    ],
    [
      'a conflict is never merged into',
      patch({ alert: 'A' }, 1, { status: 'conflict' }),
      fresh(patch({ alert: 'B' }, 2)),
      'append',
      null,
    ],
    [
      'after a delete, a new write appends',
      { ...del(1), seq: 1 } as Mutation,
      fresh(put({ id: R }, 2)),
      'append',
      null,
    ],
  ] as const)('%s', (_name, previous, next, kind, expected) => {
    const outcome = mergeUnsent(previous as Mutation | undefined, next as NewMutation, base);
    expect(outcome.kind).toBe(kind);
    if (expected && outcome.kind !== 'drop') expect(outcome.mutation).toMatchObject(expected);
  });
});

describe('[S1] the mutation schema ties fields and value to the op', () => {
  it.each([
    ['a put with a value', put({ id: R }), true],
    ['a patch whose value holds exactly its fields', patch({ alert: 'A' }), true],
    [
      'a patch with a value for a field it does not name',
      { ...patch({ alert: 'A' }), fields: ['name'] },
      false,
    ],
    ['a patch with no fields', { ...patch({}), fields: [] }, false],
    ['a put without a value', { ...put({}), value: undefined }, false],
    ['a delete carrying fields', { ...del(), seq: 2, fields: ['name'] }, false],
    ['a delete with its base copy', { ...del(), seq: 2 }, true],
    ['an unknown status', { ...put({ id: R }), status: 'lost' }, false],
    ['a negative attempt count', { ...put({ id: R }), attempts: -1 }, false],
  ])('%s', (_name, mutation, valid) => {
    expect(mutationSchema.safeParse(mutation).success).toBe(valid);
  });
});

describe('sameValue', () => {
  it.each([
    [{ status: 'full', set_at: null }, { set_at: null, status: 'full' }, true],
    [[{ a: 1, b: 2 }], [{ b: 2, a: 1 }], true],
    [[1, 2], [2, 1], false],
    [undefined, null, true],
    ['', null, false],
    [{ a: { c: 1, d: [1, { f: 1, e: 2 }] } }, { a: { d: [1, { e: 2, f: 1 }], c: 1 } }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
