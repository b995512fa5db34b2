import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../tests/fixtures/records';
import { bestFirst } from '../../tests/fixtures/searchHits';
import { openDatabase, writeSavedSearchIndex } from '../db';
import { createSearchIndex, NOT_IN_ORDER, type SearchDocument, type SearchHits } from './SearchIndex';
import { createSearchHandler, type SearchReply } from './searchHandler';
import { createWorkerSearchIndex, type SearchPort } from './workerSearchIndex';

const doc = (id: string, name: string, description = ''): SearchDocument => ({
  id,
  name,
  name_fr: '',
  organization: '',
  description,
  description_fr: '',
  extra: '',
});
const DOCS = [
  doc('shelter', 'Safer emergency shelter', 'Beds for women leaving violence.'),
  doc('legal', 'Community legal clinic', 'Advice on family law and housing.'),
  doc('outreach', 'Peer outreach van', 'Harm reduction supplies, shelter referrals.'),
];

/** The worker's handler in this thread, replies arriving a task later as a worker's would. */
function inThreadPort(): SearchPort & { sent: string[]; replies: SearchReply[] } {
  let listener: Parameters<SearchPort['onReply']>[0] = () => {};
  const replies: SearchReply[] = [];
  const handle = createSearchHandler((reply) => {
    replies.push(reply);
    setTimeout(() => listener(reply), 0);
  });
  const sent: string[] = [];
  return {
    sent,
    replies,
    send: (request) => {
      sent.push(request.op);
      // A worker receives a copy, never the page's objects.
      setTimeout(() => handle(structuredClone(request)), 0);
    },
    onReply: (l) => {
      listener = l;
    },
  };
}

describe('the search index in a worker', () => {
  it('finds what the in-page index finds, in the same order', async () => {
    const port = inThreadPort();
    const worker = createWorkerSearchIndex(() => port);
    const page = createSearchIndex();
    await Promise.all([worker.load(DOCS), page.load(DOCS)]);
    for (const q of ['shelter', 'shel', 'legal housing', 'shelter clinic', 'xyzzy'])
      expect(await worker.search(q), q).toEqual(await page.search(q));
    expect(worker.size).toBe(3);
    expect(port.sent).toContain('add');
  });

  it('tells the page each document id once, then only numbers', async () => {
    const port = inThreadPort();
    const index = createWorkerSearchIndex(() => port);
    await index.load(DOCS);
    const told = async (query: string) => {
      const hits = bestFirst(await index.search(query));
      const reply = port.replies.at(-1) as SearchReply & { ok: true };
      return { hits, ids: reply.ids?.split('\n'), from: reply.idsFrom };
    };
    expect(await told('shelter')).toEqual({
      hits: ['shelter', 'outreach'],
      ids: ['shelter', 'legal', 'outreach'],
      from: 0,
    });
    expect(await told('clinic')).toEqual({ hits: ['legal'], ids: undefined, from: 3 });
    // An edit numbers the document anew: only its id is told.
    await index.upsert(doc('legal', 'Tenant rights clinic'));
    expect(await told('clinic')).toEqual({ hits: ['legal'], ids: ['legal'], from: 3 });
    // A saved index read back numbers every document anew.
    await index.restore(await index.serialize());
    expect(await told('tenant')).toEqual({ hits: ['legal'], ids: ['shelter', 'outreach', 'legal'], from: 0 });
  });

  it('starts no worker until the index is first used', () => {
    let started = 0;
    createWorkerSearchIndex(() => {
      started += 1;
      return inThreadPort();
    });
    expect(started).toBe(0);
  });

  it('saves and restores its index, then takes edits', async () => {
    const first = createWorkerSearchIndex(inThreadPort);
    await first.load(DOCS);
    const saved = await first.serialize();
    const second = createWorkerSearchIndex(inThreadPort);
    await second.restore(saved);
    expect(second.size).toBe(3);
    expect(bestFirst(await second.search('outreach'))).toEqual(['outreach']);
    await second.upsert(doc('legal', 'Tenant rights clinic'));
    expect(bestFirst(await second.search('tenant'))).toEqual(['legal']);
    await second.remove('legal');
    expect(bestFirst(await second.search('tenant'))).toEqual([]);
    expect(second.size).toBe(2);
  });

  it('rejects a saved index it cannot read, and keeps working', async () => {
    const index = createWorkerSearchIndex(inThreadPort);
    await index.load(DOCS);
    await expect(index.restore(new Uint32Array([999, 0, 0, 0]).buffer)).rejects.toThrow();
    expect(bestFirst(await index.search('shelter'))[0]).toBe('shelter');
  });

  it('a search asked while a load runs sees the loaded index', async () => {
    const index = createWorkerSearchIndex(inThreadPort);
    const loading = index.load(DOCS);
    const found = index.search('clinic');
    await loading;
    expect(bestFirst(await found)).toEqual(['legal']);
  });
});

describe('the saved index, opened where the index lives', () => {
  /** A database holding DOCS' index, saved with `order` beside it; its name. */
  async function savedIn(order?: string): Promise<string> {
    const db = openDatabase(uniqueDbName());
    const built = createSearchIndex();
    await built.load(DOCS);
    await writeSavedSearchIndex(db, { format: 'f', cursor: 0, services: 3 }, await built.serialize(), order);
    db.close();
    return db.name;
  }

  it.each([
    ['in a worker', () => createWorkerSearchIndex(inThreadPort)],
    ['in the page', createSearchIndex],
  ])(
    '%s: loads it, and tells each hit its place in the order saved with it, until the index changes',
    async (_where, make) => {
      const index = make();
      expect(await index.openSaved(await savedIn('outreach\nshelter'), 'f')).toEqual({
        cursor: 0,
        loaded: { services: 3, ordered: true },
      });
      const placeOf = (hits: SearchHits, id: string) =>
        hits.orders?.[[...hits.docs].findIndex((d) => hits.ids[d] === id)];
      const shelter = await index.search('shelter');
      expect(bestFirst(shelter)).toEqual(['shelter', 'outreach']);
      expect([placeOf(shelter, 'outreach'), placeOf(shelter, 'shelter')]).toEqual([0, 1]);
      expect(placeOf(await index.search('legal'), 'legal')).toBe(NOT_IN_ORDER);
      await index.upsert(doc('legal', 'Tenant rights clinic'));
      expect((await index.search('shelter')).orders).toBeUndefined();
    },
  );

  it('leaves the index as it was when none fits, and says where the feed is', async () => {
    const index = createWorkerSearchIndex(inThreadPort);
    await index.load(DOCS.slice(0, 1));
    expect(await index.openSaved(await savedIn(), 'another format')).toEqual({ cursor: 0, loaded: null });
    expect(index.size).toBe(1);
    expect(await index.openSaved(uniqueDbName(), 'f')).toBeNull();
    expect(index.size).toBe(1);
  });

  it('says when the order was not saved with it: searches then give none', async () => {
    const index = createSearchIndex();
    expect((await index.openSaved(await savedIn(), 'f'))?.loaded).toEqual({ services: 3, ordered: false });
    expect((await index.search('shelter')).orders).toBeUndefined();
  });

  it('in the worker, answers what came while it read the database after it, in order', async () => {
    const name = await savedIn('shelter');
    const replies: SearchReply[] = [];
    const handle = createSearchHandler((reply) => replies.push(reply));
    handle({ n: 1, op: 'openSaved', database: name, format: 'f' });
    handle({ n: 2, op: 'search', query: 'clinic' });
    expect(replies).toEqual([]);
    await expect.poll(() => replies.length).toBe(2);
    expect(replies.map((r) => r.n)).toEqual([1, 2]);
    expect((replies[1] as SearchReply & { ok: true }).docs?.length).toBe(1);
  });
});
