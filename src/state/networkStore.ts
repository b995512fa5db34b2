// Belonging to a network, as signals: the membership (read from db/, live across tabs), joining with an
// invite (only the hub this app was served from: One origin), leaving, and the check at start that
// asks the hub who this device is, wiping the network's data at once when the hub says it was removed.
// The device token stays inside this module and db/: never in a signal, a URL or a log.
import { batch, signal } from '@preact/signals';
import {
  type CircleDatabase,
  joinNetwork,
  leaveNetwork,
  type NetworkSetting,
  observeNetwork,
  type StoredMembership,
  updateMembership,
} from '../db';
import type { HubClient, HubError, HubErrorCode, Membership } from '../sync/hubClient';
import { createCoordinatorStore } from './coordinatorStore';
import { formatInviteCode, hubOriginOf, joinLink, normalizeInviteCode, plausibleInviteCode } from './invite';
import type { Navigation } from './navigation';

/** Why joining did not happen: the hub's answer, or what the app refused before asking. */
export type JoinProblem =
  | HubErrorCode
  | 'other-origin'
  | 'invalid-address'
  | 'invalid-code'
  | 'already-member'
  | 'storage-failed';

/** How the last contact with the hub went, beyond "fine". */
export type HubContact = 'ok' | 'offline' | 'unrecognized' | 'update-needed' | null;

/** Something the person must be told once, then may dismiss. */
export type NetworkNotice = { kind: 'left' } | { kind: 'revoked'; network: string };

export interface JoinForm {
  hub: string;
  code: string;
}

export interface NetworkStoreOptions {
  db: CircleDatabase;
  client: HubClient;
  /** This page's origin (location.origin): the only hub it may join. */
  origin: string;
  navigation: Navigation;
  /** After joining: re-read what the join changed (the saved list forgets the sample's services). */
  afterJoin?: () => Promise<void>;
  /** After the network's data is gone: drop it from memory, bring the sample back. */
  afterWipe: () => Promise<void>;
  now?: () => Date;
}

// db/ keeps its own copy of the membership's shape; these fail the typecheck if the two drift apart.
const toStored = (m: Membership): StoredMembership => m;
const fromStored = (m: StoredMembership): Membership => m;

export function createNetworkStore(options: NetworkStoreOptions) {
  const { db, client, origin, navigation } = options;
  const now = options.now ?? (() => new Date());

  const membership = signal<Membership | null>(null);
  const joinedAt = signal<string | null>(null);
  /** Whether the membership has been read from the database yet. */
  const known = signal(false);
  const form = signal<JoinForm | null>(null);
  const joining = signal(false);
  const joinProblem = signal<{ problem: JoinProblem; hub?: string; link?: string } | null>(null);
  const contact = signal<HubContact>(null);
  const notice = signal<NetworkNotice | null>(null);
  let setting: NetworkSetting | null = null;
  let wiping: Promise<void> | null = null;

  function show(next: NetworkSetting | null): void {
    const before = setting;
    setting = next;
    if (before && next && JSON.stringify(before) === JSON.stringify(next)) return;
    if (next?.membership.role !== 'coordinator') coordinator.forget();
    batch(() => {
      membership.value = next ? fromStored(next.membership) : null;
      joinedAt.value = next?.joinedAt ?? null;
      known.value = true;
    });
  }

  /**
   * Removes the network's data from this device, once even if asked twice at the same time. If the
   * database refuses, nothing changes on screen: the membership stays stored, so the next start asks
   * the hub again and tries again.
   */
  function wipe(then: NetworkNotice): Promise<void> {
    wiping ??= (async () => {
      const left = await leaveNetwork({ db });
      if (!left.ok) {
        console.error(left.error.message);
        return;
      }
      show(null);
      contact.value = null;
      await options.afterWipe();
      notice.value = then;
    })().finally(() => {
      wiping = null;
    });
    return wiping;
  }

  /** What every answer from the hub may say about this device, whatever was asked. */
  async function heard(error: HubError | null): Promise<void> {
    if (!error) {
      contact.value = 'ok';
      return;
    }
    if (error.code === 'revoked') {
      await wipe({ kind: 'revoked', network: membership.peek()?.network.name ?? '' });
    } else if (error.code === 'unauthorized') contact.value = 'unrecognized';
    else if (error.code === 'protocol_unsupported') contact.value = 'update-needed';
    else if (error.code === 'offline') contact.value = 'offline';
  }

  const coordinator = createCoordinatorStore({
    client,
    token: () => setting?.token ?? null,
    heard,
  });

  let subscription: { unsubscribe(): void } | null = null;

  /** Follows the stored membership (this tab and others), then asks the hub who this device is. */
  async function start(): Promise<void> {
    await new Promise<void>((ready) => {
      subscription = observeNetwork(db).subscribe({
        next: (value) => {
          // Another tab left the network (or heard it was removed): its data is gone here too.
          const leftElsewhere = setting !== null && value === null && !wiping;
          show(value);
          if (leftElsewhere) void options.afterWipe();
          ready();
        },
        error: (error) => {
          console.error(error);
          ready();
        },
      });
    });
    await refresh();
  }

  function stop(): void {
    subscription?.unsubscribe();
    subscription = null;
  }

  /** Asks the hub who this device is now: keeps role and agency current; a removed device wipes. */
  async function refresh(): Promise<void> {
    const token = setting?.token;
    if (!token) return;
    const answer = await client.me(token);
    if (!answer.ok) return heard(answer.error);
    await heard(null);
    if (JSON.stringify(answer.value) === JSON.stringify(membership.peek())) return;
    const updated = await updateMembership({ db }, toStored(answer.value));
    if (updated.ok) show(updated.value);
  }

  /** An invite opened from a link or QR code: Settings opens with the form filled, never joining. */
  function offerJoin(code: string): void {
    batch(() => {
      form.value = { hub: origin, code: formatInviteCode(code) };
      joinProblem.value = null;
      notice.value = null;
    });
    navigation.switchTo({ name: 'settings' });
  }

  async function join(hubAddress: string, code: string, deviceName = ''): Promise<boolean> {
    const refuse = (problem: JoinProblem, extra: { hub?: string; link?: string } = {}) => {
      joinProblem.value = { problem, ...extra };
      return false;
    };
    if (setting) return refuse('already-member');
    const hub = hubOriginOf(hubAddress);
    if (!hub) return refuse('invalid-address');
    if (!plausibleInviteCode(code)) return refuse('invalid-code');
    // One origin: this app talks only to the hub that served it. Another hub serves its own app.
    if (hub !== origin) return refuse('other-origin', { hub, link: joinLink(hub, code) });
    batch(() => {
      joining.value = true;
      joinProblem.value = null;
    });
    try {
      const name = deviceName.trim();
      const answer = await client.enrol(normalizeInviteCode(code), name || undefined);
      if (!answer.ok) return refuse(answer.error.code);
      const next: NetworkSetting = {
        token: answer.value.token,
        membership: toStored(answer.value.membership),
        joinedAt: now().toISOString(),
      };
      const joined = await joinNetwork({ db }, next);
      if (!joined.ok) {
        console.error(joined.error.message);
        return refuse(joined.error.code === 'already-member' ? 'already-member' : 'storage-failed');
      }
      show(next);
      await options.afterJoin?.();
      batch(() => {
        form.value = null;
        contact.value = 'ok';
        notice.value = null;
      });
      return true;
    } finally {
      joining.value = false;
    }
  }

  /** Leaves the network: its data goes from this device (the hub keeps the device until revoked). */
  function leave(): Promise<void> {
    return wipe({ kind: 'left' });
  }

  /** Quick exit: nothing shown stays in memory (an invite code being joined with included). */
  function forget(): void {
    coordinator.forget();
    batch(() => {
      form.value = null;
      joinProblem.value = null;
      notice.value = null;
    });
  }

  return {
    origin,
    membership,
    joinedAt,
    known,
    form,
    joining,
    joinProblem,
    contact,
    notice,
    coordinator,
    start,
    stop,
    refresh,
    heard,
    offerJoin,
    join,
    leave,
    forget,
    dismissNotice: () => {
      notice.value = null;
    },
  };
}

export type NetworkStore = ReturnType<typeof createNetworkStore>;
