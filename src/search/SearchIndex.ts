// The directory's full-text index (MiniSearch). Its API is asynchronous from the start so that it can
// move into a worker without its callers changing. Names weigh most; English and French text are both
// indexed; a prefix matches from 3 characters, a typo is forgiven from 5.
import { processTerm, tokenize } from './normalize';

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
  readonly size: number;
}

export const MIN_PREFIX_LENGTH = 3;
export const MIN_FUZZY_LENGTH = 5;
const FUZZY = 0.2;
const LOAD_CHUNK = 500;
// Fewer fields make each query term cheaper to score; both languages share a field.
const FIELDS = ['names', 'organization', 'text'] as const;

interface IndexedDocument {
  id: string;
  names: string;
  organization: string;
  text: string;
}

function indexed(d: SearchDocument): IndexedDocument {
  return {
    id: d.id,
    names: `${d.name} ${d.name_fr}`,
    organization: d.organization,
    text: `${d.description} ${d.description_fr} ${d.extra}`,
  };
}

async function createMiniSearch(): Promise<Mini> {
  const { default: MiniSearch } = await import('minisearch');
  return new MiniSearch<IndexedDocument>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { names: 3, organization: 2 },
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZY : false),
    },
  });
}

/** Recent queries' hits, kept until the index changes: toggling a filter never searches again. */
const CACHED_QUERIES = 16;

type Mini = import('minisearch').default<IndexedDocument>;

/**
 * MiniSearch is loaded on first use, after first paint: browsing needs no index. Operations run one
 * after another, so a search always sees the loads and edits made before it.
 */
export function createSearchIndex(): SearchIndex {
  let mini: Mini | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const cache = new Map<string, SearchHit[]>();
  const run = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };
  const current = async (): Promise<Mini> => {
    mini ??= await createMiniSearch();
    return mini;
  };
  return {
    load(documents) {
      return run(async () => {
        const next = await createMiniSearch();
        // In chunks that yield to the page between them: a large directory never freezes the screen.
        await next.addAllAsync(documents.map(indexed), { chunkSize: LOAD_CHUNK });
        mini = next;
        cache.clear();
      });
    },
    upsert(document) {
      return run(async () => {
        const index = await current();
        if (index.has(document.id)) index.replace(indexed(document));
        else index.add(indexed(document));
        cache.clear();
      });
    },
    remove(id) {
      return run(async () => {
        const index = await current();
        if (index.has(id)) index.discard(id);
        cache.clear();
      });
    },
    search(query) {
      return run(async () => {
        const key = query.trim();
        if (key === '') return [];
        const cached = cache.get(key);
        if (cached) return cached;
        const index = await current();
        let results = index.search(key, { combineWith: 'AND' });
        if (results.length === 0) results = index.search(key, { combineWith: 'OR' });
        const hits = results.map((r) => ({ id: r.id as string, score: r.score }));
        if (cache.size >= CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
        cache.set(key, hits);
        return hits;
      });
    },
    get size() {
      return mini?.documentCount ?? 0;
    },
  };
}
