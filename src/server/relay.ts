// The referral relay (issue 16, R2–R4): devices' public keys, and sealed referrals relayed between
// their two agencies. The hub reads only routing, and decides from its own records (S8): the sender
// is the device that pushes, its agency is the one the hub enrolled it with, every device a key is
// wrapped for is a current device of one of the two agencies, and `purgeAt` falls within the
// network's retention. It never reads a referral, a status or a note. A refusal is answered and
// never stored; a stored item answers `stored` again when pushed again with the same bytes.
import { communityById } from '../data/reference';
import { maySendReferral } from '../model/referral';
import type { PublicDeviceKeys } from '../model/sealedReferral';
import {
  type KeysResponse,
  type PublishKeysResponse,
  type PulledSealed,
  type PullSealedQuery,
  type PullSealedResponse,
  RETIRED_KEYS_MAX,
  type ReferralSettings,
  type ReferralSettingsInput,
  type RelayRefusal,
  referralIdOf,
  SEALED_PAGE_BYTES,
  type SealedItem,
  type SealedKind,
  type SealedResult,
} from '../protocol';
import { HubError } from './hubError';
import type { DeviceRow, HubStorage, NetworkRow, ReferralRouteRow } from './storage/types';

const DAY_MS = 86_400_000;

export interface RelayOptions {
  storage: HubStorage;
  now: () => Date;
  network: () => Promise<NetworkRow>;
}

interface Refusal {
  reason: RelayRefusal;
  message: string;
}
const refusal = (reason: RelayRefusal, message: string): Refusal => ({ reason, message });

/** What identifies an item within its kind, and the device that made and signed it. */
function identify(sealed: SealedItem): { key: string; author: string } {
  if (sealed.kind === 'envelope') return { key: sealed.item.referralId, author: sealed.item.sender };
  if (sealed.kind === 'grant') {
    const g = sealed.item;
    // One grant per granter for a device: two devices granting at once are both kept.
    return { key: `${g.referralId}:${g.device}:${g.granter}`, author: g.granter };
  }
  return { key: sealed.item.id, author: sealed.item.device };
}

const settingsOf = (n: NetworkRow): ReferralSettings => ({
  peersMaySend: n.peersMaySendReferrals,
  retentionDays: n.referralRetentionDays,
  withheldCommunities: n.withheldCommunities,
});

/** The device as the hub has it inside a transaction: one revoked since its token was checked stops here. */
export async function currentDevice(storage: HubStorage, device: DeviceRow): Promise<DeviceRow> {
  const row = await storage.getDevice(device.id);
  if (!row || row.revokedAt) throw new HubError('revoked', 'This device was removed from the network.');
  return row;
}

const inRoute = (route: Pick<ReferralRouteRow, 'fromAgency' | 'toAgency'>, agencyId: string | null) =>
  agencyId !== null && (agencyId === route.fromAgency || agencyId === route.toAgency);

export type Relay = ReturnType<typeof createRelay>;

export function createRelay({ storage, now, network }: RelayOptions) {
  const audit = (action: string, deviceId: string | null, subject: string | null, detail: string | null) =>
    storage.audit({ at: now().toISOString(), action, deviceId, subject, detail });

  const current = (device: DeviceRow) => currentDevice(storage, device);

  /** Why `deviceId` may not hold a referral of `route`'s agencies, or null when it may. */
  async function recipientProblem(deviceId: string, route: Omit<ReferralRouteRow, 'purgeAt'>) {
    const device = await storage.getDevice(deviceId);
    if (!device) return `Device ${deviceId} is not a device of this network.`;
    if (device.revokedAt) return `Device ${deviceId} was removed from the network.`;
    if (!inRoute(route, device.agencyId)) return `Device ${deviceId} is in neither agency of the referral.`;
    if (!(await storage.getDeviceKeys(deviceId))) return `Device ${deviceId} has not published its keys.`;
    return null;
  }

  const noKeys = () =>
    refusal('no_keys', 'This device has not published its keys: no one could check what it signs.');

  async function checkEnvelope(me: DeviceRow, item: SealedItem & { kind: 'envelope' }) {
    const e = item.item;
    const settings = settingsOf(await network());
    if (!maySendReferral(me.role, { peersMaySend: settings.peersMaySend }))
      return refusal('may_not_send', 'Peer supporters may not send referrals in this network.');
    if (me.agencyId === null)
      return refusal('may_not_send', 'A referral is sent from an agency; this device belongs to none.');
    if (e.fromAgency !== me.agencyId)
      return refusal('wrong_agency', 'fromAgency must be the agency this device is enrolled with.');
    if (!(await storage.getAgency(e.toAgency)))
      return refusal('unknown_agency', 'toAgency is not an agency of this network.');
    const purgeAt = Date.parse(e.purgeAt);
    const at = now().getTime();
    if (!(purgeAt > at) || purgeAt > at + settings.retentionDays * DAY_MS)
      return refusal(
        'bad_purge_at',
        `purgeAt must be in the future and within this network's ${settings.retentionDays} days of retention.`,
      );
    if (!(await storage.getDeviceKeys(me.id))) return noKeys();
    for (const k of e.keys) {
      const problem = await recipientProblem(k.device, e);
      if (problem) return refusal('bad_recipient', problem);
    }
    return null;
  }

  /** A grant or status update: its referral is held and not due, and `me` is one of its agencies'. */
  async function checkFollowUp(me: DeviceRow, item: SealedItem & { kind: 'grant' | 'status' }) {
    const route = await storage.getReferralRoute(referralIdOf(item));
    if (!route || route.purgeAt <= now().toISOString())
      return refusal('not_found', 'The hub holds no such referral (it may have been purged).');
    if (!inRoute(route, me.agencyId))
      return refusal('wrong_agency', 'This device is in neither agency of the referral.');
    if (!(await storage.getDeviceKeys(me.id))) return noKeys();
    if (item.kind === 'grant') {
      const problem = await recipientProblem(item.item.device, route);
      if (problem) return refusal('bad_recipient', problem);
    }
    return null;
  }

  async function pushOne(me: DeviceRow, item: SealedItem): Promise<SealedResult> {
    const head = { kind: item.kind, referralId: referralIdOf(item) };
    const refused = (r: Refusal): SealedResult => ({ ...head, status: 'refused', ...r });
    const { key, author } = identify(item);
    if (author !== me.id)
      return refused(refusal('wrong_device', `The ${item.kind} names another device than this one.`));
    // Parsed by a strict schema, so the same item always serializes the same way.
    const body = JSON.stringify(item.item);
    const stored = await storage.getSealed(item.kind, key);
    if (stored)
      return stored.body === body
        ? { ...head, status: 'stored' }
        : refused(refusal('exists', `Another ${item.kind} with this id is stored.`));
    const problem = item.kind === 'envelope' ? await checkEnvelope(me, item) : await checkFollowUp(me, item);
    if (problem) return refused(problem);
    if (item.kind === 'envelope') {
      const e = item.item;
      await storage.putReferralRoute({
        referralId: e.referralId,
        fromAgency: e.fromAgency,
        toAgency: e.toAgency,
        purgeAt: new Date(e.purgeAt).toISOString(),
      });
    }
    await storage.putSealed({ kind: item.kind, key, referralId: head.referralId, body });
    return { ...head, status: 'stored' };
  }

  /**
   * Publishing or replacing this device's keys: its own (`wrong_device`), with its agency
   * (`wrong_agency`), the same as its current ones again answered `stored`; `other` decides when the
   * device has other keys (or none: null stores them as its first).
   */
  async function publishing(
    device: DeviceRow,
    keys: PublicDeviceKeys,
    other: (
      me: DeviceRow,
      stored: PublicDeviceKeys | null,
      refuse: (r: Refusal) => Promise<PublishKeysResponse>,
    ) => Promise<PublishKeysResponse | null>,
  ): Promise<PublishKeysResponse> {
    return storage.transaction(async () => {
      const me = await current(device);
      const refuse = async (r: Refusal): Promise<PublishKeysResponse> => {
        await audit('refuse', me.id, 'device-keys', r.reason);
        return { status: 'refused', ...r };
      };
      if (keys.deviceId !== me.id)
        return refuse(refusal('wrong_device', 'A device publishes its own keys only.'));
      if (keys.agencyId !== me.agencyId)
        return refuse(refusal('wrong_agency', 'agencyId must be the agency this device is enrolled with.'));
      const stored = await storage.getDeviceKeys(me.id);
      if (stored && stored.agreement === keys.agreement && stored.signing === keys.signing)
        return { status: 'stored' };
      const answer = await other(me, stored, refuse);
      if (answer) return answer;
      await storage.putDeviceKeys(keys);
      await audit('publish-keys', me.id, null, null);
      return { status: 'stored' };
    });
  }

  const pulled = (seq: number, kind: SealedKind, body: string) =>
    ({ seq, kind, item: JSON.parse(body) }) as PulledSealed;

  return {
    /** Publishes this device's own keys, once: the same keys again are fine, other keys refused. */
    async publishKeys(device: DeviceRow, keys: PublicDeviceKeys): Promise<PublishKeysResponse> {
      return publishing(device, keys, async (_me, stored, refuse) => {
        if (!stored) return null;
        return refuse(
          refusal('exists', 'This device published other keys before: replace them, not publish them.'),
        );
      });
    },

    /**
     * Makes other keys this device's current ones (its app lock's passphrase was forgotten, and its
     * keys with it); the ones they replace stay listed, retired, for checking what they signed.
     */
    async replaceKeys(device: DeviceRow, keys: PublicDeviceKeys): Promise<PublishKeysResponse> {
      return publishing(device, keys, async (me, stored, refuse) => {
        if (!stored) return null;
        const retired = await storage.retiredDeviceKeys(me.id);
        if (retired.some((k) => k.agreement === keys.agreement || k.signing === keys.signing))
          return refuse(refusal('exists', 'These keys were retired: a replacement needs new keys.'));
        if (retired.length >= RETIRED_KEYS_MAX)
          return refuse(
            refusal(
              'too_many_keys',
              `This device has replaced its keys ${RETIRED_KEYS_MAX} times: a coordinator removes it and invites it again.`,
            ),
          );
        await storage.replaceDeviceKeys(keys);
        await audit('replace-keys', me.id, null, null);
        return { status: 'stored' };
      });
    },

    /**
     * Every published key set (revoked devices' and retired sets too, marked) and the settings a
     * sender seals with.
     */
    async listKeys(): Promise<KeysResponse> {
      return { keys: await storage.listDeviceKeys(), settings: settingsOf(await network()) };
    },

    /** Stores what may be stored of a batch, in one transaction; one answer per item, in order. */
    async push(device: DeviceRow, items: readonly SealedItem[]): Promise<SealedResult[]> {
      return storage.transaction(async () => {
        const me = await current(device);
        const results: SealedResult[] = [];
        for (const item of items) results.push(await pushOne(me, item));
        const reasons = results.flatMap((r) => (r.status === 'refused' ? [r.reason] : []));
        // A count and the reasons only: which referral, or between which agencies, is not the log's.
        if (reasons.length > 0)
          await audit('relay-refuse', me.id, null, `${reasons.length}: ${[...new Set(reasons)].join(', ')}`);
        return results;
      });
    },

    /** Items of the referrals this device's agency sends or receives, after `cursor` (S5). */
    async pull(device: DeviceRow, query: PullSealedQuery): Promise<PullSealedResponse> {
      const { rows, latestSeq } = await storage.sealedSince(query.cursor, query.limit, {
        agencyId: device.agencyId,
        now: now().toISOString(),
      });
      const items: PulledSealed[] = [];
      let bytes = 0;
      for (const row of rows) {
        if (items.length > 0 && bytes + row.body.length > SEALED_PAGE_BYTES) break;
        bytes += row.body.length;
        items.push(pulled(row.seq, row.kind, row.body));
      }
      const more = items.length < rows.length || rows.length === query.limit;
      const last = items.at(-1);
      return {
        items,
        // Past what this device may not see, up to where the snapshot ends.
        cursor: more && last ? last.seq : Math.max(query.cursor, latestSeq),
        more,
      };
    },

    /** Deletes the referrals whose purgeAt has passed, with their grants and status updates. */
    async purge(): Promise<number> {
      return storage.transaction(async () => {
        const gone = await storage.purgeReferrals(now().toISOString());
        if (gone > 0) await audit('purge-referrals', null, null, `${gone} referrals`);
        return gone;
      });
    },

    async settings(): Promise<ReferralSettings> {
      return settingsOf(await network());
    },

    /**
     * The coordinator's change (R4): applies to referrals sent after it; each change audited. A
     * withheld community must be one of those the app ships (else `bad_request`); withholding one
     * takes it out of every figure members read from then on, tables published before included.
     */
    async setSettings(by: DeviceRow | null, input: ReferralSettingsInput): Promise<ReferralSettings> {
      const unknown = input.withheldCommunities?.filter((id) => !communityById(id));
      if (unknown?.length)
        throw new HubError('bad_request', `Not a community of this app: ${unknown.slice(0, 5).join(', ')}.`);
      return storage.transaction(async () => {
        const net = await network();
        const next: NetworkRow = {
          ...net,
          peersMaySendReferrals: input.peersMaySend ?? net.peersMaySendReferrals,
          referralRetentionDays: input.retentionDays ?? net.referralRetentionDays,
          withheldCommunities: input.withheldCommunities ?? net.withheldCommunities,
        };
        await storage.putNetwork(next);
        if (input.peersMaySend !== undefined)
          await audit('peers-may-refer', by?.id ?? null, net.id, input.peersMaySend ? 'on' : 'off');
        if (input.retentionDays !== undefined)
          await audit('referral-retention', by?.id ?? null, net.id, `${input.retentionDays} days`);
        if (input.withheldCommunities !== undefined)
          await audit(
            'withheld-communities',
            by?.id ?? null,
            net.id,
            input.withheldCommunities.join(', ') || 'none',
          );
        return settingsOf(next);
      });
    },
  };
}
