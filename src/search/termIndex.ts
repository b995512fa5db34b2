// The directory's inverted index, scored the way MiniSearch 7 scores (BM25+, field boosts, prefix and
// fuzzy expansions weighted by distance), but stored as flat arrays of numbers: a broad term that
// matches 8,000 services costs a loop over numbers, not 8,000 result objects per field and per
// expansion. MiniSearch's own radix tree (`SearchableMap`) finds the prefix and fuzzy expansions.
// Synchronous and DOM-free: it runs in the search worker, or in the page where there is no worker.
import SearchableMap from 'minisearch/SearchableMap';

/**
 * How text becomes terms and which expansions apply, handed in by the caller (`TERM_RULES` in
 * `SearchIndex.ts`), so that this module, loaded on demand, imports nothing the page already has.
 */
export interface TermRules {
  tokenize(text: string): string[];
  /** The term to index or search, or null to drop it. */
  processTerm(token: string): string | null;
  /** The serialized layout's version. */
  layout: number;
  /** The word being typed matches as a prefix from this length. */
  minPrefix: number;
  /** A typo is forgiven from this length. */
  minFuzzy: number;
}

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
  /** Document numbers, ascending (the order documents were added): `documentIds[doc]` is each one's id. */
  docs: Uint32Array;
  scores: Float64Array;
}

/** Cached term results; cleared whenever the index changes. */
const CACHED_TERMS = 64;

export class TermIndex {
  constructor(private readonly rules: TermRules) {}

  /** Tokens repeat across documents: each is processed once (a bounded memo). */
  private folded = new Map<string, string | null>();
  private processed(token: string): string | null {
    let term = this.folded.get(token);
    if (term === undefined) {
      if (this.folded.size > 200_000) this.folded.clear();
      term = this.rules.processTerm(token);
      this.folded.set(token, term);
    }
    return term;
  }

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

  /**
   * Each document number's id (null once removed). The same array, only growing, until the index
   * renumbers its documents (a compaction: after many removals, or at a save): a caller may resolve
   * each number once per array.
   */
  get documentIds(): ReadonlyArray<string | null> {
    return this.ids;
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
      const tokens = this.rules.tokenize(fields[field] ?? '');
      // MiniSearch's field length: distinct tokens, stop words included.
      const length = new Set(tokens).size;
      (this.fieldLengths[field] as number[])[doc] = length;
      this.totalLengths[field] = (this.totalLengths[field] ?? 0) + length;
      const frequencies = new Map<string, number>();
      for (const token of tokens) {
        const term = this.processed(token);
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
   * Hits for a query, in the order documents were added: every term must match, unless none would,
   * then any. The last term is taken as a prefix when `prefixLast` (the word being typed); typos are
   * forgiven in long terms.
   */
  search(query: string, prefixLast = true): TermHits {
    const terms = queryTermsOf(query, this.rules);
    if (terms.length === 0 || this.size === 0)
      return { docs: new Uint32Array(0), scores: new Float64Array(0) };
    for (; this.indexedTerms < this.terms.length; this.indexedTerms++)
      this.vocabulary.set(this.terms[this.indexedTerms] as string, this.indexedTerms);
    const lists = terms.map((term, i) =>
      this.termScores(term, i === terms.length - 1 && prefixLast && term.length >= this.rules.minPrefix),
    );
    const all = this.combine(lists, true);
    return all.docs.length > 0 || lists.length === 1 ? all : this.combine(lists, false);
  }

  private ensureScratch(): void {
    if (this.scratch.length < this.ids.length) {
      const capacity = Math.max(1024, this.ids.length * 2);
      this.scratch = new Float64Array(capacity);
      this.counts = new Uint16Array(capacity);
    }
  }

  /**
   * MiniSearch's combination: scores add up, then are multiplied by the number of terms matched.
   * Hits come in the order documents were added: ranking is the caller's, and a page needs the best
   * few of thousands, not all of them sorted.
   */
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
    let capacity = 0;
    for (const list of candidates) capacity += list.docs.length;
    const found = new Uint32Array(capacity);
    let count = 0;
    for (const list of candidates) {
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        const matched = counts[doc] as number;
        if (matched === 0 || (every && matched < lists.length)) continue;
        found[count++] = doc;
        scratch[doc] = (scratch[doc] as number) * matched;
        counts[doc] = 0; // taken: a document is listed once
      }
    }
    const docs = found.slice(0, count).sort();
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) scores[i] = scratch[docs[i] as number] as number;
    for (const list of lists)
      for (const doc of list.docs) {
        scratch[doc] = 0;
        counts[doc] = 0;
      }
    return { docs, scores };
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
      term.length >= this.rules.minFuzzy ? Math.min(MAX_FUZZY, Math.round(term.length * FUZZY)) : 0;
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
   * the ids and terms as UTF-8 text, then numbers as variable-length integers (7 bits a byte): each
   * field's lengths, then each field's postings (per term: its count, then per document the gap from
   * the one before, doubled, plus one when its frequency follows because it is not 1).
   */
  serialize(): ArrayBuffer {
    if (this.removed > 0) this.compact();
    const encoder = new TextEncoder();
    const ids = encoder.encode((this.ids as string[]).join('\n'));
    const terms = encoder.encode(this.terms.join('\n'));
    const termCount = this.terms.length;
    let postingCount = 0;
    for (const p of this.postings) if (p) postingCount += p.docs.length;
    const numbers = new VarintWriter(postingCount * 2 + this.ids.length * FIELDS + termCount * FIELDS + 16);
    for (let field = 0; field < FIELDS; field++)
      for (const n of this.fieldLengths[field] as number[]) numbers.put(n);
    for (let field = 0; field < FIELDS; field++) {
      for (let term = 0; term < termCount; term++) {
        const p = this.postings[term * FIELDS + field];
        const count = p ? p.docs.length : 0;
        numbers.put(count);
        let previous = 0;
        for (let i = 0; i < count; i++) {
          const doc = (p as Posting).docs[i] as number;
          const tf = (p as Posting).tfs[i] as number;
          // Documents are numbered in the order they were added, so each posting is increasing.
          numbers.put((doc - previous) * 2 + (tf === 1 ? 0 : 1));
          if (tf !== 1) numbers.put(tf);
          previous = doc;
        }
      }
    }
    const body = numbers.bytes();
    const header = 16;
    const buffer = new ArrayBuffer(header + ids.length + terms.length + body.length);
    const head = new DataView(buffer);
    head.setUint32(0, this.rules.layout, true);
    head.setUint32(4, ids.length, true);
    head.setUint32(8, terms.length, true);
    head.setUint32(12, postingCount, true);
    const bytes = new Uint8Array(buffer);
    bytes.set(ids, header);
    bytes.set(terms, header + ids.length);
    bytes.set(body, header + ids.length + terms.length);
    return buffer;
  }

  /** An index from `serialize()`; throws if the buffer is of another layout or cut short. */
  static deserialize(buffer: ArrayBuffer, rules: TermRules): TermIndex {
    if (buffer.byteLength < 16) throw new Error('search index: cut short');
    const head = new DataView(buffer);
    if (head.getUint32(0, true) !== rules.layout) throw new Error('search index: another layout');
    const idBytes = head.getUint32(4, true);
    const termBytes = head.getUint32(8, true);
    const postingCount = head.getUint32(12, true);
    if (16 + idBytes + termBytes > buffer.byteLength) throw new Error('search index: cut short');
    const decoder = new TextDecoder();
    const idText = decoder.decode(new Uint8Array(buffer, 16, idBytes));
    const termText = decoder.decode(new Uint8Array(buffer, 16 + idBytes, termBytes));
    const ids = idText === '' ? [] : idText.split('\n');
    const terms = termText === '' ? [] : termText.split('\n');
    const numbers = new VarintReader(new Uint8Array(buffer, 16 + idBytes + termBytes));
    const index = new TermIndex(rules);
    for (let field = 0; field < FIELDS; field++) {
      const lengths: number[] = new Array(ids.length);
      let total = 0;
      for (let doc = 0; doc < ids.length; doc++) {
        const n = numbers.take();
        lengths[doc] = n;
        total += n;
      }
      index.fieldLengths[field] = lengths;
      index.totalLengths[field] = total;
    }
    const allDocs = new Uint32Array(postingCount);
    const allTfs = new Uint16Array(postingCount);
    let at = 0;
    for (let field = 0; field < FIELDS; field++) {
      for (let term = 0; term < terms.length; term++) {
        const count = numbers.take();
        if (count === 0) continue;
        if (at + count > postingCount) throw new Error('search index: damaged');
        const start = at;
        let doc = 0;
        for (let i = 0; i < count; i++) {
          const n = numbers.take();
          doc += n >>> 1;
          allDocs[at] = doc;
          allTfs[at] = n & 1 ? numbers.take() : 1;
          at += 1;
        }
        index.postings[term * FIELDS + field] = {
          docs: allDocs.subarray(start, at),
          tfs: allTfs.subarray(start, at),
        };
      }
    }
    if (at !== postingCount) throw new Error('search index: damaged');
    index.ids = ids;
    index.numbers = new Map(ids.map((id, doc) => [id, doc]));
    index.terms = terms;
    index.termNumbers = new Map(terms.map((term, n) => [term, n]));
    return index;
  }
}

/** Unsigned integers, 7 bits a byte, low bits first; the high bit says another byte follows. */
class VarintWriter {
  private buffer: Uint8Array;
  private length = 0;
  constructor(estimate: number) {
    this.buffer = new Uint8Array(Math.max(64, estimate));
  }
  put(n: number): void {
    if (this.length + 5 > this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    let rest = n;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

class VarintReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  take(): number {
    const { bytes } = this;
    if (this.at >= bytes.length) throw new Error('search index: cut short');
    const first = bytes[this.at++] as number;
    if (first < 0x80) return first; // most numbers: gaps in common terms, lengths, counts
    let n = first & 0x7f;
    let scale = 0x80;
    for (;;) {
      if (this.at >= bytes.length) throw new Error('search index: cut short');
      const byte = bytes[this.at++] as number;
      n += (byte & 0x7f) * scale;
      if (byte < 0x80) return n;
      scale *= 0x80;
    }
  }
}

function queryTermsOf(query: string, rules: TermRules): string[] {
  const terms: string[] = [];
  for (const token of rules.tokenize(query)) {
    const term = rules.processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}
