// In-memory app state as signals, testable without a DOM: the database's status, the locale and its
// catalog, whether the sample directory is loaded, and the network this device belongs to. IndexedDB
// stays the truth for records.
import { batch, computed, effect, signal } from '@preact/signals';
import {
  type CircleDatabase,
  type ClosedReason,
  deleteDatabase,
  loadSampleDirectory,
  openDatabase,
  readNetwork,
  readSampleMarker,
  type Unreadable,
} from '../db';
import { type Catalog, englishCatalog, type Locale, loadCatalog, translator } from '../i18n';
import type { FetchLike } from '../sync/hubClient';
import { createLazyHubClient } from '../sync/lazyHubClient';
import { type BackEnvironment, createBackLayers, NO_BACK } from './backCatcher';
import { createDeviceStore, type DevicePlatform } from './deviceStore';
import { createDirectoryStore } from './directoryStore';
import { createJournal, type JournalStorage, type Locks } from './journal';
import { createListingDrafts } from './listingDrafts';
import { createListingStore } from './listingStore';
import { createLockStore, type LockChannel } from './lockStore';
import { createNavigation } from './navigation';
import { createNetworkStore } from './networkStore';
import type { ExitEnvironment } from './quickExit';
import type { ReferralStore } from './referralStore';
import { createSyncStore, type SyncEnvironment } from './syncStore';
import { createWorkbookStore } from './workbookStore';
import { yieldToPage } from './yieldToPage';

/** `storage-full`: the database opened, but the device had no room for the first sample directory. */
export type DbStatus = 'opening' | 'ready' | 'blocked' | 'failed' | 'storage-full' | 'wiped' | ClosedReason;

const LOCALE_KEY = 'circle.locale';

export interface AppStoreOptions {
  /** The phone's Back inside the app (close watcher or guard entry); none in Node. */
  back?: BackEnvironment;
  dbName?: string;
  initialLocale: Locale;
  /** Where the chosen locale is remembered (localStorage in the page). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  geolocation?: Pick<Geolocation, 'getCurrentPosition'> | null;
  now?: () => Date;
  /** Device settings storage and the offline copies; an in-memory stand-in when absent. */
  platform?: DevicePlatform;
  /** Where unsaved text is journaled synchronously (localStorage in the page). */
  journalStorage?: JournalStorage | null;
  /** Web Locks, to tell a closed tab's journal from a live one's. */
  locks?: Locks | null;
  /** This page's origin: the only hub the device may join (One origin). */
  origin?: string;
  /** How requests reach the hub; the page's own fetch when absent (a fake in tests). */
  hubFetch?: FetchLike;
  /** What starts a sync (events, Web Locks, the service worker); none in tests that sync by hand. */
  syncEnvironment?: SyncEnvironment;
  /** Whether the browser says it has a link (`navigator.onLine` when absent). */
  online?: () => boolean;
  /** The app lock: its hint storage (localStorage), other tabs (BroadcastChannel), and its clock. */
  lock?: {
    hint?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
    channel?: LockChannel | null;
    scheduler?: import('../vault/lockPolicy').Scheduler;
  };
}

function memoryStorage(): DevicePlatform['storage'] {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    clear: () => map.clear(),
  };
}

export function createAppStore(options: AppStoreOptions) {
  const dbStatus = signal<DbStatus>('opening');
  const remembered = options.storage?.getItem(LOCALE_KEY);
  const locale = signal<Locale>(
    remembered === 'fr' || remembered === 'en' ? remembered : options.initialLocale,
  );
  const catalog = signal<Catalog>(englishCatalog);
  const t = computed(() => translator(catalog.value));

  /** Stored records that failed validation when read, by entity and id (shown in Settings). */
  const unreadable = signal<ReadonlyMap<string, Unreadable>>(new Map());

  const db: CircleDatabase = openDatabase(options.dbName, {
    onUnreadable: (problem) => {
      const key = `${problem.entity}/${problem.id}`;
      if (unreadable.peek().get(key)?.reason === problem.reason) return;
      unreadable.value = new Map(unreadable.peek()).set(key, problem);
    },
    onClosed: (reason) => {
      dbStatus.value = reason;
    },
    onBlocked: () => {
      dbStatus.value = 'blocked';
    },
  });

  // The lock comes first: the directory's saved list is sealed under its key when a lock is set.
  const lock = createLockStore({
    db,
    ...(options.lock?.hint !== undefined ? { hint: options.lock.hint } : {}),
    ...(options.lock?.channel !== undefined ? { channel: options.lock.channel } : {}),
    ...(options.lock?.scheduler ? { scheduler: options.lock.scheduler } : {}),
    onLock: () => {
      directory.saved.value = [];
      referrals.value?.forget();
    },
    onUnlock: async () => {
      await directory.reloadSaved();
      await prepareReferrals();
    },
  });
  /** Referrals (loaded with their code only for a member of an agency with the lock open). */
  const referrals = signal<ReferralStore | null>(null);
  const directory = createDirectoryStore({
    db,
    lockKey: lock.key,
    geolocation: options.geolocation ?? null,
    ...(options.now ? { now: options.now } : {}),
  });
  const navigation = createNavigation();
  const back = createBackLayers(options.back ?? NO_BACK);
  // A screen opened over another is a layer: the phone's Back returns to the one below.
  let screenLayer: (() => void) | null = null;
  effect(() => {
    const deeper = navigation.canGoBack.value;
    if (deeper && !screenLayer) screenLayer = back.push(() => navigation.back());
    else if (!deeper && screenLayer) {
      screenLayer();
      screenLayer = null;
    }
  });
  // One journal entry per tab, shared by the workbook's drafts and the listing forms'.
  const journal = createJournal(options.journalStorage ?? null, { locks: options.locks ?? null });
  const workbook = createWorkbookStore({ db, ...(options.now ? { now: options.now } : {}), journal });
  const listingDrafts = createListingDrafts({ journal });

  /** Unsaved text goes with the records it was typed for: this tab's, and every other tab's entry. */
  function discardDrafts(): void {
    workbook.discardDrafts();
    listingDrafts.discardAll();
    journal.clearAll();
  }
  const device = createDeviceStore(options.platform ?? { storage: memoryStorage() });
  const client = createLazyHubClient(options.hubFetch ? { fetch: options.hubFetch } : {});
  const network = createNetworkStore({
    db,
    client,
    origin: options.origin ?? '',
    navigation,
    ...(options.now ? { now: options.now } : {}),
    afterJoin: () => directory.reloadSaved(),
    afterWipe: async () => {
      // The network's records are gone: so are drafts of them, and what the screens held of them.
      discardDrafts();
      workbook.forget();
      workbook.position.value = null;
      directory.saved.value = [];
      if ((await loadSample(options.now ?? (() => new Date()))) === 'storage-full')
        dbStatus.value = 'storage-full';
    },
  });

  const listing = createListingStore({ db, ...(options.now ? { now: options.now } : {}) });
  const sync = createSyncStore({
    db,
    client,
    member: network.membership,
    heard: network.heard,
    alsoUnsent: () => referrals.peek()?.unsent.peek() ?? 0,
    afterSync: async () => {
      await referrals.peek()?.sync();
    },
    ...(options.syncEnvironment ? { env: options.syncEnvironment } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  /**
   * Referrals need an agency and an open lock: then their store is loaded (once) and this device's keys
   * made or opened; otherwise whatever was opened is dropped.
   */
  async function prepareReferrals(): Promise<void> {
    const member = network.membership.peek();
    if (!member?.agency || !lock.key()) {
      referrals.peek()?.forget();
      return;
    }
    let store = referrals.peek();
    if (!store) {
      const [{ createReferralStore }, { createReferralRelay }] = await Promise.all([
        import('./referralStore'),
        import('../sync/referralRelay'),
      ]);
      const relay = createReferralRelay({ db, client });
      store = createReferralStore({
        db,
        member: network.membership,
        lockKey: lock.key,
        relay: () => (network.membership.peek() ? relay : null),
        onWrite: () => sync.requestSync(),
        ...(options.now ? { now: options.now } : {}),
      });
      referrals.value = store;
    }
    await store.prepare();
  }
  // A join, a leave, a new role or agency: referrals follow.
  effect(() => {
    network.membership.value;
    void prepareReferrals().catch((error) => console.error(error));
  });

  /** Drops from memory whatever shows what the person was looking at. */
  function forgetSensitive(): void {
    lock.forget();
    referrals.peek()?.forget();
    directory.forget();
    workbook.forget();
    network.forget();
    navigation.reset();
  }

  /** Blanks the screen at once, forgets, and replaces the page with the neutral site. */
  function quickExit(env: ExitEnvironment): void {
    env.veil();
    // Before forgetting: closing the screens must not touch history any more (quick exit leaves).
    back.dispose();
    forgetSensitive();
    env.leave(device.exitUrl.value);
  }

  /** Deletes this device's data: the database (every open tab closes it), settings, offline copies. */
  async function wipe(): Promise<void> {
    forgetSensitive();
    discardDrafts();
    directory.stop();
    lock.stop();
    workbook.stop();
    sync.stop();
    network.stop();
    db.close();
    await deleteDatabase(options.dbName);
    await device.forget();
    dbStatus.value = 'wiped';
    await clearHttpCache();
  }

  /**
   * The browser's HTTP cache is out of a page's reach: the hub's answer clears it (Clear-Site-Data).
   * Only after the wipe on the device is complete and shown; offline, with no hub, or failing, the
   * wipe stands as it is (the client never throws and gives up after a few seconds).
   */
  async function clearHttpCache(): Promise<void> {
    const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    if (!online()) return;
    try {
      await client.clearSiteData();
    } catch {
      // The hub client could not even load (offline after all): nothing more to clear from here.
    }
  }

  async function setLocale(next: Locale): Promise<void> {
    const loaded = await loadCatalog(next);
    batch(() => {
      catalog.value = loaded;
      locale.value = next;
    });
    options.storage?.setItem(LOCALE_KEY, next);
  }

  /**
   * Loads the sample directory (fetched on demand) unless it is there already or the device belongs
   * to a network, whose directory replaces it (and never gets it back while a member). Says when the
   * device had no room for it: an empty directory would otherwise read as "no service matches".
   */
  async function loadSample(now: () => Date): Promise<'storage-full' | null> {
    if ((await readNetwork(db)) || (await readSampleMarker({ db }))) return null;
    const { buildSampleDirectory, SAMPLE_DIRECTORY_VERSION } = await import('../data/sampleDirectory');
    await yieldToPage();
    const sample = buildSampleDirectory(now());
    await yieldToPage();
    const loaded = await loadSampleDirectory({ db, now }, sample, SAMPLE_DIRECTORY_VERSION);
    if (!loaded.ok) console.error(loaded.error.message);
    await yieldToPage();
    return !loaded.ok && loaded.error.code === 'storage-full' ? 'storage-full' : null;
  }

  /**
   * Opens the database, loads the sample directory on first run (never in a network), then asks the
   * hub, if the device belongs to one, who it is now.
   */
  async function start(now: () => Date = options.now ?? (() => new Date())): Promise<void> {
    const localeReady = locale.value === 'en' ? Promise.resolve() : setLocale(locale.value);
    let opened = false;
    try {
      await db.open();
      await lock.start();
      const sampleProblem = await loadSample(now);
      await directory.start();
      // Closed tabs' entries, read once: their listing drafts move into this tab's entry, then the
      // workbook saves their answers and removes the entries.
      // Tabs still open at start (a reload's old page lets go of its lock a little later): their
      // entries are saved the same way once they are gone.
      journal.onLateOrphans(async (late) => {
        await listingDrafts.start(late);
        await workbook.replayLate(late);
      });
      const orphans = await journal.orphans();
      await listingDrafts.start(orphans);
      await workbook.start(orphans);
      if (dbStatus.value === 'opening' || dbStatus.value === 'blocked')
        dbStatus.value = sampleProblem ?? 'ready';
      opened = true;
    } catch (error) {
      console.error(error);
      dbStatus.value = 'failed';
      // Nothing locked can be read either: the crisis lines and what the failure says show.
      if (lock.status.peek() === 'checking') lock.status.value = 'off';
    }
    await localeReady;
    if (opened) {
      await Promise.all([network.start(), sync.start()]);
    }
  }

  return {
    db,
    dbStatus,
    unreadable,
    locale,
    catalog,
    t,
    setLocale,
    start,
    directory,
    navigation,
    back,
    lock,
    referrals,
    workbook,
    listingDrafts,
    device,
    network,
    sync,
    listing,
    quickExit,
    wipe,
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
