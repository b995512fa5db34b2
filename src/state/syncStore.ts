// Sync as signals (S10, S11): while the device belongs to a network, the triggers run the engine
// through one runner (one at a time across tabs); every tab shows the same counts and status, read
// live from the database: unsent changes, the last successful sync, conflicts to resolve, and the
// reason of the last failure. The engine is loaded on the first sync, so a device that never joins a
// network never downloads it.
import { batch, effect, signal } from '@preact/signals';
import {
  type CircleDatabase,
  observeConflicts,
  observeSync,
  readSetting,
  resolveConflict,
  type SyncCounts,
  type SyncPreferences,
  type SyncStatus,
  writeSetting,
} from '../db';
import type { Conflict, RecordValue } from '../model/mutation';
import type { PullProgress, SyncEngine, SyncFailure, SyncResult } from '../sync/engine';
import type { HubClient, HubError } from '../sync/hubClient';
import { BACKGROUND_SYNC_TAG } from '../sync/names';
import { createSyncRunner, type Locks, type SyncReason, type SyncRunner } from '../sync/runner';
import { attachTriggers, registerBackgroundSync } from '../sync/triggers';

export type { Conflict, RecordValue } from '../model/mutation';
export type { SyncFailure, SyncReason };

/** What the browser says of the link (the Network Information API, where it exists). */
export interface LinkInfo {
  type?: string;
  saveData?: boolean;
}

export interface SyncEnvironment {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  locks?: Locks | null;
  serviceWorker?: ServiceWorkerContainer;
  connection?: () => LinkInfo | undefined;
}

export interface SyncStoreOptions {
  db: CircleDatabase;
  client: HubClient;
  /** The membership, live: syncing runs only while there is one. */
  member: { value: { role: string; agency: { id: string } | null } | null };
  /** Tells the network store what the hub said (a removed device wipes, an old app is told). */
  heard: (error: HubError | null) => Promise<void>;
  /** Absent in unit tests that drive `syncNow` by hand: no triggers are attached. */
  env?: SyncEnvironment;
  now?: () => Date;
  /**
   * After each round with the hub that reached it: referrals' own round (sealed items), whose failure
   * is reported apart and never fails the directory's sync.
   */
  afterSync?: () => Promise<void>;
  /** Other things waiting for the hub (referrals): a failed sync asks for Background Sync for them too. */
  alsoUnsent?: () => number;
  /** The engine (loaded on first use by default; given directly in tests). */
  loadEngine?: (
    options: Parameters<typeof import('../sync/engine').createSyncEngine>[0],
  ) => Promise<SyncEngine>;
}

const EMPTY_COUNTS: SyncCounts = { unsent: 0, conflicts: 0, local: 0 };
const EMPTY_STATUS: SyncStatus = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  problem: null,
  waitingForWifi: false,
};

/** Whether the browser says the link is mobile data or the person asked it to save data. */
export function isMetered(link: LinkInfo | undefined): boolean {
  return link?.saveData === true || link?.type === 'cellular';
}

export function createSyncStore(options: SyncStoreOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const counts = signal<SyncCounts>(EMPTY_COUNTS);
  const status = signal<SyncStatus>(EMPTY_STATUS);
  const running = signal(false);
  /** How much of a long pull has come, 0 to 1, while one runs (null: none, or not known). */
  const pullShare = signal<number | null>(null);
  const conflicts = signal<readonly Conflict[]>([]);
  const preferences = signal<SyncPreferences>({ bigPullsOnWifiOnly: false });
  /** The last failure this tab saw that the stored status does not hold (revoked, not a member). */
  const lastResult = signal<SyncResult | null>(null);

  let engine: Promise<SyncEngine> | null = null;
  let runner: SyncRunner | null = null;
  let detach: (() => void) | null = null;
  let reason: SyncReason = 'start';
  const subscriptions: Array<{ unsubscribe(): void }> = [];

  const loadEngine =
    options.loadEngine ?? (async (o) => (await import('../sync/engine')).createSyncEngine(o));

  function mayPullMuch(): boolean {
    if (reason === 'manual' || !preferences.peek().bigPullsOnWifiOnly) return true;
    return !isMetered(options.env?.connection?.());
  }

  function getEngine(): Promise<SyncEngine> {
    engine ??= loadEngine({
      db,
      client: options.client,
      now,
      mayPullMuch,
      onPullProgress: (progress: PullProgress) => {
        pullShare.value = progress.share;
      },
      onRevoked: () => options.heard({ code: 'revoked', status: 401, message: 'Removed from the network.' }),
    });
    return engine;
  }

  async function run(why: SyncReason): Promise<SyncResult> {
    reason = why;
    let result: SyncResult;
    try {
      result = await (await getEngine()).syncOnce();
    } finally {
      pullShare.value = null;
    }
    if (result.ok && options.afterSync)
      await options.afterSync().catch((error: unknown) => console.error('referrals did not sync', error));
    lastResult.value = result;
    if (result.ok) await options.heard(null);
    else if (result.problem === 'offline')
      await options.heard({ code: 'offline', status: null, message: 'The hub could not be reached.' });
    else if (result.problem === 'update-needed')
      await options.heard({ code: 'protocol_unsupported', status: 400, message: 'Update the app.' });
    else if (result.problem === 'unauthorized')
      await options.heard({ code: 'unauthorized', status: 401, message: 'Not recognized.' });
    return result;
  }

  function startRunning(): void {
    if (runner) return;
    const env = options.env;
    runner = createSyncRunner({
      run,
      locks: env?.locks ?? null,
      onRunning: (value) => {
        running.value = value;
      },
      onResult: (result) => {
        // No link: ask the browser to sync once it has one, even if every tab is closed by then.
        if (!result.ok && result.retry && counts.peek().unsent + (options.alsoUnsent?.() ?? 0) > 0)
          void registerBackgroundSync(env?.serviceWorker);
      },
    });
    if (!env) return;
    const active = runner;
    const undo = attachTriggers((why) => active.request(why), {
      window: env.window,
      document: env.document,
      unsent: {
        subscribe: (observer) => ({ unsubscribe: effect(() => observer.next(counts.value.unsent)) }),
      },
    });
    // The service worker's Background Sync asks an open tab to run the sync (see sw/).
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === BACKGROUND_SYNC_TAG)
        void active.request('background');
    };
    env.serviceWorker?.addEventListener('message', onMessage);
    detach = () => {
      undo();
      env.serviceWorker?.removeEventListener('message', onMessage);
    };
  }

  function stopRunning(): void {
    detach?.();
    detach = null;
    runner?.stop();
    runner = null;
    running.value = false;
  }

  /** Follows the counts, the status and the conflicts, and runs sync while a member. */
  async function start(): Promise<void> {
    const stored = await readSetting(db, 'sync.preferences').catch(() => undefined);
    if (stored) preferences.value = stored;
    let sender: string | null = null;
    let syncSubscription: { unsubscribe(): void } | null = null;
    const stopMembership = effect(() => {
      const member = options.member.value;
      const key = member ? `${member.role}/${member.agency?.id ?? ''}` : null;
      if (key === sender) return;
      sender = key;
      syncSubscription?.unsubscribe();
      syncSubscription = observeSync(
        db,
        member ? { role: member.role, agencyId: member.agency?.id ?? null } : null,
      ).subscribe({
        next: (value) =>
          batch(() => {
            counts.value = value.counts;
            status.value = value.status;
          }),
        error: (error) => console.error(error),
      });
      if (member) startRunning();
      else stopRunning();
    });
    subscriptions.push(
      { unsubscribe: stopMembership },
      { unsubscribe: () => syncSubscription?.unsubscribe() },
      observeConflicts(db).subscribe({
        next: (value) => {
          conflicts.value = value;
        },
        error: (error) => console.error(error),
      }),
    );
  }

  function stop(): void {
    stopRunning();
    for (const s of subscriptions.splice(0)) s.unsubscribe();
  }

  /** "Sync now": runs at once (waiting behind another tab's sync), whatever a failure's delay. */
  /** Something was written that the hub should have soon (a referral sent, a status changed). */
  function requestSync(): void {
    void runner?.request('write');
  }

  async function syncNow(): Promise<SyncResult | null> {
    if (!runner) return null;
    await runner.request('manual');
    return lastResult.peek();
  }

  async function setBigPullsOnWifiOnly(value: boolean): Promise<void> {
    preferences.value = { bigPullsOnWifiOnly: value };
    await writeSetting(db, 'sync.preferences', preferences.value).catch((error) => console.error(error));
  }

  /**
   * A person's choice for a conflict: the record as it should be (null: deleted). It becomes a new
   * change, sent with the next sync (S4).
   */
  async function resolve(conflictId: string, value: RecordValue | null): Promise<boolean> {
    const done = await resolveConflict({ db, now }, conflictId, value);
    if (!done.ok) {
      console.error(done.error.message);
      return done.error.code === 'gone';
    }
    void runner?.request('write');
    return true;
  }

  return {
    requestSync,
    counts,
    status,
    running,
    pullShare,
    conflicts,
    preferences,
    lastResult,
    start,
    stop,
    syncNow,
    setBigPullsOnWifiOnly,
    resolve,
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
