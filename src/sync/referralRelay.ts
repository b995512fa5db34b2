// The referral relay as the referral store uses it: the hub client's routes with this device's token
// (read from db/ for each call, never kept), big pushes cut into batches the hub accepts, and answers
// turned into what the store needs. A failure that is not an item's refusal throws a HubError (the
// directory's sync, which runs first, has already told the app about revocation or an old app).
import {
  type CircleDatabase,
  type ListedDeviceKeys,
  pendingReferralItems,
  type ReferralItem,
  type ReferralOutboxEntry,
  readNetwork,
  settlePushed,
} from '../db';
import type { MonthlyStats } from '../model/referralStats';
import type { PublicDeviceKeys } from '../model/sealedReferral';
import type { ReferralSettings } from '../protocol/relay';
import {
  batchSealed,
  type HubClient,
  type HubError,
  type HubResult,
  type NetworkStatsResponse,
} from './hubClient';

export interface ListedKeys {
  keys: ListedDeviceKeys[];
  settings: ReferralSettings;
}

/** What the hub does for referrals (a stand-in in the store's unit test). */
export interface ReferralRelay {
  /**
   * Publishes this device's keys; when the hub holds others for it (the old ones were erased with a
   * forgotten passphrase), replaces them, the old ones kept to verify what they signed. Throws when
   * the hub refuses.
   */
  publishKeys(keys: PublicDeviceKeys): Promise<void>;
  listKeys(): Promise<ListedKeys>;
  /** Each item's outcome, in order: stored (now or before), or refused for good with a code. */
  push(items: readonly ReferralItem[]): Promise<Array<{ stored: boolean; code?: string }>>;
  pull(after: number): Promise<{ items: Array<ReferralItem & { seq: number }>; next: number; more: boolean }>;
  /** This agency's figures for a closed month: stored (now or before), or refused with a code. */
  publishStats(month: MonthlyStats): Promise<{ stored: boolean; code?: string }>;
  /** The network's figures, the months this agency published, and the communities withheld. */
  networkStats(): Promise<NetworkStatsResponse>;
}

export class RelayError extends Error {
  constructor(readonly error: HubError | { code: string; message: string }) {
    super(error.message);
  }
}

function value<T>(result: HubResult<T>): T {
  if (!result.ok) throw new RelayError(result.error);
  return result.value;
}

const PULL_PAGE = 100;

export function createReferralRelay(options: { db: CircleDatabase; client: HubClient }): ReferralRelay {
  const { db, client } = options;
  const token = async () => {
    const network = await readNetwork(db);
    if (!network) throw new RelayError({ code: 'not_member', message: 'This device is not in a network.' });
    return network.token;
  };
  return {
    async publishKeys(keys) {
      const t = await token();
      let answer = value(await client.publishKeys(t, keys));
      if (answer.status === 'refused' && answer.reason === 'exists')
        answer = value(await client.replaceKeys(t, keys));
      if (answer.status === 'refused') throw new RelayError({ code: answer.reason, message: answer.message });
    },
    async listKeys() {
      return value(await client.listKeys(await token()));
    },
    async push(items) {
      const t = await token();
      const outcomes: Array<{ stored: boolean; code?: string }> = [];
      for (const batch of batchSealed(items as ReferralItem[])) {
        for (const r of value(await client.pushSealed(t, batch))) {
          outcomes.push(r.status === 'stored' ? { stored: true } : { stored: false, code: r.reason });
        }
      }
      return outcomes;
    },
    async pull(after) {
      const page = value(await client.pullSealed(await token(), after, PULL_PAGE));
      return { items: page.items, next: page.cursor, more: page.more };
    },
    async publishStats(month) {
      const answer = value(await client.publishStats(await token(), month));
      return answer.status === 'stored' ? { stored: true } : { stored: false, code: answer.reason };
    },
    async networkStats() {
      return value(await client.networkStats(await token()));
    },
  };
}

const PUSH_CHUNK = 100;

/**
 * Hands the referral outbox to the hub, in order; what it stored (or refused for good, kept on the
 * referral) leaves the outbox. Needs no key: the items are sealed already, so the service worker
 * sends them too, with every tab closed.
 */
export async function pushReferralOutbox(db: CircleDatabase, relay: ReferralRelay): Promise<number> {
  let pushed = 0;
  for (;;) {
    const entries: ReferralOutboxEntry[] = await pendingReferralItems(db, PUSH_CHUNK);
    if (entries.length === 0) return pushed;
    const outcomes = await relay.push(entries.map(({ kind, item }) => ({ kind, item }) as ReferralItem));
    await settlePushed(
      db,
      outcomes.map((o, i) => ({
        entry: entries[i] as ReferralOutboxEntry,
        code: o.stored ? null : (o.code ?? 'refused'),
      })),
    );
    pushed += outcomes.length;
    if (outcomes.length < entries.length) return pushed;
  }
}
