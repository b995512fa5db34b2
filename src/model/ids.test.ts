import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { newRecordId, uuidFromRandom, uuidv7, uuidv7Time } from './ids';

const uuid = z.uuid();

describe('uuidv7', () => {
  it('is a valid RFC 9562 version 7 UUID carrying its millisecond', () => {
    const ms = Date.UTC(2026, 10, 28, 12, 0, 0);
    const id = uuidv7(ms);
    expect(uuid.safeParse(id).success).toBe(true);
    expect(id.charAt(14)).toBe('7');
    expect('89ab').toContain(id.charAt(19));
    expect(uuidv7Time(id)).toBe(ms);
  });

  it('sorts in creation order, also within one millisecond and when the clock steps back', () => {
    const ids = [
      ...Array.from({ length: 500 }, () => uuidv7(1_800_000_000_000)),
      uuidv7(1_799_999_999_000),
      uuidv7(1_800_000_000_001),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('record ids', () => {
  it('are UUIDs; seeded ones repeat for the same seed', () => {
    expect(uuid.safeParse(newRecordId()).success).toBe(true);
    const seq = (seed: number) => {
      let s = seed;
      return () => {
        s = (s * 9301 + 49297) % 233280;
        return s / 233280;
      };
    };
    const a = uuidFromRandom(seq(1));
    expect(uuid.safeParse(a).success).toBe(true);
    expect(a.charAt(14)).toBe('4');
    expect(uuidFromRandom(seq(1))).toBe(a);
    expect(uuidFromRandom(seq(2))).not.toBe(a);
  });
});
