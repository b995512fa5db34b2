// The directory screen's state: the query, filters and place a person chose (in memory only; search
// text is never stored), the ranked results, the saved list and the remembered community. Records
// come from IndexedDB through a live query and feed the search index incrementally.
import { batch, computed, effect, signal } from '@preact/signals';
import { COMMUNITIES, communityById } from '../data/reference';
import {
  type CircleDatabase,
  type DirectorySnapshot,
  observeDirectory,
  readSetting,
  writeSetting,
} from '../db';
import { type DirectoryFilters, NO_FILTERS } from '../model/filters';
import type { Location } from '../model/location';
import { type Place, placeOfCommunity, placeOfPoint } from '../model/reach';
import type { Service } from '../model/service';
import { createSearchIndex, type SearchIndex } from '../search/SearchIndex';
import { isQuotaError } from './deviceStore';
import { directoryData, queryDirectory, type RankedHit, type ResultItem, resultItem } from './directoryQuery';
import { toSearchDocument } from './searchDocuments';

export type { RankedHit, ResultItem } from './directoryQuery';

export const RESULTS_PAGE = 20;
const CLOCK_TICK_MS = 60_000;

export type PlaceChoice = { kind: 'community'; id: string } | { kind: 'gps'; lat: number; lng: number };
export type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable';

export interface DirectoryStoreOptions {
  db: CircleDatabase;
  now?: () => Date;
  geolocation?: Pick<Geolocation, 'getCurrentPosition'> | null;
  index?: SearchIndex;
}

export function createDirectoryStore(options: DirectoryStoreOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const index = options.index ?? createSearchIndex();

  const snapshot = signal<DirectorySnapshot | null>(null);
  const query = signal('');
  const filters = signal<DirectoryFilters>(NO_FILTERS);
  const placeChoice = signal<PlaceChoice | null>(null);
  const locate = signal<LocateState>('idle');
  const results = signal<RankedHit[] | null>(null);
  const visible = signal(RESULTS_PAGE);
  const saved = signal<string[]>([]);
  const clock = signal(0);
  const saveProblem = signal<'storage-full' | 'failed' | null>(null);

  const place = computed<Place | null>(() => {
    const choice = placeChoice.value;
    if (!choice) return null;
    if (choice.kind === 'gps') return placeOfPoint(choice.lat, choice.lng, COMMUNITIES);
    const community = communityById(choice.id);
    return community ? placeOfCommunity(community) : null;
  });

  const data = computed(() => directoryData(snapshot.value));

  let generation = 0;
  async function compute(): Promise<void> {
    const mine = ++generation;
    if (!snapshot.value) return;
    const ranked = await queryDirectory(index, data.value, {
      text: query.value,
      filters: filters.value,
      place: place.value,
      at: now(),
    });
    if (mine === generation) results.value = ranked;
  }

  /** Keeps the index in step with the records, touching only what changed. */
  async function syncIndex(next: DirectorySnapshot, previous: DirectorySnapshot | null): Promise<void> {
    const orgs = new Map(next.organizations.map((o) => [o.id, o]));
    const locs = new Map(next.locations.map((l) => [l.id, l]));
    const docOf = (s: Service) =>
      toSearchDocument(
        s,
        orgs.get(s.organization_id),
        s.location_ids.map((id) => locs.get(id)).filter((l): l is Location => l !== undefined),
      );
    if (!previous || index.size === 0) {
      await index.load(next.services.map(docOf));
      return;
    }
    const before = new Map(previous.services.map((s) => [s.id, s.last_modified]));
    const orgChanged = new Set(
      next.organizations
        .filter((o) => previous.organizations.find((p) => p.id === o.id)?.last_modified !== o.last_modified)
        .map((o) => o.id),
    );
    for (const s of next.services) {
      if (before.get(s.id) !== s.last_modified || orgChanged.has(s.organization_id))
        await index.upsert(docOf(s));
      before.delete(s.id);
    }
    for (const gone of before.keys()) await index.remove(gone);
  }

  const disposers: Array<() => void> = [];

  async function start(): Promise<void> {
    const [rememberedPlace, rememberedSaved] = await Promise.all([
      readSetting<PlaceChoice>(db, 'place'),
      readSetting<string[]>(db, 'saved'),
    ]);
    batch(() => {
      if (rememberedPlace?.kind === 'community' && communityById(rememberedPlace.id))
        placeChoice.value = rememberedPlace;
      saved.value = Array.isArray(rememberedSaved) ? rememberedSaved : [];
    });
    await new Promise<void>((ready) => {
      const subscription = observeDirectory(db).subscribe({
        next: (next) => {
          // Browsing needs no index: show the records now; text queries wait for the index, which
          // runs its updates in order (see SearchIndex).
          const previous = snapshot.peek();
          void syncIndex(next, previous);
          snapshot.value = next;
          ready();
        },
        error: (error) => {
          console.error(error);
          ready();
        },
      });
      disposers.push(() => subscription.unsubscribe());
    });
    disposers.push(
      effect(() => {
        void snapshot.value;
        void query.value;
        void filters.value;
        void place.value;
        void clock.value;
        void compute();
      }),
    );
    const timer = setInterval(() => {
      clock.value += 1;
    }, CLOCK_TICK_MS);
    disposers.push(() => clearInterval(timer));
  }

  function stop(): void {
    for (const dispose of disposers.splice(0)) dispose();
  }

  /** Resolves once the results reflect the current query, filters and place. */
  async function settled(): Promise<void> {
    await compute();
  }

  function setQuery(text: string): void {
    batch(() => {
      query.value = text;
      visible.value = RESULTS_PAGE;
    });
  }

  function setFilters(next: DirectoryFilters): void {
    batch(() => {
      filters.value = next;
      visible.value = RESULTS_PAGE;
    });
  }

  async function chooseCommunity(id: string | null): Promise<void> {
    placeChoice.value = id ? { kind: 'community', id } : null;
    locate.value = 'idle';
    if (id) await writeSetting(db, 'place', { kind: 'community', id });
    else await writeSetting(db, 'place', null);
  }

  /** The device's position (GPS needs no network); it is used, never stored. */
  function useDevicePosition(): void {
    const geo = options.geolocation;
    if (!geo) {
      locate.value = 'unavailable';
      return;
    }
    locate.value = 'locating';
    geo.getCurrentPosition(
      (position) => {
        batch(() => {
          placeChoice.value = { kind: 'gps', lat: position.coords.latitude, lng: position.coords.longitude };
          locate.value = 'idle';
        });
      },
      (error) => {
        locate.value = error.code === 1 ? 'denied' : 'unavailable';
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 600_000 },
    );
  }

  async function toggleSaved(id: string): Promise<void> {
    const before = saved.value;
    const next = before.includes(id) ? before.filter((s) => s !== id) : [...before, id];
    saved.value = next;
    try {
      await writeSetting(db, 'saved', next);
      saveProblem.value = null;
    } catch (error) {
      // The screen keeps showing what the person chose; the problem is said beside it.
      saveProblem.value =
        isQuotaError(error) || isQuotaError((error as { inner?: unknown }).inner) ? 'storage-full' : 'failed';
      saved.value = before;
    }
  }

  /** Quick exit: nothing of what was searched, chosen or looked at stays in memory. */
  function forget(): void {
    generation += 1;
    batch(() => {
      query.value = '';
      filters.value = NO_FILTERS;
      placeChoice.value = null;
      results.value = null;
      visible.value = RESULTS_PAGE;
      saved.value = [];
    });
  }

  function showMore(): void {
    visible.value += RESULTS_PAGE;
  }

  /** A single service with its open status and reach, for the service page and the saved list. */
  function item(id: string): ResultItem | null {
    const service = data.value.servicesById.get(id);
    return service ? resultItem(data.value, service, now(), place.value) : null;
  }

  return {
    snapshot,
    query,
    filters,
    placeChoice,
    place,
    locate,
    results,
    visible,
    saved,
    saveProblem,
    start,
    stop,
    settled,
    setQuery,
    setFilters,
    chooseCommunity,
    useDevicePosition,
    toggleSaved,
    forget,
    showMore,
    item,
  };
}

export type DirectoryStore = ReturnType<typeof createDirectoryStore>;
