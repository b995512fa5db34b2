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

/**
 * A query's hits as numbers: thousands of hits make no object and no string each. Hit `i` is document
 * `docs[i]` (ascending, the order documents were added), whose id is `ids[docs[i]]`, with `scores[i]`.
 * Ranking is the caller's (`model/rank.ts`). `ids` is the same array from one search to the next
 * until the index renumbers its documents, so a caller resolves each document once, not per query.
 */
export interface SearchHits {
  docs: Uint32Array;
  scores: Float64Array;
  ids: ReadonlyArray<string | null>;
}

const NO_IDS: ReadonlyArray<string | null> = [];

export interface SearchIndex {
  /** Replaces the whole index. */
  load(documents: readonly SearchDocument[]): Promise<void>;
  /** Adds or replaces one document (an edit or a synced record). */
  upsert(document: SearchDocument): Promise<void>;
  remove(id: string): Promise<void>;
  /** Every word must match, unless none would, then any. */
  search(query: string): Promise<SearchHits>;
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

/**
 * What both indexes (in the page, in a worker) do around the index itself: operations run one after
 * another, so a search always sees the loads and edits made before it, and recent queries' hits are
 * kept until `changed()`.
 */
export function searchQueue(find: (text: string) => Promise<SearchHits>) {
  let queue: Promise<unknown> = Promise.resolve();
  const cache = new Map<string, SearchHits>();
  const run = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    run,
    changed: () => cache.clear(),
    search: (query: string): Promise<SearchHits> =>
      run(async () => {
        const text = query.trim();
        if (text === '') return { docs: new Uint32Array(0), scores: new Float64Array(0), ids: NO_IDS };
        let hits = cache.get(text);
        if (!hits) {
          hits = await find(text);
          if (cache.size >= CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
          cache.set(text, hits);
        }
        return hits;
      }),
  };
}

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
  const current = async (): Promise<TermIndex> => {
    index ??= await newTermIndex();
    return index;
  };
  const { run, changed, search } = searchQueue(async (text) => {
    const index = await current();
    return { ...index.search(text), ids: index.documentIds };
  });
  return {
    load(documents) {
      return run(async () => {
        const next = await newTermIndex();
        for (let start = 0; start < documents.length; start += LOAD_CHUNK) {
          if (start > 0) await nextTask();
          for (const d of documents.slice(start, start + LOAD_CHUNK)) next.add(d.id, indexedFields(d));
        }
        index = next;
        changed();
      });
    },
    upsert(document) {
      return run(async () => {
        (await current()).add(document.id, indexedFields(document));
        changed();
      });
    },
    remove(id) {
      return run(async () => {
        (await current()).remove(id);
        changed();
      });
    },
    search,
    serialize() {
      return run(async () => (await current()).serialize());
    },
    restore(saved) {
      return run(async () => {
        index = (await termIndexClass()).deserialize(saved, TERM_RULES);
        changed();
      });
    },
    get size() {
      return index?.size ?? 0;
    },
  };
}
