// One directory query, start to finish: full-text hits (or every service), the filters, open-now and
// reach for the chosen place, then the ranking. Pure but for the asynchronous index, so that the
// store and the benchmark run exactly the same code.

import { communityById } from '../data/reference';
import type { DirectorySnapshot } from '../db';
import { type DirectoryFilters, matchesFilters } from '../model/filters';
import type { Location } from '../model/location';
import { type OpenStatus, openStateAt, openStatus, weekMinute } from '../model/openNow';
import type { Organization } from '../model/organization';
import { rankForBrowsing, rankForSearch } from '../model/rank';
import { type Place, type Reach, reachOf } from '../model/reach';
import type { Service } from '../model/service';
import { foldText } from '../model/text';
import { queryTerms } from '../search/normalize';
import type { SearchHit, SearchIndex } from '../search/SearchIndex';
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
  /** Each service with what a query reads of it, found by one lookup per hit. */
  entries: ReadonlyMap<string, ServiceEntry>;
  /** Reach depends only on the service and the place: kept per place (by slot) until the data changes. */
  reachCache: Map<string, Array<Reach | undefined>>;
  /** Open states at one minute of the week (by slot), kept until the minute or the data changes. */
  openCache: { minute: number; states: Uint8Array };
}

export interface ServiceEntry {
  service: Service;
  /** Its position in `services`. */
  slot: number;
  /** Its place in alphabetical order. */
  order: number;
  locations: Location[];
}

function entriesOf(
  services: readonly Service[],
  locationsByService: ReadonlyMap<string, Location[]>,
  order: ReadonlyMap<string, number>,
): Map<string, ServiceEntry> {
  const entries = new Map<string, ServiceEntry>();
  services.forEach((service, slot) => {
    entries.set(service.id, {
      service,
      slot,
      order: order.get(service.id) ?? 0,
      locations: locationsByService.get(service.id) ?? NO_LOCATIONS,
    });
  });
  return entries;
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
  const order = alphabeticalOrder(services);
  return {
    services,
    servicesById: new Map(services.map((s) => [s.id, s])),
    organizations: new Map((snapshot?.organizations ?? []).map((o) => [o.id, o])),
    locations,
    locationsByService,
    order,
    entries: entriesOf(services, locationsByService, order),
    reachCache: new Map(),
    openCache: { minute: -1, states: new Uint8Array(0) },
  };
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
  const entries = entriesOf(services, locationsByService, order);
  await yieldToPage();
  prepared.set(snapshot, {
    services,
    servicesById,
    organizations: new Map(snapshot.organizations.map((o) => [o.id, o])),
    locations,
    locationsByService,
    order,
    entries,
    reachCache: new Map(),
    openCache: { minute: -1, states: new Uint8Array(0) },
  });
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

/** A ranked match: enough to order thousands cheaply; `resultItem()` fills in the rest for display. */
export interface RankedHit {
  id: string;
  order: number;
  service: Service;
  open: OpenStatus['state'];
  reach: Reach | null;
  score?: number;
}

/** Each hit list's entries, for the data they were looked up in (a new snapshot looks up again). */
const hitEntries = new WeakMap<
  readonly SearchHit[],
  { data: DirectoryData; entries: Array<ServiceEntry | undefined> }
>();

export async function queryDirectory(
  index: SearchIndex,
  data: DirectoryData,
  request: DirectoryRequest,
): Promise<RankedHit[]> {
  const text = request.text.trim();
  // Stop words alone ("the", "de la") search for nothing: like an empty query, they find everything.
  const hits = queryTerms(text).length > 0 ? await index.search(text) : null;
  const minute = weekMinute(request.at);
  const { place, filters } = request;
  const reachCache = place ? reachCacheFor(data, place) : null;
  const ranked: RankedHit[] = [];
  const consider = (entry: ServiceEntry | undefined, score?: number) => {
    if (!entry || !matchesFilters(entry.service, entry.locations, filters, minute)) return;
    const hit: RankedHit = {
      id: entry.service.id,
      order: entry.order,
      service: entry.service,
      open: openFor(data, entry, minute),
      reach: place && reachCache ? reachFor(reachCache, entry, place) : null,
    };
    if (score !== undefined) hit.score = score;
    ranked.push(hit);
  };
  const { entries } = data;
  if (hits) {
    // The index answers a repeated text with the same hits: their entries are looked up once.
    let found = hitEntries.get(hits);
    if (!found || found.data !== data) {
      found = { data, entries: hits.map((hit) => entries.get(hit.id)) };
      hitEntries.set(hits, found);
    }
    for (let i = 0; i < hits.length; i++) consider(found.entries[i], (hits[i] as SearchHit).score);
  } else for (const entry of entries.values()) consider(entry);
  const remotePlace = place !== null && place.access !== 'road';
  return hits ? rankForSearch(ranked, remotePlace) : rankForBrowsing(ranked, remotePlace);
}
