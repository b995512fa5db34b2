import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { CHANGES_KEPT, latestChange, prunedThrough, recordChange, recordChanges } from './changes';
import { openDatabase } from './database';

const change = (i: number) => ({
  entity: 'service' as const,
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
});

describe('the change feed', () => {
  it('prunes bulk runs at the same points as one row at a time', async () => {
    const one = openDatabase(uniqueDbName());
    const bulk = openDatabase(uniqueDbName());
    const total = CHANGES_KEPT + 1_700;
    await one.transaction('rw', one.changes, one.meta, async () => {
      for (let i = 1; i <= total; i++) await recordChange(one, { kind: 'record', ...change(i) });
    });
    await bulk.transaction('rw', bulk.changes, bulk.meta, async () => {
      for (let i = 1; i <= total; i += 700)
        await recordChanges(
          bulk,
          Array.from({ length: Math.min(700, total - i + 1) }, (_, k) => change(i + k)),
        );
    });
    for (const db of [one, bulk]) {
      expect(await latestChange(db)).toBe(total);
      expect(await prunedThrough(db)).toBe(1_499);
      expect(await db.changes.count()).toBe(total - 1_499);
    }
    // Workbook records never enter the feed.
    await bulk.transaction('rw', bulk.changes, bulk.meta, () =>
      recordChanges(bulk, [{ entity: 'answer', id: change(1).id }]),
    );
    expect(await latestChange(bulk)).toBe(total);
    one.close();
    bulk.close();
  });
});
