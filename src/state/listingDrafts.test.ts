import { describe, expect, it } from 'vitest';
import { type FakeHub, fakeHub, GOOD_CODE, HUB_ORIGIN } from '../../tests/fixtures/fakeHub';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';
import { FIXED_NOW, uniqueDbName } from '../../tests/fixtures/records';
import { type AppStore, createAppStore } from './appStore';
import { createJournal, JOURNAL_PREFIX } from './journal';
import {
  applyDraftPatch,
  createListingDrafts,
  draftPatch,
  listingDraftKey,
  parseListingDraftKey,
} from './listingDrafts';

const entries = (storage: { map: Map<string, string> }) =>
  [...storage.map].filter(([k]) => k.startsWith(JOURNAL_PREFIX)).map(([, v]) => JSON.parse(v));

const SERVICE = '0b6f7a52-6d0e-4d57-9a3c-1f2e3d4c5b6a';
const target = { entity: 'service' as const, id: SERVICE, isNew: false };

describe('a listing draft is the patch of the fields the form changed', () => {
  const record = {
    id: SERVICE,
    name: 'Drop-in',
    description: 'Old text',
    latitude: 48.4,
    conditions: { cost: 'unknown', id_required: 'no' },
    phones: [{ number: '705-555-0101' }],
    last_modified: '2026-01-01T00:00:00Z',
  };

  it.each<[string, object, Record<string, unknown>]>([
    ['nothing changed', record, {}],
    ['a text', { ...record, name: 'Drop-in centre' }, { name: 'Drop-in centre' }],
    [
      'one access condition, by its path',
      { ...record, conditions: { ...record.conditions, cost: 'free' } },
      { 'conditions.cost': 'free' },
    ],
    [
      'a list, whole',
      { ...record, phones: [{ number: '705-555-0199' }] },
      { phones: [{ number: '705-555-0199' }] },
    ],
    ['an emptied number', { ...record, latitude: undefined }, { latitude: { $absent: true } }],
    ['never the id or the time', { ...record, id: 'other', last_modified: 'x' }, {}],
  ])('%s', (_, draft, patch) => {
    expect(draftPatch(record, draft)).toEqual(patch);
    // Through JSON (the journal) and back over the same record, the draft comes back.
    const back = applyDraftPatch(record, JSON.parse(JSON.stringify(draftPatch(record, draft))));
    expect(back).toEqual({ ...draft, id: record.id, last_modified: record.last_modified });
  });

  it('over a record changed meanwhile, the typed fields win and the others take the new values', () => {
    const patch = draftPatch(record, {
      ...record,
      name: 'Typed name',
      conditions: { ...record.conditions, cost: 'free' },
    });
    const changedSince = {
      ...record,
      name: 'Synced name',
      description: 'Synced text',
      conditions: { cost: 'unknown', id_required: 'yes' },
    };
    expect(applyDraftPatch(changedSince, patch)).toEqual({
      ...changedSince,
      name: 'Typed name',
      conditions: { cost: 'free', id_required: 'yes' },
    });
  });

  it('a journaled value that cannot stand in its field is left out (the screen never breaks)', () => {
    const patch = { name: ['not', 'a', 'text'], phones: 'not a list', description: 'Kept', id: 'x' };
    expect(applyDraftPatch(record, patch)).toEqual({ ...record, description: 'Kept' });
  });

  it.each([
    [{ entity: 'service', id: SERVICE, isNew: false }, `listing:service:${SERVICE}`],
    [{ entity: 'location', id: SERVICE, isNew: true }, `listing:new:location:${SERVICE}`],
  ] as const)('keys %j as %s, and reads it back', (t, key) => {
    expect(listingDraftKey(t)).toBe(key);
    expect(parseListingDraftKey(key)).toEqual(t);
  });

  it.each(['assessment/approaches.relational', 'action:x', 'listing:shelter:x', 'listing:service:'])(
    'is not a listing draft: %s',
    (key) => expect(parseListingDraftKey(key)).toBeNull(),
  );
});

describe('listing drafts in the crash journal', () => {
  it('are written synchronously beside the workbook’s drafts, in the same entry', () => {
    const storage = memoryStorage();
    const journal = createJournal(storage, { tabId: 'a' });
    const drafts = createListingDrafts({ journal });
    journal.write({ 'assessment/approaches.relational': { evidence: 'Workbook text' } });
    drafts.put(target, { name: 'Typed' });
    expect(entries(storage)).toEqual([
      {
        'assessment/approaches.relational': { evidence: 'Workbook text' },
        [`listing:service:${SERVICE}`]: { name: 'Typed' },
      },
    ]);
    // The workbook saving its drafts leaves the listing's in place.
    journal.write({});
    expect(entries(storage)).toEqual([{ [`listing:service:${SERVICE}`]: { name: 'Typed' } }]);
    drafts.remove(target);
    expect(storage.map.size).toBe(0);
  });

  it('an empty patch (typed, then put back as it was) removes the draft', () => {
    const storage = memoryStorage();
    const drafts = createListingDrafts({ journal: createJournal(storage, { tabId: 'a' }) });
    drafts.put(target, { name: 'Typed' });
    drafts.put(target, {});
    expect(drafts.get(target)).toBeUndefined();
    expect(storage.map.size).toBe(0);
  });

  it('after a reload, the next tab takes a gone tab’s drafts into its own entry before it is removed', async () => {
    const storage = memoryStorage();
    const before = createListingDrafts({ journal: createJournal(storage, { tabId: 'gone' }) });
    before.put(target, { name: 'Typed before the reload' });

    const journal = createJournal(storage, { tabId: 'next' });
    const after = createListingDrafts({ journal });
    await after.start();
    expect(after.get(target)).toEqual({ name: 'Typed before the reload' });
    // What the workbook does next at start: replays, then removes the gone tab's entry.
    for (const entry of await journal.orphans()) journal.discard(entry);
    expect([...storage.map.keys()]).toEqual([`${JOURNAL_PREFIX}next`]);
    expect(after.list().map((d) => [d.entity, d.id, d.isNew, d.patch])).toEqual([
      ['service', SERVICE, false, { name: 'Typed before the reload' }],
    ]);
  });
});

describe('drafts go with the records they were typed for', () => {
  async function withDraft(extra: { hub?: FakeHub } = {}) {
    const journalStorage = memoryStorage();
    const settings = memoryStorage();
    const store = createAppStore({
      dbName: uniqueDbName(),
      initialLocale: 'en',
      journalStorage,
      platform: { storage: settings },
      now: () => FIXED_NOW,
      ...(extra.hub ? { origin: HUB_ORIGIN, hubFetch: extra.hub.fetch } : {}),
    });
    await store.start(() => FIXED_NOW);
    // Another tab's entry too (closed after this one started, say).
    journalStorage.setItem(
      `${JOURNAL_PREFIX}other`,
      JSON.stringify({ [`listing:new:service:${SERVICE}`]: {} }),
    );
    store.listingDrafts.put(target, { name: 'Typed' });
    expect(entries(journalStorage)).toHaveLength(2);
    return { store, journalStorage };
  }

  const stop = (store: AppStore) => {
    store.network.stop();
    store.directory.stop();
    store.workbook.stop();
    store.db.close();
  };

  it('wiping the device removes every listing draft, in memory and in the journal', async () => {
    const { store, journalStorage } = await withDraft();
    await store.wipe();
    expect(store.listingDrafts.list()).toEqual([]);
    expect(journalStorage.map.size).toBe(0);
  });

  it('leaving the network removes every listing draft, in memory and in the journal', async () => {
    const hub = fakeHub('editor');
    const { store, journalStorage } = await withDraft({ hub });
    expect(await store.network.join(HUB_ORIGIN, GOOD_CODE)).toBe(true);
    store.listingDrafts.put(target, { name: 'Typed in the network' });
    await store.network.leave();
    expect(store.listingDrafts.list()).toEqual([]);
    expect(journalStorage.map.size).toBe(0);
    stop(store);
  });
});
