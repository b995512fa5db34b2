// The search worker's side, as a plain function of messages (the worker's entry is `searchWorker.ts`;
// tests and the in-page fallback call it directly). It holds the index and answers each request in the
// order they came, so a search always sees the loads and edits posted before it.
import type { SearchDocument } from './SearchIndex';
import { indexedFields, TERM_RULES } from './SearchIndex';
import { TermIndex } from './termIndex';

export type SearchCommand =
  | { op: 'begin' }
  | { op: 'add'; documents: SearchDocument[] }
  | { op: 'commit' }
  | { op: 'upsert'; document: SearchDocument }
  | { op: 'remove'; id: string }
  | { op: 'search'; query: string }
  | { op: 'serialize' }
  | { op: 'restore'; data: ArrayBuffer };

export type SearchRequest = SearchCommand & { n: number };

export type SearchReply =
  | {
      n: number;
      ok: true;
      size: number;
      /** A search's hits: document numbers and their scores. */
      docs?: Uint32Array;
      scores?: Float64Array;
      /**
       * The ids of documents `idsFrom` on, joined by newlines (ids are UUIDs; a removed one is
       * empty), those the page was not told yet; `idsFrom` 0 starts a new numbering.
       */
      ids?: string;
      idsFrom?: number;
      data?: ArrayBuffer;
    }
  | { n: number; ok: false; message: string };

export function createSearchHandler(reply: (message: SearchReply, transfer?: Transferable[]) => void) {
  let index = new TermIndex(TERM_RULES);
  /** The index a whole load is building, swapped in at `commit`: searches meanwhile use the old one. */
  let building: TermIndex | null = null;
  /** The numbering the page knows the ids of, and how many of them it knows. */
  let told: ReadonlyArray<string | null> | null = null;
  let toldCount = 0;
  return (request: SearchRequest): void => {
    const { n } = request;
    try {
      switch (request.op) {
        case 'begin':
          building = new TermIndex(TERM_RULES);
          break;
        case 'add':
          building ??= new TermIndex(TERM_RULES);
          for (const d of request.documents) building.add(d.id, indexedFields(d));
          break;
        case 'commit':
          index = building ?? new TermIndex(TERM_RULES);
          building = null;
          break;
        case 'upsert':
          index.add(request.document.id, indexedFields(request.document));
          break;
        case 'remove':
          index.remove(request.id);
          break;
        case 'search': {
          const { docs, scores } = index.search(request.query);
          const table = index.documentIds;
          if (table !== told) {
            told = table;
            toldCount = 0;
          }
          const idsFrom = toldCount;
          const ids = idsFrom < table.length ? table.slice(idsFrom).join('\n') : undefined;
          toldCount = table.length;
          reply({ n, ok: true, size: index.size, docs, scores, ids, idsFrom }, [docs.buffer, scores.buffer]);
          return;
        }
        case 'serialize': {
          const data = index.serialize();
          reply({ n, ok: true, size: index.size, data }, [data]);
          return;
        }
        case 'restore':
          index = TermIndex.deserialize(request.data, TERM_RULES);
          break;
      }
      reply({ n, ok: true, size: index.size });
    } catch (error) {
      reply({ n, ok: false, message: String((error as Error)?.message ?? error) });
    }
  };
}
