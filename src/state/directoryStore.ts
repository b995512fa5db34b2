// The directory screen's state: the query, filters and place a person chose (in memory only; search
// text is never stored), the ranked results, the saved list and the remembered community. Records
// come from IndexedDB through a live query and feed the search index incrementally.

import { batch, computed, effect, signal } from '@preact/signals';
import { COMMUNITIES, communityById } from '../data/reference';
import {
  type CircleDatabase,
  type DirectoryDelta,
  type DirectorySnapshot,
  observeDirectoryChanges,
  readDirectoryInSteps,
  readSavedList,
  readSavedSearchIndex,
  readSetting,
  type SearchIndexMark,
  writeSavedList,
  writeSavedSearchIndex,
  writeSetting,
} from '../db';
import { type DirectoryFilters, NO_FILTERS } from '../model/filters';
import type { Location } from '../model/location';
import type { Organization } from '../model/organization';
import { type Place, placeOfCommunity, placeOfPoint } from '../model/reach';
import type { Service } from '../model/service';
import type { SearchDocument, SearchIndex } from '../search/SearchIndex';
import { createBrowserSearchIndex } from '../search/workerSearchIndex';
import { isQuotaError } from './deviceStore';
import {
  type DirectoryResults,
  directoryData,
  prepareDirectoryData,
  queryDirectory,
  type ResultItem,
  resultItem,
} from './directoryQuery';
import { searchIndexFormat, toSearchDocument } from './searchDocuments';
import { yieldToPage } from './yieldToPage';

export type { DirectoryResults, RankedHit, ResultItem } from './directoryQuery';

export const RESULTS_PAGE = 20;
const CLOCK_TICK_MS = 60_000;
/** Search documents made per step when a whole directory is indexed. */
const DOCUMENT_STEP = 2000;
/** The index is saved this long after the last change it took (a sync's edits come in bursts). */
const SAVE_INDEX_AFTER_MS = 4000;

export type PlaceChoice = { kind: 'community'; id: string } | { kind: 'gps'; lat: number; lng: number };
export type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable';

export interface DirectoryStoreOptions {
  db: CircleDatabase;
  /** The app lock's data key while unlocked (the saved list is sealed under it when a lock is set). */
  lockKey?: () => CryptoKey | null;
  now?: () => Date;
  geolocation?: Pick<Geolocation, 'getCurrentPosition'> | null;
  index?: SearchIndex;
  /** How long after the last change the index is saved (tests shorten it). */
  indexSaveDelayMs?: number;
}

export function createDirectoryStore(options: DirectoryStoreOptions) {
  const { db } = options;
  const lockKey = options.lockKey ?? (() => null);
  const now = options.now ?? (() => new Date());
  // In the browser, the index lives in a worker; in Node and without workers, in this thread.
  const index = options.index ?? createBrowserSearchIndex();

  const snapshot = signal<DirectorySnapshot | null>(null);
  const query = signal('');
  const filters = signal<DirectoryFilters>(NO_FILTERS);
  const placeChoice = signal<PlaceChoice | null>(null);
  const locate = signal<LocateState>('idle');
  const results = signal<DirectoryResults | null>(null);
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
    // Text waits for the index of this snapshot (loaded or built); browsing needs none.
    if (query.value.trim() !== '') {
      await indexReady;
      if (mine !== generation) return;
    }
    const ranked = await queryDirectory(index, data.value, {
      text: query.value,
      filters: filters.value,
      place: place.value,
      at: now(),
    });
    if (mine === generation) results.value = ranked;
  }

  function documentOf(
    service: Service,
    orgs: ReadonlyMap<string, Organization>,
    locs: ReadonlyMap<string, Location>,
  ) {
    return toSearchDocument(
      service,
      orgs.get(service.organization_id),
      service.location_ids.map((id) => locs.get(id)).filter((l): l is Location => l !== undefined),
    );
  }

  /** The index of a new snapshot; its documents are made a step at a time (20,000 in one go held the page). */
  async function loadIndex(next: DirectorySnapshot): Promise<void> {
    const orgs = new Map(next.organizations.map((o) => [o.id, o]));
    const locs = new Map(next.locations.map((l) => [l.id, l]));
    const documents: SearchDocument[] = [];
    for (let start = 0; start < next.services.length; start += DOCUMENT_STEP) {
      for (const s of next.services.slice(start, start + DOCUMENT_STEP))
        documents.push(documentOf(s, orgs, locs));
      if (start + DOCUMENT_STEP < next.services.length) await yieldToPage();
    }
    return index.load(documents);
  }

  /** The change-feed position the index reflects; null when it may have missed a change (never saved). */
  let indexCursor: number | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let applying: Promise<void> = Promise.resolve();
  /** Settles once the index reflects the snapshot shown (after a start or a reset). */
  let indexReady: Promise<void> = Promise.resolve();

  /**
   * The index of a snapshot read at `cursor`: the saved one if it reflects exactly that (same layout
   * and words, same feed position, same number of services), otherwise built again and saved.
   */
  async function openIndex(next: DirectorySnapshot, cursor: number): Promise<void> {
    indexCursor = null;
    const mark: SearchIndexMark = { format: searchIndexFormat(), cursor, services: next.services.length };
    const saved = await readSavedSearchIndex(db, mark).catch(() => null);
    if (saved) {
      try {
        await index.restore(saved);
        if (index.size === mark.services) {
          indexCursor = cursor;
          return;
        }
      } catch {
        // Unreadable: built again below.
      }
    }
    await loadIndex(next);
    indexCursor = cursor;
    scheduleSave();
  }

  function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      // In the change chain, so that no edit lands between what is saved and the mark saved with it.
      applying = applying.then(saveIndex);
    }, options.indexSaveDelayMs ?? SAVE_INDEX_AFTER_MS);
  }

  async function saveIndex(): Promise<void> {
    if (indexCursor === null) return;
    const mark: SearchIndexMark = { format: searchIndexFormat(), cursor: indexCursor, services: index.size };
    try {
      await writeSavedSearchIndex(db, mark, await index.serialize());
    } catch (error) {
      // A full disk or a closed database: the next start builds the index again.
      if ((error as { name?: string } | null)?.name !== 'DatabaseClosedError') console.warn(error);
    }
  }

  /**
   * Applies one change from the feed: the changed records replace theirs, the index updates the
   * services they touch (an organization's or a location's edit reaches every service that uses it),
   * and only then does the snapshot change, so results are recomputed once, on the whole change.
   */
  async function applyDelta(delta: DirectoryDelta): Promise<void> {
    const current = snapshot.peek();
    if (!current) return;
    const services = new Map(current.services.map((s) => [s.id, s]));
    const orgs = new Map(current.organizations.map((o) => [o.id, o]));
    const locs = new Map(current.locations.map((l) => [l.id, l]));
    const put = <T>(map: Map<string, T>, changes: Map<string, T | null>) => {
      for (const [id, value] of changes) {
        if (value) map.set(id, value);
        else map.delete(id);
      }
    };
    put(services, delta.services);
    put(orgs, delta.organizations);
    put(locs, delta.locations);
    const touched = new Set(delta.services.keys());
    if (delta.organizations.size > 0 || delta.locations.size > 0) {
      for (const s of services.values()) {
        if (
          delta.organizations.has(s.organization_id) ||
          s.location_ids.some((id) => delta.locations.has(id))
        )
          touched.add(s.id);
      }
    }
    await Promise.all(
      [...touched].map((id) => {
        const service = services.get(id);
        return service ? index.upsert(documentOf(service, orgs, locs)) : index.remove(id);
      }),
    );
    snapshot.value = {
      services: [...services.values()],
      organizations: [...orgs.values()],
      locations: [...locs.values()],
    };
  }

  const disposers: Array<() => void> = [];

  async function start(): Promise<void> {
    const [rememberedPlace, rememberedSaved] = await Promise.all([
      readSetting(db, 'place'),
      readSavedList(db, lockKey()),
    ]);
    batch(() => {
      if (rememberedPlace?.kind === 'community' && communityById(rememberedPlace.id))
        placeChoice.value = rememberedPlace;
      saved.value = Array.isArray(rememberedSaved) ? rememberedSaved : [];
    });
    try {
      const first = await readDirectoryInSteps(db);
      await prepareDirectoryData(first.snapshot);
      let cursor = first.cursor;
      // Browsing needs no index: show the records now; text queries wait for the index, which runs
      // its updates in order (see SearchIndex).
      snapshot.value = first.snapshot;
      applying = openIndex(first.snapshot, first.cursor).catch((error: unknown) => console.error(error));
      indexReady = applying;
      const subscription = observeDirectoryChanges(db, () => cursor).subscribe({
        next: (change) => {
          if (!change || change.cursor <= cursor) return;
          cursor = change.cursor;
          applying = applying
            .then(async () => {
              if (change.kind === 'reset') {
                const again = await readDirectoryInSteps(db);
                await prepareDirectoryData(again.snapshot);
                const opened = openIndex(again.snapshot, again.cursor);
                indexReady = opened.catch(() => undefined);
                snapshot.value = again.snapshot;
                await opened;
              } else {
                const known = indexCursor;
                indexCursor = null;
                await applyDelta(change);
                if (known !== null) {
                  indexCursor = change.cursor;
                  scheduleSave();
                }
              }
            })
            // A wipe or another tab's upgrade closes the database mid-read: the app says so elsewhere.
            .catch((error: unknown) => {
              if ((error as { name?: string } | null)?.name !== 'DatabaseClosedError') console.error(error);
            });
        },
        error: (error) => console.error(error),
      });
      disposers.push(() => subscription.unsubscribe());
    } catch (error) {
      console.error(error);
    }
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
    clearTimeout(saveTimer);
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
      if ((await writeSavedList(db, next, lockKey())) === 'locked') throw new Error('locked');
      saveProblem.value = null;
    } catch (error) {
      // The screen keeps showing what the person chose; the problem is said beside it.
      saveProblem.value =
        isQuotaError(error) || isQuotaError((error as { inner?: unknown }).inner) ? 'storage-full' : 'failed';
      saved.value = before;
    }
  }

  /** The saved list read again (after an unlock, a join, or a lock set or removed in another tab). */
  async function reloadSaved(): Promise<void> {
    saved.value = await readSavedList(db, lockKey());
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
    reloadSaved,
    forget,
    showMore,
    item,
  };
}

export type DirectoryStore = ReturnType<typeof createDirectoryStore>;
