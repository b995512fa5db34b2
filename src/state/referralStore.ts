// Referrals as the screens see them (R1–R3): opened in memory only, while the app is unlocked, from
// the ciphertext `db/` keeps. This device's keys are made on it the first time a lock is open and the
// device belongs to an agency, sealed under the lock's data key, and published through the hub. A
// referral is sealed for every current device of both agencies from the network's key list as last
// fetched, so sending works offline: it waits in the referral outbox and leaves exactly once (the hub
// stores each item under its id). Sync publishes the keys, refreshes the list, pushes, pulls, gives
// access to this agency's devices that joined later, and purges what is due.
import { batch, type ReadonlySignal, signal } from '@preact/signals';
import { COMMUNITIES } from '../data/reference';
import {
  applyPulledReferrals,
  type CircleDatabase,
  countPendingReferralItems,
  type ListedDeviceKeys,
  observeReferrals,
  purgeReferrals,
  readDeviceKeys,
  readListedKeys,
  readReferralCursor,
  readReferrals,
  readServiceCommunity,
  readServiceOwner,
  readStatsLedger,
  recordStatsEvents,
  type StoredMembership,
  type StoredReferral,
  storeDeviceKeys,
  storeListedKeys,
  storeOwnItem,
  storeSentReferral,
} from '../db';
import { newRecordId } from '../model/ids';
import {
  foldStatus,
  type Referral,
  type ReferralSide,
  type ReferralStatus,
  type StatusChange,
} from '../model/referral';
import {
  monthsToPublish,
  networkStats,
  type StatsEvent,
  statsEventsOf,
  type TurnAwayReason,
} from '../model/referralStats';
import type { PublicDeviceKeys } from '../model/sealedReferral';
import { pushReferralOutbox, type ReferralRelay } from '../sync/referralRelay';
import {
  createLockedDeviceKeys,
  type DeviceKeys,
  fingerprint as fingerprintOf,
  openLockedDeviceKeys,
} from '../vault/deviceKeys';
import {
  grantAccess,
  type OpenError,
  type OpenedReferral,
  openReferral,
  sealReferral,
} from '../vault/envelope';
import { openStatus, sealStatus } from '../vault/statusUpdate';

export type { ReferralRelay } from '../sync/referralRelay';

export interface ReferralChangeView {
  status: ReferralStatus;
  note: string | null;
  /** Why the person was turned away (a decline). */
  reason: TurnAwayReason | null;
  /** The device's clock when it was made: display only. */
  at: string;
  side: ReferralSide;
  /** Made here and not yet on the hub. */
  unsent: boolean;
}

export interface ReferralView {
  id: string;
  direction: 'sent' | 'received';
  referral: Referral;
  fromAgency: string;
  toAgency: string;
  status: ReferralStatus;
  changes: ReferralChangeView[];
  purgeAt: string;
}

/** A stored referral this device cannot read, and why (another agency's device sees none of these). */
export interface UnreadableReferral {
  id: string;
  error: OpenError;
}

export type ReferralProblem = 'no-agency' | 'locked' | 'no-recipients' | 'storage-failed' | 'consent';

const PULL_PAGES_MAX = 50;

export interface ReferralStoreOptions {
  db: CircleDatabase;
  member: ReadonlySignal<StoredMembership | null>;
  /** The app lock's data key while unlocked. */
  lockKey: () => CryptoKey | null;
  relay: () => ReferralRelay | null;
  now?: () => Date;
  /** Something was kept for the hub: ask for a sync soon. */
  onWrite?: () => void;
}

export function createReferralStore(options: ReferralStoreOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  let keys: DeviceKeys | null = null;
  const ready = signal(false);
  const fingerprint = signal<string | null>(null);
  const referrals = signal<ReferralView[]>([]);
  const unreadable = signal<UnreadableReferral[]>([]);
  const unsent = signal(0);
  let stored: StoredReferral[] = [];
  let subscription: { unsubscribe(): void } | null = null;
  /** The network's key list as last fetched (a device may have retired sets beside its current one). */
  let listed: ListedDeviceKeys[] = [];
  /** The network's retention as last fetched (the hub refuses a later purge date). */
  let retentionDays: number | null = null;
  /** Whether the network lets peer supporters send (its setting, as last fetched). */
  let peersMaySend = false;
  /** Every key set of a device, for checking signatures: the list's, and this device's own. */
  const lookup = (id: string): PublicDeviceKeys[] => {
    const found: PublicDeviceKeys[] = listed.filter((k) => k.deviceId === id);
    if (keys?.public.deviceId === id) found.push(keys.public);
    return found;
  };
  /** The key sets to seal for: current sets of current devices. */
  const current = () => listed.filter((k) => !k.revoked && !k.retired);
  let generation = 0;
  /** Receiving services' communities as read (a service's location rarely moves; a new start reads again). */
  const communities = new Map<string, string | null>();
  /** What was last recorded: a refresh that changes nothing counted opens and seals nothing. */
  let counted: string | null = null;

  /**
   * Makes this device's keys the first time (unlocked, in an agency), or opens them; then reads the
   * referrals. Called on unlock and when the membership changes.
   */
  async function prepare(): Promise<void> {
    const member = options.member.peek();
    const dataKey = options.lockKey();
    const run = ++generation;
    if (!member?.agency || !dataKey) return forget();
    const deviceId = member.device.id;
    let saved = await readDeviceKeys(db, deviceId);
    let opened: DeviceKeys | null = null;
    if (!saved) {
      const made = await createLockedDeviceKeys(deviceId, member.agency.id, dataKey);
      saved = await storeDeviceKeys(db, made.stored);
      opened = saved === made.stored ? made.keys : null;
    }
    opened ??= await openLockedDeviceKeys(saved, dataKey);
    if (run !== generation || !opened) return;
    keys = opened;
    // What is due goes now, online or not (a sync may be days away).
    await purgeReferrals(db, now());
    const known = await readListedKeys(db);
    listed = known?.keys ?? [];
    retentionDays = known?.settings.retentionDays ?? null;
    peersMaySend = known?.settings.peersMaySend ?? false;
    fingerprint.value = await fingerprintOf(opened.public);
    ready.value = true;
    subscription?.unsubscribe();
    subscription = observeReferrals(db).subscribe({
      next: (rows) => {
        stored = rows;
        void refresh();
      },
      error: (error: unknown) => console.error(error),
    });
  }

  /** Opens every stored referral again (they are few: retention purges them). */
  async function refresh(): Promise<void> {
    const me = keys;
    const run = generation;
    if (!me) return;
    const views: ReferralView[] = [];
    const failed: UnreadableReferral[] = [];
    const today = now().toISOString();
    // Due while the app was open: not shown, and purged at the next sync or start.
    for (const row of stored.filter((r) => r.purgeAt > today)) {
      const opened = await openReferral(row.envelope, me, { lookup, grants: row.grants });
      if (!opened.ok) {
        failed.push({ id: row.id, error: opened.error });
        continue;
      }
      views.push(await view(row, opened.value, me));
    }
    const pending = await countPendingReferralItems(db);
    if (run !== generation) return;
    // Newest first, by the sender's clock (display only): the id is random, so the hub learns no time.
    views.sort((a, b) => (a.referral.createdAt < b.referral.createdAt ? 1 : -1));
    batch(() => {
      referrals.value = views;
      unreadable.value = failed;
      unsent.value = pending;
    });
    // Counted as soon as read: retention may purge a referral long before its month is published.
    await count(views).catch((error: unknown) => console.error(error));
  }

  /** The received referrals' needs and turn-aways, kept sealed for the network's monthly figures. */
  async function count(views: readonly ReferralView[]): Promise<void> {
    const dataKey = options.lockKey();
    if (!dataKey) return;
    const events: Array<[string, StatsEvent]> = [];
    for (const v of views) {
      if (v.direction !== 'received') continue;
      const decline = v.status === 'declined' ? v.changes.find((c) => c.status === 'declined') : undefined;
      events.push(
        ...statsEventsOf({
          id: v.id,
          createdAt: v.referral.createdAt,
          needs: v.referral.needs ?? [],
          community: await communityOf(v.referral.toService),
          turnAway: decline?.reason ? { at: decline.at, reason: decline.reason } : null,
        }),
      );
    }
    const seen = JSON.stringify(events);
    if (seen === counted) return;
    await recordStatsEvents(db, dataKey, events, now());
    counted = seen;
  }

  async function communityOf(serviceId: string): Promise<string | null> {
    if (!communities.has(serviceId)) communities.set(serviceId, await readServiceCommunity(db, serviceId));
    return communities.get(serviceId) ?? null;
  }

  /**
   * This agency's figures for each month that is due and not yet published (by any of its devices),
   * suppressed here, before they leave: the hub and the network see tables, never events.
   */
  async function publishFigures(relay: ReferralRelay): Promise<void> {
    const dataKey = options.lockKey();
    if (!dataKey) return;
    const events = Object.values(await readStatsLedger(db, dataKey));
    if (events.length === 0) return;
    const network = await relay.networkStats();
    const due = monthsToPublish(
      events.map((e) => e.month),
      network.published,
      now(),
    );
    if (due.length === 0) return;
    const scope = { communities: COMMUNITIES.map((c) => c.id), withheld: network.withheld };
    for (const month of networkStats(
      events.filter((e) => due.includes(e.month)),
      scope,
    )) {
      const answer = await relay.publishStats(month);
      // `exists`: another device of the agency was first. Anything else is logged, never retried blindly.
      if (!answer.stored && answer.code !== 'exists')
        console.warn(`The figures for ${month.month} were refused: ${answer.code}`);
    }
  }

  async function view(row: StoredReferral, opened: OpenedReferral, me: DeviceKeys): Promise<ReferralView> {
    const ordered = [...row.updates].sort((a, b) => (a.hubSeq ?? Infinity) - (b.hubSeq ?? Infinity));
    const changes: ReferralChangeView[] = [];
    for (const { hubSeq, ...update } of ordered) {
      // The update as the hub relays it (its schema is strict): the place in the order is ours.
      const read = await openStatus(update, opened, lookup);
      if (!read.ok) continue;
      changes.push({
        status: read.value.change.status,
        note: read.value.change.note ?? null,
        reason: read.value.change.reason ?? null,
        at: read.value.change.at,
        side: read.value.side,
        unsent: hubSeq === null,
      });
    }
    const e = row.envelope;
    return {
      id: row.id,
      direction: e.fromAgency === me.public.agencyId ? 'sent' : 'received',
      referral: opened.referral,
      fromAgency: e.fromAgency,
      toAgency: e.toAgency,
      status: foldStatus(changes),
      changes,
      purgeAt: e.purgeAt,
    };
  }

  /** Seals a referral for both agencies' current devices and keeps it to send; null, or why not. */
  async function send(referral: Referral, toAgency: string): Promise<ReferralProblem | null> {
    const me = keys;
    if (!me) return options.member.peek()?.agency ? 'locked' : 'no-agency';
    const from = me.public.agencyId;
    const recipients = current().filter(
      (k) => k.deviceId !== me.public.deviceId && (k.agencyId === toAgency || k.agencyId === from),
    );
    // The receiving agency needs at least one device that has published its keys.
    if (!recipients.some((k) => k.agencyId === toAgency)) return 'no-recipients';
    let envelope: Awaited<ReturnType<typeof sealReferral>>;
    try {
      envelope = await sealReferral({
        referralId: newRecordId(),
        referral,
        toAgency,
        sender: me,
        recipients: [me.public, ...recipients],
        now: now(),
        ...(retentionDays ? { retentionDays } : {}),
      });
    } catch (error) {
      console.error(error);
      return 'consent';
    }
    try {
      await storeSentReferral(db, envelope);
    } catch (error) {
      console.error(error);
      return 'storage-failed';
    }
    options.onWrite?.();
    return null;
  }

  /** A status change (receiving agency only, from where the referral stands), kept and queued. */
  async function changeStatus(
    id: string,
    status: ReferralStatus,
    note?: string,
    /** A decline's turn-away reason. */
    reason?: TurnAwayReason,
  ): Promise<ReferralProblem | null> {
    const me = keys;
    const row = stored.find((r) => r.id === id);
    if (!me || !row) return 'locked';
    const opened = await openReferral(row.envelope, me, { lookup, grants: row.grants });
    if (!opened.ok) return 'locked';
    const change: StatusChange = {
      status,
      at: now().toISOString(),
      ...(note?.trim() ? { note: note.trim() } : {}),
      ...(reason && status === 'declined' ? { reason } : {}),
    };
    try {
      await storeOwnItem(db, { kind: 'status', item: await sealStatus(opened.value, me, change) });
    } catch (error) {
      console.error(error);
      return 'storage-failed';
    }
    options.onWrite?.();
    return null;
  }

  /**
   * One round with the hub: keys published and listed, the outbox pushed in order, pages pulled,
   * access given to this agency's devices that have none yet, due referrals purged. Throws what the
   * relay throws (the caller's sync reports it); what is done stays done.
   */
  async function sync(): Promise<void> {
    await purgeReferrals(db, now());
    const relay = options.relay();
    const me = keys;
    if (!relay || !me) return;
    await relay.publishKeys(me.public);
    const list = await relay.listKeys();
    await storeListedKeys(db, list);
    listed = list.keys;
    retentionDays = list.settings.retentionDays;
    peersMaySend = list.settings.peersMaySend;
    await pushReferralOutbox(db, relay);
    let cursor = await readReferralCursor(db);
    for (let page = 0; page < PULL_PAGES_MAX; page++) {
      const pulled = await relay.pull(cursor);
      await applyPulledReferrals(db, pulled.items, pulled.next);
      cursor = pulled.next;
      if (!pulled.more) break;
    }
    // Access for this agency's late devices goes out in the same round (from the rows as pulled).
    stored = await readReferrals(db);
    if (await grantLateDevices(me)) await pushReferralOutbox(db, relay);
    await refresh();
    await publishFigures(relay);
  }

  /** This agency's devices that cannot open a referral yet get access from this one; how many. */
  async function grantLateDevices(me: DeviceKeys): Promise<number> {
    let granted = 0;
    const mine = current().filter(
      (k) => k.agencyId === me.public.agencyId && k.deviceId !== me.public.deviceId,
    );
    for (const row of stored) {
      const holders = new Set([
        ...row.envelope.keys.map((k) => k.device),
        ...row.grants.map((g) => g.device),
      ]);
      for (const device of mine.filter((k) => !holders.has(k.deviceId))) {
        const grant = await grantAccess(row.envelope, me, device, { lookup, grants: row.grants });
        if (grant.ok && (await storeOwnItem(db, { kind: 'grant', item: grant.value }))) granted += 1;
      }
    }
    return granted;
  }

  /** Locked, quick exit, left the network: nothing opened stays in memory. */
  function forget(): void {
    generation += 1;
    keys = null;
    counted = null;
    communities.clear();
    subscription?.unsubscribe();
    subscription = null;
    stored = [];
    batch(() => {
      ready.value = false;
      fingerprint.value = null;
      referrals.value = [];
      unreadable.value = [];
    });
  }

  return {
    ready,
    fingerprint,
    referrals,
    unreadable,
    unsent,
    prepare,
    send,
    changeStatus,
    sync,
    forget,
    /** The network's setting for peer supporters, as last fetched (the hub decides anyway). */
    peersMaySend: () => peersMaySend,
    /** The agency a referral to this service goes to (null: none in the network). */
    agencyOfService: (serviceId: string) => readServiceOwner(db, serviceId),
  };
}

export type ReferralStore = ReturnType<typeof createReferralStore>;
