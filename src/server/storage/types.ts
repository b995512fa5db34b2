// What the hub keeps, behind one interface so that a second backend (PostgreSQL, for a network that
// outgrows one file) can implement it; a contract test suite runs against every backend. Every
// method is asynchronous for that reason; `transaction` runs its body as one atomic unit with one
// writer at a time.
import type { Entity } from '../../model/mutation';
import type { PublicDeviceKeys } from '../../model/sealedReferral';
import type { AuditEntry, Device, Invite, MutationResult, Role, SealedKind } from '../../protocol';

export interface NetworkRow {
  id: string;
  name: string;
  demo: boolean;
  /** Whether the HSDS API answers without a device token. */
  hsdsPublic: boolean;
  /** Whether peer supporters may send referrals (R4; off unless a coordinator allows it). */
  peersMaySendReferrals: boolean;
  /** How many days after sending a referral is kept at most, on devices and hub (1–365, default 90). */
  referralRetentionDays: number;
  /** Communities whose figures the network turned off (OCAP), in the order they were set. */
  withheldCommunities: string[];
  createdAt: string;
}

export interface AgencyRow {
  id: string;
  name: string;
  createdAt: string;
}

export interface InviteRow extends Omit<Invite, 'state'> {
  codeHash: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

export interface DeviceRow extends Device {
  tokenHash: string;
}

/** A record as the hub holds it: its version, its hub sequence, and who owns it (S8). */
export interface RecordRow {
  entity: Entity;
  id: string;
  version: number;
  /** The hub's sequence of the last change: what pull pages by (S5). */
  seq: number;
  /** null once deleted: a tombstone (S7). */
  value: Record<string, unknown> | null;
  /** The agency whose record it is; null for the network's own (the coordinator's). */
  agencyId: string | null;
  /** 'network' records go to every device; 'agency' records only to their agency's devices (S0). */
  scope: 'network' | 'agency';
  modifiedAt: string;
}

export interface ConflictRow {
  deviceId: string;
  mutationId: string;
  entity: Entity;
  recordId: string;
  mutation: Record<string, unknown>;
  current: Record<string, unknown> | null;
  currentVersion: number;
  at: string;
}

/** A referral's routing: all the hub reads of it, to relay and purge it (R2). */
export interface ReferralRouteRow {
  referralId: string;
  fromAgency: string;
  toAgency: string;
  /** In UTC (`toISOString()`), so that instants compare as text. */
  purgeAt: string;
}

/** A sealed item as the relay keeps it: its own sequence, its kind and key, and its JSON as pushed. */
export interface SealedRow {
  /** The relay's sequence (never reused, even after a purge): what its pull pages by. */
  seq: number;
  kind: SealedKind;
  /** Its identity within its kind: the referral id, the status update's id, or referral:device:granter. */
  key: string;
  referralId: string;
  body: string;
}

/** A device's published keys as members list them: several sets per device, one of them current. */
export interface ListedKeysRow extends PublicDeviceKeys {
  /** Whether the device is revoked now. */
  revoked: boolean;
  /** Whether a later set replaced this one. */
  retired: boolean;
}

/** One agency's figures for one closed month (R4): no device, no referral, tables as published. */
export interface StatsRow {
  agencyId: string;
  /** YYYY-MM */
  month: string;
  /** The needs table's JSON, as parsed by the protocol's strict schema. */
  needs: string;
  /** The turn-aways table's JSON, likewise. */
  turnAways: string;
}

export interface HubStorage {
  /** Runs `body` atomically; writes from elsewhere wait for it. A throw rolls everything back. */
  transaction<T>(body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;

  getNetwork(): Promise<NetworkRow | null>;
  putNetwork(network: NetworkRow): Promise<void>;

  listAgencies(): Promise<AgencyRow[]>;
  getAgency(id: string): Promise<AgencyRow | null>;
  putAgency(agency: AgencyRow): Promise<void>;

  putInvite(invite: InviteRow): Promise<void>;
  getInvite(id: string): Promise<InviteRow | null>;
  findInviteByCodeHash(codeHash: string): Promise<InviteRow | null>;
  listInvites(): Promise<InviteRow[]>;

  putDevice(device: DeviceRow): Promise<void>;
  getDevice(id: string): Promise<DeviceRow | null>;
  findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | null>;
  listDevices(): Promise<DeviceRow[]>;

  getRecord(entity: Entity, id: string): Promise<RecordRow | null>;
  /**
   * Writes a record's new state at a new hub sequence, with the fields this version changed and the
   * device that changed them (null for the hub's own writes: the seed, an import).
   */
  putRecord(
    row: Omit<RecordRow, 'seq'>,
    changedFields: readonly string[],
    byDevice?: string | null,
  ): Promise<RecordRow>;
  /**
   * Fields changed by the versions after `version` (S3), leaving out those `exceptDevice` made itself:
   * a device's later change supersedes its own earlier one (sent, applied, its answer lost) and never
   * conflicts with it.
   */
  fieldsChangedSince(
    entity: Entity,
    id: string,
    version: number,
    exceptDevice?: string | null,
  ): Promise<Set<string>>;
  /**
   * Records changed after `cursor` that `scope` may see, in hub order, and the hub's latest sequence,
   * read in one snapshot of committed data.
   */
  changesSince(
    cursor: number,
    limit: number,
    scope: { agencyId: string | null },
  ): Promise<{ rows: RecordRow[]; latestSeq: number }>;
  latestSeq(): Promise<number>;
  /** The lowest cursor the hub can still answer without a reset (tombstones older are purged). */
  oldestCursor(): Promise<number>;
  /** Forgets tombstones changed at or before `seq`; cursors below it get a reset. */
  purgeTombstones(seq: number): Promise<number>;
  /** Live directory records of one entity by id order, for the HSDS API. */
  listLive(
    entity: Entity,
    page: { offset: number; limit: number; modifiedAfter?: string | undefined },
  ): Promise<{ rows: RecordRow[]; total: number }>;

  getResult(deviceId: string, mutationId: string): Promise<MutationResult | null>;
  putResult(deviceId: string, mutationId: string, result: MutationResult): Promise<void>;
  putConflict(conflict: ConflictRow): Promise<void>;
  listConflicts(): Promise<ConflictRow[]>;

  // The referral relay: ciphertext and routing only.

  /** A device's current keys. */
  getDeviceKeys(deviceId: string): Promise<PublicDeviceKeys | null>;
  /** Adds a device's first keys; a second put for the same device throws (replace them instead). */
  putDeviceKeys(keys: PublicDeviceKeys): Promise<void>;
  /** Makes `keys` the device's current keys and keeps the ones they replace as retired; throws without any. */
  replaceDeviceKeys(keys: PublicDeviceKeys): Promise<void>;
  /** A device's retired keys, oldest first. */
  retiredDeviceKeys(deviceId: string): Promise<PublicDeviceKeys[]>;
  /**
   * Every published key set, current and retired, with whether its device is revoked now: by agency
   * and device, a device's retired sets (oldest first) before its current one.
   */
  listDeviceKeys(): Promise<ListedKeysRow[]>;
  getReferralRoute(referralId: string): Promise<ReferralRouteRow | null>;
  /** Adds a referral's routing (its envelope is a sealed item put after it); throws if it exists. */
  putReferralRoute(route: ReferralRouteRow): Promise<void>;
  getSealed(kind: SealedKind, key: string): Promise<SealedRow | null>;
  /** Adds an item at the next relay sequence; its referral's route must exist; throws on a taken key. */
  putSealed(row: Omit<SealedRow, 'seq'>): Promise<SealedRow>;
  /**
   * Items after `cursor` of the referrals `agencyId` sends or receives and that are not due at `now`,
   * in relay order, and the relay's latest sequence, read in one snapshot of committed data.
   */
  sealedSince(
    cursor: number,
    limit: number,
    scope: { agencyId: string | null; now: string },
  ): Promise<{ rows: SealedRow[]; latestSeq: number }>;
  /** Removes the referrals due at `now` (purgeAt ≤ now) with all their items; how many referrals. */
  purgeReferrals(now: string): Promise<number>;

  // De-identified figures (R4): each agency's tables, once per month.

  getStats(agencyId: string, month: string): Promise<StatsRow | null>;
  /** Adds an agency's month; throws if it has one. */
  putStats(row: StatsRow): Promise<void>;
  /** Every agency's tables for the newest `months` months that have any, newest month first. */
  listStats(months: number): Promise<StatsRow[]>;
  /** The months `agencyId` has published, newest first, at most `limit`. */
  statsMonthsOf(agencyId: string, limit: number): Promise<string[]>;

  audit(entry: Omit<AuditEntry, 'seq'>): Promise<void>;
  listAudit(page: { before?: number | undefined; limit: number }): Promise<AuditEntry[]>;
}

export type { Role };
