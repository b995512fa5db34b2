// Search at directory scale, in Node: build the index over N generated services, then run the query
// mix through the same pipeline the app runs (index, filters, open now, reach, ranking of the first
// page the list shows).
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { generateServices } from '../../src/data/generate';
import { communityById } from '../../src/data/reference';
import { NO_FILTERS } from '../../src/model/filters';
import { placeOfCommunity } from '../../src/model/reach';
import { createSearchIndex } from '../../src/search/SearchIndex';
import { directoryData, locationsOf, queryDirectory } from '../../src/state/directoryQuery';
import { RESULTS_PAGE } from '../../src/state/directoryStore';
import { toSearchDocument } from '../../src/state/searchDocuments';
import { benchQueries } from './queries';

export interface SearchBenchResult {
  services: number;
  queries: number;
  buildMs: number;
  /** The index as saved (`serialize()`), raw and gzipped. */
  savedBytes: number;
  savedGzipBytes: number;
  /** Reading the saved index back (`restore()`), what a start does instead of building. */
  restoreMs: number;
  p50Ms: number;
  p95Ms: number;
  /** p95 over the first query of each distinct text only (no cached hits). */
  coldP95Ms: number;
  maxMs: number;
  /** Queries that found nothing (a sanity check on the mix). */
  empty: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function runSearchBench(services: number, queryCount: number): Promise<SearchBenchResult> {
  const directory = generateServices(services, 2026);
  const data = directoryData(directory);
  const at = new Date('2026-11-17T23:30:00Z');

  const buildStart = performance.now();
  const index = createSearchIndex();
  await index.load(
    directory.services.map((s) =>
      toSearchDocument(s, data.organizations.get(s.organization_id), locationsOf(data, s)),
    ),
  );
  const buildMs = performance.now() - buildStart;

  const saved = await index.serialize();
  const savedBytes = saved.byteLength;
  const savedGzipBytes = gzipSync(new Uint8Array(saved)).byteLength;
  const reloaded = createSearchIndex();
  const restoreStart = performance.now();
  await reloaded.restore(saved);
  // The first search after a reload completes what a reload does (the vocabulary's prefix tree).
  await reloaded.search('warm');
  const restoreMs = performance.now() - restoreStart;
  if (reloaded.size !== index.size) throw new Error('search bench: the reloaded index differs');

  const queries = benchQueries(queryCount);
  // A warm-up pass (JIT, caches of the pipeline) on texts outside the mix, so no measured text is cached.
  for (const text of ['warm', 'warming up', 'zzzz']) {
    await queryDirectory(index, data, { text, filters: NO_FILTERS, place: null, at });
  }
  const times: number[] = [];
  const coldTimes: number[] = [];
  const seen = new Set<string>();
  let empty = 0;
  for (const q of queries) {
    const community = q.place ? communityById(q.place) : undefined;
    const start = performance.now();
    const results = await queryDirectory(index, data, {
      text: q.text,
      filters: q.filters,
      place: community ? placeOfCommunity(community) : null,
      at,
    });
    results.top(RESULTS_PAGE);
    const ms = performance.now() - start;
    times.push(ms);
    if (!seen.has(q.text)) coldTimes.push(ms);
    seen.add(q.text);
    if (results.length === 0) empty += 1;
  }
  times.sort((a, b) => a - b);
  coldTimes.sort((a, b) => a - b);
  return {
    services,
    queries: queries.length,
    buildMs,
    savedBytes,
    savedGzipBytes,
    restoreMs,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    coldP95Ms: percentile(coldTimes, 95),
    maxMs: times[times.length - 1] ?? Number.NaN,
    empty,
  };
}
