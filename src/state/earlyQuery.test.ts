import { effect } from '@preact/signals';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, generatedDirectory, uniqueDbName } from '../../tests/fixtures/records';
import { type CircleDatabase, loadSampleDirectory, openDatabase, readServicesWithRelations } from '../db';
import { NO_FILTERS } from '../model/filters';
import { createSearchIndex } from '../search/SearchIndex';
import type { RankedHit } from './directoryQuery';
import { createDirectoryStore, type DirectoryStore } from './directoryStore';
import { queryEarly } from './earlyQuery';
import { searchIndexFormat } from './searchDocuments';

const stores: DirectoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.stop();
});

function storeOn(db: CircleDatabase) {
  const s = createDirectoryStore({
    db,
    now: () => FIXED_NOW,
    index: createSearchIndex(),
    indexSaveDelayMs: 10,
  });
  stores.push(s);
  return s;
}

/** A generated directory on the device, started once so that its index is saved with the order beside it. */
async function savedDirectory(services: number, problems: string[] = []) {
  const db = openDatabase(uniqueDbName(), {
    onUnreadable: (p) => problems.push(`${p.entity} ${p.id}: ${p.reason}`),
  });
  await loadSampleDirectory({ db }, generatedDirectory(services), 1);
  const whole = storeOn(db);
  await whole.start();
  for (let i = 0; i < 1000 && typeof (await db.searchIndex.get('directory'))?.order !== 'string'; i++)
    await new Promise((r) => setTimeout(r, 20));
  return { db, whole };
}

const shown = (hits: RankedHit[]) => hits.map((h) => `${h.id} ${h.open} ${h.reach?.reachable ?? '-'}`);

/** Building and saving a generated directory's index takes seconds on a busy machine. */
const SLOW = 60_000;

describe('a text query before the whole directory is read', () => {
  let saved: Awaited<ReturnType<typeof savedDirectory>>;
  beforeAll(async () => {
    saved = await savedDirectory(1000);
  }, SLOW);

  it.each([
    ['shelter', null, 20],
    ['shelter', 'attawapiskat', 20],
    ['legal clinic', null, 40],
    ['housing', 'timmins', 20],
    ['women', 'moosonee', 60],
    ['couns', null, 20],
    ['sheltre', 'kapuskasing', 20],
    ['xyzzy', null, 20],
  ])(
    '"%s" from %s: the same count and the same first %i as once everything is read',
    async (text, community, want) => {
      const { db, whole } = saved;
      await whole.chooseCommunity(community);
      whole.setQuery(text);
      await whole.settled();
      const full = whole.results.value!;

      const index = createSearchIndex();
      const opened = await index.openSaved(db.name, searchIndexFormat());
      expect(opened?.loaded?.ordered).toBe(true);
      const early = await queryEarly(
        index,
        { read: (ids) => readServicesWithRelations(db, ids) },
        { text, filters: NO_FILTERS, place: whole.place.value, at: FIXED_NOW },
        want,
      );
      expect(early?.results.length).toBe(full.length);
      expect(shown(early!.results.top(want))).toEqual(shown(full.top(want)));
      // Only what the page shows (with a place: the score groups it reaches) was read.
      if (!community) expect(early!.data.services.length).toBe(Math.min(want, full.length));
    },
  );

  it('is not answered early without text, or with a filter chosen: those wait for every record', async () => {
    const { db } = saved;
    const index = createSearchIndex();
    await index.openSaved(db.name, searchIndexFormat());
    const early = { read: (ids: readonly string[]) => readServicesWithRelations(db, ids) };
    const at = FIXED_NOW;
    expect(await queryEarly(index, early, { text: '', filters: NO_FILTERS, place: null, at }, 20)).toBeNull();
    expect(
      await queryEarly(index, early, { text: 'the', filters: NO_FILTERS, place: null, at }, 20),
    ).toBeNull();
    const noId = { ...NO_FILTERS, without: ['id_required' as const] };
    expect(
      await queryEarly(index, early, { text: 'shelter', filters: noId, place: null, at }, 20),
    ).toBeNull();
    const open = { ...NO_FILTERS, openNow: true };
    expect(
      await queryEarly(index, early, { text: 'shelter', filters: open, place: null, at }, 20),
    ).toBeNull();
  });

  it(
    'shows a first page before the whole directory is read, the same page as after',
    async () => {
      const { db, whole } = await savedDirectory(2000);
      whole.setQuery('shelter');
      await whole.settled();
      const after = shown(whole.results.value!.top(20));
      whole.stop();

      const s = storeOn(db);
      s.setQuery('shelter');
      let first: { page: string[]; length: number; whole: boolean } | null = null;
      const dispose = effect(() => {
        const results = s.results.value;
        if (results && !first)
          first = { page: shown(results.top(20)), length: results.length, whole: s.snapshot.peek() !== null };
      });
      await s.start();
      await s.settled();
      dispose();
      expect(first).toEqual({ page: after, length: whole.results.value!.length, whole: false });
      expect(shown(s.results.value!.top(20))).toEqual(after);
    },
    SLOW,
  );

  it(
    'sets aside a record corrupted in the database since the index was saved, and shows the rest',
    async () => {
      const problems: string[] = [];
      const { db, whole } = await savedDirectory(2000, problems);
      whole.setQuery('shelter');
      await whole.settled();
      const before = whole.results.value!;
      const broken = before.top(1)[0]!.id;
      whole.stop();
      // A hand edit, an old bug: written around the commands, so the change feed never heard of it.
      const row = (await db.services.get(broken))!;
      await db.services.put({ ...row, value: { ...row.value, schedules: 'Mon–Fri' } as never });

      const s = storeOn(db);
      s.setQuery('shelter');
      let early: string[] | null = null;
      const dispose = effect(() => {
        const results = s.results.value;
        if (results && !early && !s.snapshot.peek()) early = results.top(20).map((h) => h.id);
      });
      await s.start();
      await s.settled();
      dispose();
      expect(early).not.toBeNull();
      expect(early).not.toContain(broken);
      expect(early).toEqual(
        before
          .top(21)
          .map((h) => h.id)
          .filter((id) => id !== broken),
      );
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^service ${broken}: .*schedules`)));
      // Once everything is read it is left out of the count too, and the rest still searches.
      expect(s.results.value!.length).toBe(before.length - 1);
      expect(s.results.value!.top(20).map((h) => h.id)).not.toContain(broken);
    },
    SLOW,
  );
});
