// One directory query, start to finish: full-text hits (or every service), the filters, open-now and
// reach for the chosen place, then the ranking, as far as a page asks. Pure but for the asynchronous
// index, so that the store and the benchmark run exactly the same code.

import { communityById } from '../data/reference';
import type { DirectorySnapshot } from '../db';
import { type DirectoryFilters, matchesFilters } from '../model/filters';
import type { Location } from '../model/location';
import { type OpenStatus, openStateAt, openStatus, weekMinute } from '../model/openNow';
import type { Organization } from '../model/organization';
import { browsingGroup, RankOrder, searchGroup } from '../model/rank';
import { type Place, type Reach, reachOf } from '../model/reach';
import type { Service } from '../model/service';
import { foldText } from '../model/text';
import { queryTerms } from '../search/normalize';
import type { SearchIndex } from '../search/SearchIndex';
import { yieldToPage } from './yieldToPage';

export interface ResultItem {
  id: string;
  name: string;
  service: Service;
  organization: Organization | undefined;
  locations: Location[];
  open: OpenStatus['state'];
  status: OpenStatus;
  reach: Reach | null;
  score?: number;
}

export interface DirectoryData {
  services: readonly Service[];
  servicesById: ReadonlyMap<string, Service>;
  organizations: ReadonlyMap<string, Organization>;
  locations: ReadonlyMap<string, Location>;
  /** Each service's in-person locations, resolved once per snapshot. */
  locationsByService: ReadonlyMap<string, Location[]>;
  /** Each service's position in alphabetical order (folded name, then id), once per snapshot. */
  order: ReadonlyMap<string, number>;
  /** Each service with what a query reads of it, by id. */
  entries: ReadonlyMap<string, ServiceEntry>;
  /** The same entries by slot (position in `services`). */
  bySlot: readonly ServiceEntry[];
  /** Each slot's position in alphabetical order. */
  orderBySlot: Uint32Array;
  /** Reach depends only on the service and the place: kept per place (by slot) until the data changes. */
  reachCache: Map<string, Array<Reach | undefined>>;
  /** Open states at one minute of the week (by slot), kept until the minute or the data changes. */
  openCache: { minute: number; states: Uint8Array };
  /**
   * Filter verdicts by slot (0 not known yet, 1 passes, 2 fails) per filters chosen, and for "open
   * now" per minute: typing more letters with the same filters tests no service twice.
   */
  filterCache: Map<DirectoryFilters, { minute: number; verdicts: Uint8Array }>;
}

export interface ServiceEntry {
  service: Service;
  /** Its position in `services`. */
  slot: number;
  /** Its place in alphabetical order. */
  order: number;
  locations: Location[];
}

/** A snapshot's data from its parts: each service's entry, and empty caches. */
function assemble(
  parts: Pick<
    DirectoryData,
    'services' | 'servicesById' | 'organizations' | 'locations' | 'locationsByService' | 'order'
  >,
): DirectoryData {
  const bySlot = parts.services.map((service, slot) => ({
    service,
    slot,
    order: parts.order.get(service.id) ?? 0,
    locations: parts.locationsByService.get(service.id) ?? NO_LOCATIONS,
  }));
  return {
    ...parts,
    entries: new Map(bySlot.map((entry) => [entry.service.id, entry])),
    bySlot,
    orderBySlot: Uint32Array.from(bySlot, (entry) => entry.order),
    reachCache: new Map(),
    openCache: { minute: -1, states: new Uint8Array(0) },
    filterCache: new Map(),
  };
}

export interface DirectoryRequest {
  text: string;
  filters: DirectoryFilters;
  place: Place | null;
  at: Date;
}

/** Data built ahead for a snapshot (`prepareDirectoryData`), taken instead of building it again. */
const prepared = new WeakMap<DirectorySnapshot, DirectoryData>();

export function directoryData(snapshot: DirectorySnapshot | null): DirectoryData {
  const ready = snapshot ? prepared.get(snapshot) : undefined;
  if (ready) return ready;
  const services = snapshot?.services ?? [];
  const locations = new Map((snapshot?.locations ?? []).map((l) => [l.id, l]));
  const locationsByService = new Map<string, Location[]>();
  for (const s of services) {
    const own: Location[] = [];
    for (const id of s.location_ids) {
      const l = locations.get(id);
      if (l) own.push(l);
    }
    locationsByService.set(s.id, own);
  }
  return assemble({
    services,
    servicesById: new Map(services.map((s) => [s.id, s])),
    organizations: new Map((snapshot?.organizations ?? []).map((o) => [o.id, o])),
    locations,
    locationsByService,
    order: alphabeticalOrder(services),
  });
}

const NO_LOCATIONS: Location[] = [];

/** Services handled per step of `prepareDirectoryData`. */
const PREPARE_STEP = 2000;

/**
 * Builds a snapshot's data in short steps (the page answering between them), so that setting a
 * 20,000-service snapshot after a bulk change does not hold the page for the whole build.
 */
export async function prepareDirectoryData(snapshot: DirectorySnapshot): Promise<void> {
  const { services } = snapshot;
  const locations = new Map(snapshot.locations.map((l) => [l.id, l]));
  const locationsByService = new Map<string, Location[]>();
  const servicesById = new Map<string, Service>();
  const keyed: Array<{ id: string; key: string }> = [];
  for (let start = 0; start < services.length; start += PREPARE_STEP) {
    for (const s of services.slice(start, start + PREPARE_STEP)) {
      servicesById.set(s.id, s);
      locationsByService.set(
        s.id,
        s.location_ids.map((id) => locations.get(id)).filter((l): l is Location => l !== undefined),
      );
      keyed.push({ id: s.id, key: orderKey(s) });
    }
    await yieldToPage();
  }
  keyed.sort(byKey);
  await yieldToPage();
  const order = new Map(keyed.map((k, i) => [k.id, i]));
  await yieldToPage();
  prepared.set(
    snapshot,
    assemble({
      services,
      servicesById,
      organizations: new Map(snapshot.organizations.map((o) => [o.id, o])),
      locations,
      locationsByService,
      order,
    }),
  );
}

const orderKey = (s: Service) => `${foldText(s.name)}\u0000${s.id}`;
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function alphabeticalOrder(services: readonly Service[]): Map<string, number> {
  const keyed = services.map((s) => ({ id: s.id, key: orderKey(s) }));
  keyed.sort(byKey);
  return new Map(keyed.map((k, i) => [k.id, i]));
}

const accessOf = (id: string) => communityById(id)?.access;

export function locationsOf(data: DirectoryData, service: Service): Location[] {
  return data.locationsByService.get(service.id) ?? NO_LOCATIONS;
}

function placeKey(place: Place): string {
  return `${place.lat},${place.lng},${place.communityId},${place.access}`;
}

/** The reach of every service from `place` (by slot), computed on first use and kept until the data changes. */
function reachCacheFor(data: DirectoryData, place: Place): Array<Reach | undefined> {
  const key = placeKey(place);
  let cache = data.reachCache.get(key);
  if (!cache) {
    // One place at a time is the common case; keep the cache from growing with GPS fixes.
    if (data.reachCache.size > 4) data.reachCache.clear();
    // Allocated whole, so that it stays a fast array (one filled at random slots would not).
    cache = new Array<Reach | undefined>(data.services.length).fill(undefined);
    data.reachCache.set(key, cache);
  }
  return cache;
}

function reachFor(cache: Array<Reach | undefined>, entry: ServiceEntry, place: Place): Reach {
  let reach = cache[entry.slot];
  if (!reach) {
    reach = reachOf(entry.service, entry.locations, place, accessOf);
    cache[entry.slot] = reach;
  }
  return reach;
}

const OPEN_STATES: ReadonlyArray<OpenStatus['state']> = ['open', 'unknown', 'closed'];

/** Open, closed or unknown at `minute`, computed once per service and minute. */
function openFor(data: DirectoryData, entry: ServiceEntry, minute: number): OpenStatus['state'] {
  let cache = data.openCache;
  if (cache.minute !== minute) {
    // By slot, 0 for not yet known, else 1 + the state's position in OPEN_STATES.
    cache = { minute, states: new Uint8Array(data.services.length) };
    data.openCache = cache;
  }
  const known = cache.states[entry.slot] as number;
  if (known > 0) return OPEN_STATES[known - 1] as OpenStatus['state'];
  const { service } = entry;
  const state = service.status === 'active' ? openStateAt(service.schedules, minute) : 'closed';
  cache.states[entry.slot] = 1 + OPEN_STATES.indexOf(state);
  return state;
}

export function resultItem(
  data: DirectoryData,
  service: Service,
  at: Date | number,
  place: Place | null,
  score?: number,
): ResultItem {
  const status = openStatus(service.schedules, at);
  const item: ResultItem = {
    id: service.id,
    name: service.name,
    service,
    organization: data.organizations.get(service.organization_id),
    locations: locationsOf(data, service),
    open: service.status === 'active' ? status.state : 'closed',
    status,
    reach: null,
  };
  const entry = data.entries.get(service.id);
  if (place)
    item.reach = entry
      ? reachFor(reachCacheFor(data, place), entry, place)
      : reachOf(service, locationsOf(data, service), place, accessOf);
  if (score !== undefined) item.score = score;
  return item;
}

/** A ranked match: what ordering reads, and the service; `resultItem()` fills in the rest for display. */
export interface RankedHit {
  id: string;
  order: number;
  service: Service;
  open: OpenStatus['state'];
  reach: Reach | null;
  score?: number;
}

/**
 * A query's results: how many, and the first of them in rank order, ranked as far as asked (a page
 * shows 20 of what may be thousands; "show more" asks for the next).
 */
export interface DirectoryResults {
  readonly length: number;
  /** The first `n` results (all of them when there are fewer), best first. */
  top(n: number): RankedHit[];
}

/**
 * Each document's slot + 1 (0: not looked up yet; -1: no such service), per index numbering (its
 * `ids` array) and snapshot: a document is looked up by id once, not at every query.
 */
const documentSlots = new WeakMap<ReadonlyArray<string | null>, { data: DirectoryData; slots: Int32Array }>();

function slotsOfDocuments(ids: ReadonlyArray<string | null>, data: DirectoryData): Int32Array {
  let known = documentSlots.get(ids);
  if (!known || known.data !== data) {
    known = { data, slots: new Int32Array(ids.length) };
    documentSlots.set(ids, known);
  } else if (known.slots.length < ids.length) {
    // The index added documents since.
    const more = new Int32Array(Math.max(ids.length, known.slots.length * 2));
    more.set(known.slots);
    known.slots = more;
  }
  return known.slots;
}

/** The filters chosen last (a person changes them by hand), each with its verdicts. */
const CACHED_FILTERS = 8;

function verdictsOf(data: DirectoryData, filters: DirectoryFilters, minute: number): Uint8Array {
  const at = filters.openNow ? minute : -1;
  let cached = data.filterCache.get(filters);
  if (!cached || cached.minute !== at) {
    if (!cached && data.filterCache.size >= CACHED_FILTERS)
      data.filterCache.delete(data.filterCache.keys().next().value as DirectoryFilters);
    cached = { minute: at, verdicts: new Uint8Array(data.bySlot.length) };
    data.filterCache.set(filters, cached);
  }
  return cached.verdicts;
}

export async function queryDirectory(
  index: SearchIndex,
  data: DirectoryData,
  request: DirectoryRequest,
): Promise<DirectoryResults> {
  const text = request.text.trim();
  // Stop words alone ("the", "de la") search for nothing: like an empty query, they find everything.
  const hits = queryTerms(text).length > 0 ? await index.search(text) : null;
  const minute = weekMinute(request.at);
  const { place, filters } = request;
  const { bySlot } = data;
  const verdicts = verdictsOf(data, filters, minute);
  const passes = (slot: number): boolean => {
    let verdict = verdicts[slot] as number;
    if (verdict === 0) {
      const entry = bySlot[slot] as ServiceEntry;
      verdict = matchesFilters(entry.service, entry.locations, filters, minute) ? 1 : 2;
      verdicts[slot] = verdict;
    }
    return verdict === 1;
  };
  // The slots of the services that pass the filters, and their scores when searching.
  let slots: Uint32Array;
  let scores: Float64Array | null = null;
  let count = 0;
  if (hits) {
    const { docs, ids } = hits;
    const slotOf = slotsOfDocuments(ids, data);
    slots = new Uint32Array(docs.length);
    scores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      let known = slotOf[doc] as number;
      if (known === 0) {
        const entry = data.entries.get(ids[doc] ?? '');
        known = entry ? entry.slot + 1 : -1;
        slotOf[doc] = known;
      }
      if (known < 0 || !passes(known - 1)) continue;
      slots[count] = known - 1;
      scores[count] = hits.scores[i] as number;
      count += 1;
    }
    scores = scores.subarray(0, count);
  } else {
    slots = new Uint32Array(bySlot.length);
    for (let slot = 0; slot < bySlot.length; slot++) if (passes(slot)) slots[count++] = slot;
  }
  slots = slots.subarray(0, count);
  const entryAt = (i: number) => bySlot[slots[i] as number] as ServiceEntry;
  const reachCache = place ? reachCacheFor(data, place) : null;
  const reachAt = (i: number): Reach | null =>
    place && reachCache ? reachFor(reachCache, entryAt(i), place) : null;
  const remotePlace = place !== null && place.access !== 'road';
  const groups = new Uint8Array(count);
  if (scores) {
    let best = 0;
    for (const score of scores) best = Math.max(best, score);
    for (let i = 0; i < count; i++) groups[i] = searchGroup(scores[i] as number, best);
  } else {
    // Browsing orders every service by its open state and reach first.
    for (let i = 0; i < count; i++)
      groups[i] = browsingGroup(openFor(data, entryAt(i), minute), reachAt(i), remotePlace);
  }
  const orders = new Uint32Array(count);
  for (let i = 0; i < count; i++) orders[i] = data.orderBySlot[slots[i] as number] as number;
  const order = new RankOrder({
    groups,
    scores,
    orders,
    reachOf: reachAt,
    reachableFirst: scores !== null && remotePlace,
  });
  const made: Array<RankedHit | undefined> = [];
  const hitAt = (i: number): RankedHit => {
    let hit = made[i];
    if (!hit) {
      const entry = entryAt(i);
      hit = {
        id: entry.service.id,
        order: entry.order,
        service: entry.service,
        open: openFor(data, entry, minute),
        reach: reachAt(i),
      };
      if (scores) hit.score = scores[i] as number;
      made[i] = hit;
    }
    return hit;
  };
  return { length: count, top: (n) => order.top(n).map(hitAt) };
}
