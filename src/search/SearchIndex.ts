// The directory's full-text index behind an asynchronous API, so that it runs in a worker in the
// browser (`createWorkerSearchIndex`) and in the page's thread in Node and where there is no worker
// (`createSearchIndex`), callers alike. Names weigh most; English and French text are both indexed; the
// word being typed (the last) matches as a prefix from 3 characters; a typo is forgiven from 5.
import { processTerm, tokenize } from './normalize';
import type { TermIndex, TermRules } from './termIndex';

export const MIN_PREFIX_LENGTH = 3;
export const MIN_FUZZY_LENGTH = 5;
/** The serialized index's layout: a saved index of another layout is never read. */
export const INDEX_LAYOUT = 2;

/** What the index is told of terms, in the worker and in the page alike. */
export const TERM_RULES: TermRules = {
  tokenize,
  processTerm,
  layout: INDEX_LAYOUT,
  minPrefix: MIN_PREFIX_LENGTH,
  minFuzzy: MIN_FUZZY_LENGTH,
};

export interface SearchDocument {
  id: string;
  name: string;
  name_fr: string;
  organization: string;
  description: string;
  description_fr: string;
  /** Other words that should find it: taxonomy labels, community names, next steps. */
  extra: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchIndex {
  /** Replaces the whole index. */
  load(documents: readonly SearchDocument[]): Promise<void>;
  /** Adds or replaces one document (an edit or a synced record). */
  upsert(document: SearchDocument): Promise<void>;
  remove(id: string): Promise<void>;
  /** Hits by relevance, best first; every word must match, unless none would, then any. */
  search(query: string): Promise<SearchHit[]>;
  /** The whole index as one buffer, to save (`db/`'s saved search index). */
  serialize(): Promise<ArrayBuffer>;
  /** Replaces the whole index with one from `serialize()`; rejects a buffer it cannot read. */
  restore(saved: ArrayBuffer): Promise<void>;
  readonly size: number;
}

/** A document's indexed fields: both languages share a field, so each term is scored three times, not six. */
export function indexedFields(d: SearchDocument): [string, string, string] {
  return [`${d.name} ${d.name_fr}`, d.organization, `${d.description} ${d.description_fr} ${d.extra}`];
}

/** Documents indexed between two yields to the page, when the index runs in the page's thread. */
const LOAD_CHUNK = 500;
/** Recent queries' hits, kept until the index changes: toggling a filter never searches again. */
const CACHED_QUERIES = 16;

async function newTermIndex(): Promise<TermIndex> {
  const { TermIndex } = await import('./termIndex');
  return new TermIndex(TERM_RULES);
}

/** The index's module loads on first use, after first paint: browsing needs no index. */
async function termIndexClass(): Promise<typeof TermIndex> {
  return (await import('./termIndex')).TermIndex;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The index in this thread. Operations run one after another, so a search always sees the loads and
 * edits made before it; a whole load yields to the page between chunks.
 */
export function createSearchIndex(): SearchIndex {
  let index: TermIndex | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const cache = new Map<string, SearchHit[]>();
  const run = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };
  const current = async (): Promise<TermIndex> => {
    index ??= await newTermIndex();
    return index;
  };
  return {
    load(documents) {
      return run(async () => {
        const next = await newTermIndex();
        for (let start = 0; start < documents.length; start += LOAD_CHUNK) {
          if (start > 0) await nextTask();
          for (const d of documents.slice(start, start + LOAD_CHUNK)) next.add(d.id, indexedFields(d));
        }
        index = next;
        cache.clear();
      });
    },
    upsert(document) {
      return run(async () => {
        (await current()).add(document.id, indexedFields(document));
        cache.clear();
      });
    },
    remove(id) {
      return run(async () => {
        (await current()).remove(id);
        cache.clear();
      });
    },
    search(query) {
      return run(async () => {
        const key = query.trim();
        if (key === '') return [];
        const cached = cache.get(key);
        if (cached) return cached;
        const { ids, scores } = (await current()).search(key);
        const hits: SearchHit[] = new Array(ids.length);
        for (let i = 0; i < ids.length; i++) hits[i] = { id: ids[i] as string, score: scores[i] as number };
        if (cache.size >= CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
        cache.set(key, hits);
        return hits;
      });
    },
    serialize() {
      return run(async () => (await current()).serialize());
    },
    restore(saved) {
      return run(async () => {
        index = (await termIndexClass()).deserialize(saved, TERM_RULES);
        cache.clear();
      });
    },
    get size() {
      return index?.size ?? 0;
    },
  };
}
