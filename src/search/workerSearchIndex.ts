// The search index in a worker, behind the same `SearchIndex` as the in-page one: building, loading a
// saved index, applying a sync's edits and searching all run there, and the page only posts messages
// (a whole load in slices, the page answering between them). The worker starts on first use, never
// before: browsing needs no index. Where there is no Worker, the in-page index does the same work.

import { createSearchIndex, type SearchIndex, searchQueue } from './SearchIndex';
import type { SearchCommand, SearchReply, SearchRequest } from './searchHandler';

/** Where requests go and replies come from: a worker, or the handler itself in tests. */
export interface SearchPort {
  send(request: SearchRequest, transfer?: Transferable[]): void;
  onReply(listener: (reply: SearchReply) => void): void;
}

/** Documents per message of a whole load: each message is cloned on the page, so none is large. */
const LOAD_SLICE = 1000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function workerPort(): SearchPort {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  let listener: (reply: SearchReply) => void = () => {};
  worker.onmessage = (event: MessageEvent<SearchReply>) => listener(event.data);
  worker.onerror = (event) => listener({ n: -1, ok: false, message: event.message });
  return {
    send: (request, transfer) => worker.postMessage(request, transfer ?? []),
    onReply: (l) => {
      listener = l;
    },
  };
}

/** The worker's index where the browser has workers; the in-page index otherwise. */
export function createBrowserSearchIndex(): SearchIndex {
  return typeof Worker === 'function' ? createWorkerSearchIndex() : createSearchIndex();
}

export function createWorkerSearchIndex(makePort: () => SearchPort = workerPort): SearchIndex {
  let port: SearchPort | null = null;
  let size = 0;
  let counter = 0;
  const pending = new Map<
    number,
    { resolve: (r: SearchReply & { ok: true }) => void; reject: (e: Error) => void }
  >();

  const connect = (): SearchPort => {
    if (port) return port;
    port = makePort();
    port.onReply((reply) => {
      if (reply.n === -1) {
        // The worker itself failed: every waiting request fails with it.
        for (const p of pending.values())
          p.reject(new Error(reply.ok ? 'search worker failed' : reply.message));
        pending.clear();
        return;
      }
      const waiting = pending.get(reply.n);
      if (!waiting) return;
      pending.delete(reply.n);
      if (reply.ok) {
        size = reply.size;
        waiting.resolve(reply);
      } else waiting.reject(new Error(reply.message));
    });
    return port;
  };

  const ask = (request: SearchCommand, transfer?: Transferable[]) =>
    new Promise<SearchReply & { ok: true }>((resolve, reject) => {
      const n = ++counter;
      pending.set(n, { resolve, reject });
      connect().send({ ...request, n } as SearchRequest, transfer);
    });
  /** The worker's document ids by number, as far as it told them; a new array for a new numbering. */
  let ids: Array<string | null> = [];
  // Requests are answered in order by the worker; a whole load's slices are posted one after another.
  const { run, changed, search } = searchQueue(async (query) => {
    const reply = await ask({ op: 'search', query });
    if (reply.idsFrom === 0) ids = [];
    if (reply.ids !== undefined) {
      let doc = reply.idsFrom ?? ids.length;
      for (const id of reply.ids.split('\n')) ids[doc++] = id === '' ? null : id;
    }
    return { docs: reply.docs ?? new Uint32Array(0), scores: reply.scores ?? new Float64Array(0), ids };
  });

  return {
    load(documents) {
      return run(async () => {
        // Each step's failure is seen by Promise.all below, not reported as unhandled meanwhile.
        const track = <T>(p: Promise<T>) => {
          p.catch(() => undefined);
          return p;
        };
        const steps = [track(ask({ op: 'begin' }))];
        for (let start = 0; start < documents.length; start += LOAD_SLICE) {
          if (start > 0) await nextTask();
          steps.push(track(ask({ op: 'add', documents: documents.slice(start, start + LOAD_SLICE) })));
        }
        steps.push(ask({ op: 'commit' }));
        await Promise.all(steps);
        changed();
      });
    },
    upsert(document) {
      changed();
      return run(async () => {
        await ask({ op: 'upsert', document });
        changed();
      });
    },
    remove(id) {
      changed();
      return run(async () => {
        await ask({ op: 'remove', id });
        changed();
      });
    },
    search,
    serialize() {
      return run(async () => {
        const reply = await ask({ op: 'serialize' });
        if (!reply.data) throw new Error('search worker: no index to save');
        return reply.data;
      });
    },
    restore(data) {
      return run(async () => {
        await ask({ op: 'restore', data }, [data]);
        changed();
      });
    },
    get size() {
      return size;
    },
  };
}
