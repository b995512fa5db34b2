// A text query answered before the whole directory is read: on a cold start with 20,000 services the
// read takes seconds on a slow phone, while the saved index and what was saved beside it (the listed
// services in alphabetical order) answer at once. The hits are counted and grouped by score from those
// alone; only the services a page can show are read (with their organizations and locations), and
// the ranking then runs on them through `queryDirectory`, the same code as once everything is read,
// so the page is the same before and after. Filters and browsing need every record: they wait.
import type { DirectorySnapshot } from '../db';
import { activeFilterCount, isListed } from '../model/filters';
import { RankOrder, searchGroup } from '../model/rank';
import { queryTerms } from '../search/normalize';
import { NOT_IN_ORDER, type SearchHits, type SearchIndex } from '../search/SearchIndex';
import {
  type DirectoryData,
  type DirectoryRequest,
  type DirectoryResults,
  directoryData,
  queryDirectory,
} from './directoryQuery';

/** What a start can read before the whole directory is read. */
export interface EarlyDirectory {
  /** Services by id, validated, with the organizations and locations they name. */
  read(ids: readonly string[]): Promise<DirectorySnapshot>;
}

/**
 * The listed services' ids in alphabetical order, one a line: saved beside the index, it gives each
 * hit's place in that order (`SearchHits.orders`) before any record is read.
 */
export function listedOrder(data: DirectoryData): string {
  const slots: number[] = [];
  for (const entry of data.bySlot) if (isListed(entry.service)) slots.push(entry.slot);
  slots.sort((a, b) => (data.orderBySlot[a] as number) - (data.orderBySlot[b] as number));
  return slots.map((slot) => data.bySlot[slot]?.service.id).join('\n');
}

/** The listed hits of a search: ids, scores and alphabetical positions, item by item. */
interface Listed {
  ids: string[];
  scores: Float64Array;
  orders: Uint32Array;
  groups: Uint8Array;
}

function listedHits(hits: SearchHits & { orders: Uint32Array }): Listed {
  const ids: string[] = [];
  const scores: number[] = [];
  const orders: number[] = [];
  for (let i = 0; i < hits.docs.length; i++) {
    const id = hits.ids[hits.docs[i] as number];
    const position = hits.orders[i] as number;
    // A service that is not listed never passes, filters or not.
    if (!id || position === NOT_IN_ORDER) continue;
    ids.push(id);
    scores.push(hits.scores[i] as number);
    orders.push(position);
  }
  let best = 0;
  for (const score of scores) best = Math.max(best, score);
  return {
    ids,
    scores: Float64Array.from(scores),
    orders: Uint32Array.from(orders),
    groups: Uint8Array.from(scores, (score) => searchGroup(score, best)),
  };
}

/**
 * The items to read for a page of `want`: with no place, the page itself (score, then name, decide
 * before any record is read); with a place, reach decides inside a score group, so every item of the
 * groups the page reaches.
 */
function toRead(listed: Listed, want: number, place: boolean): number[] {
  const { groups } = listed;
  if (!place) return new RankOrder({ ...listed, reachOf: () => null, reachableFirst: false }).top(want);
  const sizes: number[] = [];
  for (const g of groups) sizes[g] = (sizes[g] ?? 0) + 1;
  let last = 0;
  for (let seen = 0; last < sizes.length; last++) {
    seen += sizes[last] ?? 0;
    if (seen >= want) break;
  }
  const read: number[] = [];
  for (let i = 0; i < groups.length; i++) if ((groups[i] as number) <= last) read.push(i);
  return read;
}

/**
 * The first `want` results of a text query with no filter chosen, and the data of the services they
 * show; null for what needs the whole directory (no text, or a filter chosen) and when the index no
 * longer has the saved order. Results past `want` are not ranked: ask again with a larger `want`. A
 * record that cannot be read (set aside by db/, or gone) leaves its place to the next and the count.
 */
export async function queryEarly(
  index: SearchIndex,
  early: EarlyDirectory,
  request: DirectoryRequest,
  want: number,
): Promise<{ results: DirectoryResults; data: DirectoryData } | null> {
  if (queryTerms(request.text.trim()).length === 0 || activeFilterCount(request.filters) > 0) return null;
  const hits = await index.search(request.text.trim());
  if (!hits.orders) return null;
  const listed = listedHits({ ...hits, orders: hits.orders });
  let unreadable = 0;
  let read: number[] = [];
  let part: DirectorySnapshot = { services: [], organizations: [], locations: [] };
  for (let more = want; ; ) {
    read = toRead(listed, more, request.place !== null);
    part = await early.read(read.map((i) => listed.ids[i] as string));
    unreadable = read.length - part.services.length;
    if (unreadable === 0 || read.length >= listed.ids.length || more >= want + unreadable) break;
    more = want + unreadable;
  }
  const data = directoryData(
    part,
    new Map(read.map((i) => [listed.ids[i] as string, listed.orders[i] as number])),
  );
  const ranked = await queryDirectory(index, data, request);
  return {
    data,
    results: { length: listed.ids.length - unreadable, top: (n) => ranked.top(Math.min(n, want)) },
  };
}
