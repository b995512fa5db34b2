// The directory's inverted index, scored the way MiniSearch 7 scores (BM25+, field boosts, prefix and
// fuzzy expansions weighted by distance), but stored as flat arrays of numbers: a broad term that
// matches 8,000 services costs a loop over numbers, not 8,000 result objects per field and per
// expansion. MiniSearch's own radix tree (`SearchableMap`) finds the prefix and fuzzy expansions.
// Synchronous and DOM-free: it runs in the search worker, or in the page where there is no worker.
import SearchableMap from 'minisearch/SearchableMap';
import { processTerm, tokenize } from './normalize';
import { INDEX_LAYOUT, MIN_FUZZY_LENGTH, MIN_PREFIX_LENGTH } from './SearchIndex';

/** The fields of a document, in the order of `FIELD_BOOSTS`. */
export type IndexedFields = readonly [names: string, organization: string, text: string];

/** Names weigh most, then the organization, then descriptions and labels. */
const FIELD_BOOSTS = [3, 2, 1] as const;
const FIELDS = FIELD_BOOSTS.length;
// MiniSearch's defaults, kept so that results rank as they always have.
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

const FUZZY = 0.2;
/** At most this many typos are forgiven in a term, however long. */
const MAX_FUZZY = 2;

interface Posting {
  /** Document numbers, in the order they were added. */
  docs: number[] | Uint32Array;
  /** Term frequency in that field, parallel to `docs`. */
  tfs: number[] | Uint16Array;
}

/** One query term's scores: the documents it matches and what each scores. */
interface TermScores {
  docs: Uint32Array;
  scores: Float64Array;
}

export interface TermHits {
  ids: string[];
  scores: Float64Array;
}

/** Cached term results; cleared whenever the index changes. */
const CACHED_TERMS = 64;

export class TermIndex {
  /** Id of each document number; null once removed (its postings are skipped, then compacted away). */
  private ids: Array<string | null> = [];
  private numbers = new Map<string, number>();
  private fieldLengths: number[][] = [[], [], []];
  private totalLengths = [0, 0, 0];
  /** Term → term number; the radix tree below holds the same, for prefixes and typos. */
  private termNumbers = new Map<string, number>();
  private vocabulary = new SearchableMap<number>();
  /** Terms [0, indexedTerms) are in `vocabulary`; the rest join it before the next search. */
  private indexedTerms = 0;
  private terms: string[] = [];
  /** postings[term * FIELDS + field] */
  private postings: Array<Posting | undefined> = [];
  private removed = 0;
  private scratch = new Float64Array(0);
  private counts = new Uint16Array(0);
  private cache = new Map<string, TermScores>();

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  add(id: string, fields: IndexedFields): void {
    if (this.numbers.has(id)) this.remove(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, doc);
    for (let field = 0; field < FIELDS; field++) {
      const tokens = tokenize(fields[field] ?? '');
      // MiniSearch's field length: distinct tokens, stop words included.
      const length = new Set(tokens).size;
      (this.fieldLengths[field] as number[])[doc] = length;
      this.totalLengths[field] = (this.totalLengths[field] ?? 0) + length;
      const frequencies = new Map<string, number>();
      for (const token of tokens) {
        const term = processed(token);
        if (term) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
      for (const [term, tf] of frequencies) {
        const slot = this.termNumber(term) * FIELDS + field;
        let posting = this.postings[slot];
        if (!posting) {
          posting = { docs: [], tfs: [] };
          this.postings[slot] = posting;
        }
        // A loaded posting is a typed view: it becomes a plain array on its first append.
        if (!Array.isArray(posting.docs)) posting.docs = Array.from(posting.docs);
        if (!Array.isArray(posting.tfs)) posting.tfs = Array.from(posting.tfs);
        posting.docs.push(doc);
        posting.tfs.push(tf);
      }
    }
    this.cache.clear();
  }

  remove(id: string): void {
    const doc = this.numbers.get(id);
    if (doc === undefined) return;
    this.numbers.delete(id);
    this.ids[doc] = null;
    for (let field = 0; field < FIELDS; field++)
      this.totalLengths[field] =
        (this.totalLengths[field] ?? 0) - ((this.fieldLengths[field] as number[])[doc] ?? 0);
    this.removed += 1;
    this.cache.clear();
    // Removed documents still count in their terms' frequencies until the postings are compacted.
    if (this.removed > 1000 && this.removed > this.ids.length / 10) this.compact();
  }

  private termNumber(term: string): number {
    let n = this.termNumbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.terms.push(term);
      this.termNumbers.set(term, n);
    }
    return n;
  }

  /**
   * Hits for a query, best first: every term must match, unless none would, then any. The last term
   * is taken as a prefix when `prefixLast` (the word being typed); typos are forgiven in long terms.
   */
  search(query: string, prefixLast = true): TermHits {
    const terms = queryTermsOf(query);
    if (terms.length === 0 || this.size === 0) return { ids: [], scores: new Float64Array(0) };
    for (; this.indexedTerms < this.terms.length; this.indexedTerms++)
      this.vocabulary.set(this.terms[this.indexedTerms] as string, this.indexedTerms);
    const lists = terms.map((term, i) =>
      this.termScores(term, i === terms.length - 1 && prefixLast && term.length >= MIN_PREFIX_LENGTH),
    );
    const all = this.combine(lists, true);
    return all.ids.length > 0 || lists.length === 1 ? all : this.combine(lists, false);
  }

  private ensureScratch(): void {
    if (this.scratch.length < this.ids.length) {
      const capacity = Math.max(1024, this.ids.length * 2);
      this.scratch = new Float64Array(capacity);
      this.counts = new Uint16Array(capacity);
    }
  }

  /** MiniSearch's combination: scores add up, then are multiplied by the number of terms matched. */
  private combine(lists: readonly TermScores[], every: boolean): TermHits {
    this.ensureScratch();
    const { scratch, counts } = this;
    for (const list of lists) {
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        scratch[doc] = (scratch[doc] as number) + (list.scores[i] as number);
        counts[doc] = (counts[doc] as number) + 1;
      }
    }
    // Every term: the documents of the shortest list that every list reached. Any: each list's, once.
    let candidates = lists;
    if (every) {
      let shortest = lists[0] as TermScores;
      for (const list of lists) if (list.docs.length < shortest.docs.length) shortest = list;
      candidates = [shortest];
    }
    const found: number[] = [];
    const foundScores: number[] = [];
    for (const list of candidates) {
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        const matched = counts[doc] as number;
        if (matched === 0 || (every && matched < lists.length)) continue;
        found.push(doc);
        foundScores.push((scratch[doc] as number) * matched);
        counts[doc] = 0; // taken: a document is listed once
      }
    }
    for (const list of lists)
      for (const doc of list.docs) {
        scratch[doc] = 0;
        counts[doc] = 0;
      }
    // Best first (ties in the order documents were added).
    const order = Array.from(found.keys()).sort(
      (a, b) => (foundScores[b] as number) - (foundScores[a] as number) || a - b,
    );
    const ids: string[] = new Array(order.length);
    const scores = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const k = order[i] as number;
      ids[i] = this.ids[found[k] as number] as string;
      scores[i] = foundScores[k] as number;
    }
    return { ids, scores };
  }

  /** One term's scores over every field and every expansion, kept until the index changes. */
  private termScores(term: string, prefix: boolean): TermScores {
    const key = prefix ? `${term}*` : term;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const expansions: Array<[number, number]> = [];
    const exact = this.termNumbers.get(term);
    if (exact !== undefined) expansions.push([exact, 1]);
    const prefixed = new Set<string>();
    if (prefix) {
      for (const [derived, n] of this.vocabulary.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (distance === 0) continue;
        prefixed.add(derived);
        expansions.push([n, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance)]);
      }
    }
    const maxDistance =
      term.length >= MIN_FUZZY_LENGTH ? Math.min(MAX_FUZZY, Math.round(term.length * FUZZY)) : 0;
    if (maxDistance > 0) {
      for (const [derived, [n, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) {
        if (distance === 0 || prefixed.has(derived)) continue;
        expansions.push([n, (FUZZY_WEIGHT * derived.length) / (derived.length + distance)]);
      }
    }
    this.ensureScratch();
    const { scratch } = this;
    const touched: number[] = [];
    const total = this.size;
    for (const [n, weight] of expansions) {
      for (let field = 0; field < FIELDS; field++) {
        const posting = this.postings[n * FIELDS + field];
        if (!posting) continue;
        const { docs, tfs } = posting;
        const matching = docs.length;
        const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const average = (this.totalLengths[field] as number) / total;
        const lengths = this.fieldLengths[field] as number[];
        const factor = weight * (FIELD_BOOSTS[field] as number) * idf;
        for (let i = 0; i < matching; i++) {
          const doc = docs[i] as number;
          if (this.ids[doc] === null) continue;
          const tf = tfs[i] as number;
          const norm = BM25_K * (1 - BM25_B + (BM25_B * (lengths[doc] as number)) / average);
          const score = factor * (BM25_D + (tf * (BM25_K + 1)) / (tf + norm));
          if (scratch[doc] === 0) touched.push(doc);
          scratch[doc] = (scratch[doc] as number) + score;
        }
      }
    }
    const docs = Uint32Array.from(touched);
    const scores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      scores[i] = scratch[doc] as number;
      scratch[doc] = 0;
    }
    const result = { docs, scores };
    if (this.cache.size >= CACHED_TERMS) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
    return result;
  }

  /** Renumbers the live documents densely and drops removed ones from every posting. */
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths: number[][] = [[], [], []];
    for (let doc = 0; doc < this.ids.length; doc++) {
      const id = this.ids[doc];
      if (id === null || id === undefined) continue;
      renumber[doc] = ids.length;
      for (let field = 0; field < FIELDS; field++)
        (lengths[field] as number[]).push((this.fieldLengths[field] as number[])[doc] ?? 0);
      ids.push(id);
    }
    for (let slot = 0; slot < this.postings.length; slot++) {
      const posting = this.postings[slot];
      if (!posting) continue;
      const docs: number[] = [];
      const tfs: number[] = [];
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = renumber[posting.docs[i] as number] as number;
        if (doc < 0) continue;
        docs.push(doc);
        tfs.push(posting.tfs[i] as number);
      }
      this.postings[slot] = docs.length > 0 ? { docs, tfs } : undefined;
    }
    this.ids = ids;
    this.numbers = new Map(ids.map((id, doc) => [id, doc]));
    this.fieldLengths = lengths;
    this.removed = 0;
    this.cache.clear();
  }

  /**
   * The whole index as one buffer (to save, or to hand to another thread without copying): a header,
   * the ids and terms as UTF-8 text, the field lengths, then each field's postings.
   */
  serialize(): ArrayBuffer {
    if (this.removed > 0) this.compact();
    const encoder = new TextEncoder();
    const ids = encoder.encode((this.ids as string[]).join('\n'));
    const terms = encoder.encode(this.terms.join('\n'));
    const docCount = this.ids.length;
    const termCount = this.terms.length;
    let postingCount = 0;
    for (const p of this.postings) if (p) postingCount += p.docs.length;
    // u32 words: header (4), ids bytes, terms bytes (padded to 4), field lengths (3 × docs),
    // per field offsets (terms + 1), then docs (postings) and tfs (u16, postings).
    const header = 4;
    const idWords = Math.ceil(ids.length / 4);
    const termWords = Math.ceil(terms.length / 4);
    const offsetWords = FIELDS * (termCount + 1);
    const words = header + idWords + termWords + FIELDS * docCount + offsetWords + postingCount;
    const buffer = new ArrayBuffer(words * 4 + Math.ceil((postingCount * 2) / 4) * 4);
    const u32 = new Uint32Array(buffer, 0, words);
    u32[0] = INDEX_LAYOUT;
    u32[1] = ids.length;
    u32[2] = terms.length;
    u32[3] = postingCount;
    let at = header;
    new Uint8Array(buffer, at * 4, ids.length).set(ids);
    at += idWords;
    new Uint8Array(buffer, at * 4, terms.length).set(terms);
    at += termWords;
    for (let field = 0; field < FIELDS; field++) {
      u32.set(this.fieldLengths[field] as number[], at);
      at += docCount;
    }
    const offsetsAt = at;
    at += offsetWords;
    const tfs = new Uint16Array(buffer, words * 4, postingCount);
    let written = 0;
    for (let field = 0; field < FIELDS; field++) {
      const offsets = offsetsAt + field * (termCount + 1);
      for (let term = 0; term < termCount; term++) {
        u32[offsets + term] = written;
        const p = this.postings[term * FIELDS + field];
        if (!p) continue;
        u32.set(p.docs, at + written);
        tfs.set(p.tfs, written);
        written += p.docs.length;
      }
      u32[offsets + termCount] = written;
    }
    return buffer;
  }

  /** An index from `serialize()`; throws if the buffer is of another layout or cut short. */
  static deserialize(buffer: ArrayBuffer): TermIndex {
    const head = new Uint32Array(buffer, 0, 4);
    if (head[0] !== INDEX_LAYOUT) throw new Error('search index: another layout');
    const [, idBytes, termBytes, postingCount] = head as unknown as [number, number, number, number];
    const decoder = new TextDecoder();
    let at = 4;
    const idText = decoder.decode(new Uint8Array(buffer, at * 4, idBytes));
    at += Math.ceil(idBytes / 4);
    const termText = decoder.decode(new Uint8Array(buffer, at * 4, termBytes));
    at += Math.ceil(termBytes / 4);
    const index = new TermIndex();
    const ids = idText === '' ? [] : idText.split('\n');
    const terms = termText === '' ? [] : termText.split('\n');
    const docCount = ids.length;
    const termCount = terms.length;
    const u32 = new Uint32Array(buffer);
    for (let field = 0; field < FIELDS; field++) {
      const lengths = Array.from(u32.subarray(at, at + docCount));
      index.fieldLengths[field] = lengths;
      index.totalLengths[field] = lengths.reduce((sum, n) => sum + n, 0);
      at += docCount;
    }
    const offsetsAt = at;
    at += FIELDS * (termCount + 1);
    const docsAt = at;
    const tfsAt = (docsAt + postingCount) * 4;
    if (tfsAt + postingCount * 2 > buffer.byteLength) throw new Error('search index: cut short');
    const tfs = new Uint16Array(buffer, tfsAt, postingCount);
    for (let field = 0; field < FIELDS; field++) {
      const offsets = offsetsAt + field * (termCount + 1);
      for (let term = 0; term < termCount; term++) {
        const start = u32[offsets + term] as number;
        const end = u32[offsets + term + 1] as number;
        if (end > start)
          index.postings[term * FIELDS + field] = {
            docs: u32.subarray(docsAt + start, docsAt + end),
            tfs: tfs.subarray(start, end),
          };
      }
    }
    index.ids = ids;
    index.numbers = new Map(ids.map((id, doc) => [id, doc]));
    index.terms = terms;
    index.termNumbers = new Map(terms.map((term, n) => [term, n]));
    return index;
  }
}

/** Tokens repeat across documents: each is folded once (a bounded memo). */
const folded = new Map<string, string | null>();
function processed(token: string): string | null {
  let term = folded.get(token);
  if (term === undefined) {
    if (folded.size > 200_000) folded.clear();
    term = processTerm(token);
    folded.set(token, term);
  }
  return term;
}

function queryTermsOf(query: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(query)) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}
