import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../tests/fixtures/searchHits';
import type { SearchDocument } from './SearchIndex';
import { createSearchIndex } from './SearchIndex';
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
