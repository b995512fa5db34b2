import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPullResponseSchema, fromCompactPage, type PullResponse, toCompactPage } from './index';

const ORG = '0b9c1f9e-2a55-4d1c-9e0f-3f6f5c1b2a10';
const SERVICE = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const AGENCY = '9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d';
const GONE = '3e1a2b4c-5d6e-4f70-8192-a3b4c5d6e7f8';

/** The page as it travels: JSON both ways, as the hub writes it and a device parses it. */
const overTheWire = (page: PullResponse, latest = 99) =>
  compactPullResponseSchema.parse(JSON.parse(JSON.stringify(toCompactPage(page, latest))));

const withoutSeq = (page: PullResponse) => page.records.map(({ seq: _, ...rest }) => rest);

const page: PullResponse = {
  records: [
    {
      seq: 3,
      entity: 'organization',
      id: ORG,
      version: 1,
      value: { id: ORG, name: 'North Agency' },
      owner: null,
    },
    {
      seq: 7,
      entity: 'service',
      id: SERVICE,
      version: 4,
      value: {
        id: SERVICE,
        organization_id: ORG,
        name: '~ a name that starts with the mark',
        alert: '~',
        note: '~~',
        upper: SERVICE.toUpperCase(),
        almost: `${SERVICE}x`,
        phones: [{ id: GONE, number: '705-555-0100' }],
        nested: { deeper: [[ORG, 1, null, true]] },
      },
      owner: AGENCY,
    },
    // A tombstone keeps its id; a value whose id is another keeps both.
    { seq: 9, entity: 'location', id: GONE, version: 2, value: null, owner: null },
    { seq: 10, entity: 'service', id: AGENCY, version: 1, value: { id: ORG } },
  ],
  cursor: 10,
  more: true,
  reset: false,
};

describe('the compact pull page', () => {
  it('reads back as the same records, without their seq, with the hub’s latest sequence', () => {
    const read = fromCompactPage(overTheWire(page, 42));
    expect(read).toEqual({ records: withoutSeq(page), cursor: 10, more: true, reset: false, latest: 42 });
  });

  it('writes each UUID as ~ with its bytes in the column, and drops ids the value repeats', () => {
    const compact = toCompactPage(page, 99);
    expect(compact.records[0]).toEqual({
      e: 'organization',
      v: 1,
      r: { id: '~', name: 'North Agency' },
      o: null,
    });
    expect(compact.records[2]).toEqual({ e: 'location', v: 2, r: null, i: '~', o: null });
    expect(compact.records[3]?.i).toBe('~');
    const service = compact.records[1]?.r as Record<string, unknown>;
    expect(service.name).toBe('~~ a name that starts with the mark');
    expect(service.alert).toBe('~~');
    expect(service.upper).toBe(SERVICE.toUpperCase());
    // The organization 1, the service 5 (its id, organization, phone, nested, owner), tombstone 1, last 2.
    expect(compact.ids).toHaveLength(22 * 9);
    expect(JSON.stringify(compact)).not.toContain(ORG);
  });

  it('round-trips any JSON values, whatever strings they hold', () => {
    const uuid = fc.uuid().map((u) => u.toLowerCase());
    const text = fc.oneof(uuid, fc.string(), fc.constantFrom('~', '~~', '~x', `~${'A'.repeat(22)}`));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.string(), uuid), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(uuid, fc.dictionary(fc.string(), json, { maxKeys: 6 })), { maxLength: 5 }),
        (rows) => {
          const records = rows.map(([id, value], i) => ({
            seq: i + 1,
            entity: 'service' as const,
            id,
            version: 1,
            value,
          }));
          const original: PullResponse = { records, cursor: records.length, more: false, reset: false };
          const expected = structuredClone(withoutSeq(original));
          expect(fromCompactPage(overTheWire(original))?.records).toEqual(expected);
        },
      ),
    );
  });

  it.each([
    ['a column short of a UUID', (ids: string) => ids.slice(0, -22)],
    ['a column with a UUID too many', (ids: string) => `${ids}${'A'.repeat(22)}`],
    ['a column cut inside a UUID', (ids: string) => ids.slice(0, -5)],
  ])('is refused when it has %s (nothing of it is applied)', (_what, corrupt) => {
    const compact = overTheWire(page);
    expect(fromCompactPage({ ...compact, ids: corrupt(compact.ids) })).toBeNull();
  });

  it('is refused when a string starts with the mark but is neither form, or an id is not a UUID', () => {
    const compact = overTheWire(page);
    const badMark = structuredClone(compact);
    (badMark.records[0]?.r as Record<string, unknown>).name = '~x';
    expect(fromCompactPage(badMark)).toBeNull();
    const badId = structuredClone(compact);
    if (badId.records[2]) badId.records[2].i = 'not a uuid';
    expect(fromCompactPage(badId)).toBeNull();
    expect(compactPullResponseSchema.safeParse({ ...compact, ids: `${compact.ids}!` }).success).toBe(false);
  });

  it('carries a page of UUID-rich records in fewer bytes than the plain form', () => {
    const records = Array.from({ length: 50 }, (_, i) => {
      const id = crypto.randomUUID();
      const value = {
        id,
        organization_id: ORG,
        name: `Service ${i}`,
        phones: [{ id: crypto.randomUUID(), number: '705-555-0100' }],
        languages: [{ id: crypto.randomUUID(), code: 'en' }],
      };
      return { seq: i + 1, entity: 'service' as const, id, version: 1, value, owner: null };
    });
    const plain: PullResponse = { records, cursor: records.length, more: false, reset: false };
    const compact = JSON.stringify(toCompactPage(plain, records.length)).length;
    expect(compact).toBeLessThan(JSON.stringify(plain).length * 0.8);
    expect(fromCompactPage(overTheWire(plain))?.records).toEqual(withoutSeq(plain));
  });
});
