// The hub's rules, without HTTP: joining by invite, who a device is, what it may write (S8, decided
// from the hub's own records, never from the request), applying a pushed batch (S2–S4) and answering
// a pull (S5–S7), and the coordinator's agencies, invites, devices and audit log. Routes (api.ts)
// parse and limit requests, then call these.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DIRECTORY_ENTITIES, type Entity, SYNC_SCOPE, sameValue } from '../model/mutation';
import { RECORD_SCHEMAS } from '../model/records';
import { RETENTION_DAYS_DEFAULT } from '../model/referral';
import { parseRecord } from '../model/validation';
import {
  type Agency,
  type AuditEntry,
  type CompactPullResponse,
  type Device,
  type EnrolResponse,
  INVITE_DAYS_DEFAULT,
  type Invite,
  type InviteInput,
  type Membership,
  type MutationResult,
  type NewInvite,
  type PullQuery,
  type PullResponse,
  type Refusal,
  type Role,
  toCompactPage,
  type WireMutation,
} from '../protocol';
import { HubError } from './hubError';
import { createRelay } from './relay';
import { createStats } from './stats';
import type { DeviceRow, HubStorage, InviteRow, NetworkRow, RecordRow } from './storage/types';

export { HubError, type HubErrorCode } from './hubError';

const DAY_MS = 86_400_000;
/** Crockford's base 32: no I, L, O or U to misread on a phone. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An invite code as typed (any case, dashes and spaces) to the form it was made in. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

function newCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % 32];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The directory: written by coordinators and its agencies' editors; the rest is an agency's own. */
const isDirectory = (entity: Entity) => (DIRECTORY_ENTITIES as readonly string[]).includes(entity);

export interface HubOptions {
  storage: HubStorage;
  now?: () => Date;
}

export type Hub = ReturnType<typeof createHub>;

export function createHub(options: HubOptions) {
  const { storage } = options;
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();

  async function audit(
    action: string,
    deviceId: string | null,
    subject: string | null,
    detail: string | null = null,
  ): Promise<void> {
    await storage.audit({ at: stamp(), action, deviceId, subject, detail });
  }

  async function network(): Promise<NetworkRow> {
    const row = await storage.getNetwork();
    if (!row) throw new Error('The hub has no network: start it once to create one.');
    return row;
  }

  async function membership(device: DeviceRow): Promise<Membership> {
    const [net, agency] = await Promise.all([
      network(),
      device.agencyId ? storage.getAgency(device.agencyId) : Promise.resolve(null),
    ]);
    return {
      network: { id: net.id, name: net.name, demo: net.demo },
      device: { id: device.id },
      role: device.role,
      agency: agency ? { id: agency.id, name: agency.name } : null,
    };
  }

  function inviteState(row: InviteRow): Invite['state'] {
    if (row.revokedAt) return 'revoked';
    if (row.usedAt) return 'used';
    return Date.parse(row.expiresAt) <= now().getTime() ? 'expired' : 'open';
  }

  function publicInvite(row: InviteRow): Invite {
    return {
      id: row.id,
      role: row.role,
      agencyId: row.agencyId,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      state: inviteState(row),
    };
  }

  function publicDevice(row: DeviceRow): Device {
    const { tokenHash: _hidden, ...device } = row;
    return device;
  }

  // --- Owning and writing (S8) ---

  /** The agency a new record belongs to, or a refusal. */
  async function ownerOfNew(device: DeviceRow, entity: Entity, value: Record<string, unknown>) {
    if (!isDirectory(entity)) return device.agencyId;
    const orgId = entity === 'organization' ? null : (value.organization_id as string | undefined);
    const org = orgId ? await storage.getRecord('organization', orgId) : null;
    if (org) return org.agencyId;
    return device.role === 'coordinator' ? null : device.agencyId;
  }

  /** Whether `device` may write a record owned by `owner` (null: the network's own). */
  function mayWrite(device: DeviceRow, entity: Entity, owner: string | null): boolean {
    if (device.role === 'peer') return false;
    if (!isDirectory(entity)) return device.agencyId !== null && owner === device.agencyId;
    if (device.role === 'coordinator') return true;
    if (device.role === 'editor') return device.agencyId !== null && owner === device.agencyId;
    return false;
  }

  const refused = (m: WireMutation, reason: Refusal, message: string): MutationResult => ({
    id: m.id,
    status: 'refused',
    reason,
    message,
  });

  function validate(entity: Entity, recordId: string, value: Record<string, unknown>) {
    const parsed = parseRecord(entity, RECORD_SCHEMAS[entity], value);
    if (!parsed.ok) return parsed.error.message;
    if ((parsed.value as { id: string }).id !== recordId)
      return `Invalid ${entity}: id must be the record's id`;
    return null;
  }

  async function conflict(
    device: DeviceRow,
    m: WireMutation,
    current: RecordRow,
    fields: string[],
  ): Promise<MutationResult> {
    await storage.putConflict({
      deviceId: device.id,
      mutationId: m.id,
      entity: m.entity,
      recordId: m.recordId,
      mutation: m as unknown as Record<string, unknown>,
      current: current.value,
      currentVersion: current.version,
      at: stamp(),
    });
    await audit('conflict', device.id, `${m.entity}/${m.recordId}`, fields.join(',').slice(0, 200));
    return {
      id: m.id,
      status: 'conflict',
      current: { version: current.version, value: current.value },
      fields,
    };
  }

  async function write(
    device: DeviceRow,
    m: WireMutation,
    previous: RecordRow | null,
    value: Record<string, unknown> | null,
    owner: string | null,
    changed: string[],
  ): Promise<MutationResult> {
    const row = await storage.putRecord(
      {
        entity: m.entity,
        id: m.recordId,
        version: (previous?.version ?? 0) + 1,
        value,
        agencyId: owner,
        scope: SYNC_SCOPE[m.entity],
        modifiedAt: stamp(),
      },
      changed,
      device.id,
    );
    await audit(
      value === null ? 'delete' : 'write',
      device.id,
      `${m.entity}/${m.recordId}`,
      `v${row.version}`,
    );
    return { id: m.id, status: 'applied', version: row.version };
  }

  /** One mutation, by the rules S3 and S8; runs inside the batch's transaction. */
  /** A page of what changed after the cursor, within the device's scope, and the latest sequence. */
  async function readPage(
    device: DeviceRow,
    query: PullQuery,
  ): Promise<{ page: PullResponse; latest: number }> {
    if (query.cursor > 0 && query.cursor < (await storage.oldestCursor()))
      return { page: { records: [], cursor: 0, more: true, reset: true }, latest: await storage.latestSeq() };
    const agencyId = device.role === 'peer' ? null : device.agencyId;
    const { rows, latestSeq } = await storage.changesSince(query.cursor, query.limit, { agencyId });
    const full = rows.length === query.limit;
    const last = rows.at(-1);
    const page: PullResponse = {
      records: rows.map((r) => ({
        seq: r.seq,
        entity: r.entity,
        id: r.id,
        version: r.version,
        value: r.value,
        ...(query.owners ? { owner: r.agencyId } : {}),
      })),
      // Past what this device may not see, up to where the snapshot ends.
      cursor: full && last ? last.seq : Math.max(query.cursor, latestSeq),
      more: full,
      reset: false,
    };
    return { page, latest: latestSeq };
  }

  async function apply(device: DeviceRow, m: WireMutation): Promise<MutationResult> {
    const existing = await storage.getRecord(m.entity, m.recordId);
    if (!existing && m.op !== 'put')
      return refused(m, 'not_found', `No ${m.entity} ${m.recordId} on the hub.`);
    const owner = existing
      ? existing.agencyId
      : m.op === 'put'
        ? await ownerOfNew(device, m.entity, m.value)
        : null;
    if (!mayWrite(device, m.entity, owner)) {
      await audit('refuse', device.id, `${m.entity}/${m.recordId}`, 'forbidden');
      return refused(m, 'forbidden', `This device's role (${device.role}) may not change this ${m.entity}.`);
    }

    if (m.op === 'put') {
      const problem = validate(m.entity, m.recordId, m.value);
      if (problem) return refused(m, 'invalid', problem);
      if (!existing) return write(device, m, null, m.value, owner, Object.keys(m.value));
      // A deleted record comes back only from a device that saw the delete (a person's choice, S4).
      if (existing.value === null)
        return m.baseVersion === existing.version
          ? write(device, m, existing, m.value, owner, Object.keys(m.value))
          : conflict(device, m, existing, Object.keys(m.value));
      // A whole record onto one that exists: made on two devices (answers have ids both agree on), or
      // this device's own record sent again with more changes before it heard the first was taken.
      // Fields equal on both sides merge; the others conflict only if another device changed them
      // since the base (for a new record, since it began).
      const differ = Object.keys({ ...existing.value, ...m.value }).filter(
        (f) =>
          f !== 'last_modified' && Object.hasOwn(m.value, f) && !sameValue(existing.value?.[f], m.value[f]),
      );
      if (differ.length === 0) return { id: m.id, status: 'applied', version: existing.version };
      const since = await storage.fieldsChangedSince(m.entity, m.recordId, m.baseVersion ?? 0, device.id);
      const overlap = differ.filter((f) => since.has(f));
      if (overlap.length > 0) return conflict(device, m, existing, overlap);
      return write(device, m, existing, { ...existing.value, ...m.value }, existing.agencyId, differ);
    }

    if (!existing) return refused(m, 'not_found', `No ${m.entity} ${m.recordId} on the hub.`);
    if (m.op === 'delete') {
      if (existing.value === null) return { id: m.id, status: 'applied', version: existing.version };
      if (m.baseVersion !== existing.version) {
        const since = await storage.fieldsChangedSince(m.entity, m.recordId, m.baseVersion ?? 0, device.id);
        if (since.size > 0) return conflict(device, m, existing, [...since].sort());
      }
      return write(device, m, existing, null, existing.agencyId, []);
    }

    // A patch.
    if (existing.value === null) return conflict(device, m, existing, m.fields);
    let merged: Record<string, unknown> = { ...existing.value, ...m.value };
    // A device sends a field it removed as null; where the record has no null for it, it is removed.
    const cleared = m.fields.filter((f) => m.value[f] === null);
    if (cleared.length > 0 && validate(m.entity, m.recordId, merged)) {
      const without = Object.fromEntries(Object.entries(merged).filter(([f]) => !cleared.includes(f)));
      if (!validate(m.entity, m.recordId, without)) merged = without;
    }
    const problem = validate(m.entity, m.recordId, merged);
    if (problem) return refused(m, 'invalid', problem);
    if (m.baseVersion !== existing.version) {
      const since = await storage.fieldsChangedSince(m.entity, m.recordId, m.baseVersion ?? 0, device.id);
      const overlap = m.fields.filter(
        (f) => f !== 'last_modified' && since.has(f) && !sameValue(existing.value?.[f], m.value[f]),
      );
      if (overlap.length > 0) return conflict(device, m, existing, overlap);
    }
    return write(device, m, existing, merged, existing.agencyId, m.fields);
  }

  return {
    network,
    /** The referral relay: device keys, sealed items, their purge and the network's referral settings. */
    relay: createRelay({ storage, now, network }),
    /** De-identified figures: each agency's closed months, and the network's added up. */
    stats: createStats({ storage, now, network }),

    /** First start: the network, named; a demo network is marked so on every device. */
    async createNetwork(input: { name: string; demo: boolean }): Promise<NetworkRow> {
      const row: NetworkRow = {
        id: randomUUID(),
        name: input.name,
        demo: input.demo,
        hsdsPublic: false,
        peersMaySendReferrals: false,
        referralRetentionDays: RETENTION_DAYS_DEFAULT,
        withheldCommunities: [],
        createdAt: stamp(),
      };
      await storage.transaction(async () => {
        await storage.putNetwork(row);
        await audit('create-network', null, row.id, input.demo ? 'demo' : null);
      });
      return row;
    },

    /** Writes records as the network's own (the sample directory of a demo network). */
    async seed(records: Array<{ entity: Entity; value: Record<string, unknown> & { id: string } }>) {
      await storage.transaction(async () => {
        for (const { entity, value } of records) {
          const problem = validate(entity, value.id, value);
          if (problem) throw new Error(problem);
          await storage.putRecord(
            {
              entity,
              id: value.id,
              version: 1,
              value,
              agencyId: null,
              scope: SYNC_SCOPE[entity],
              modifiedAt: stamp(),
            },
            Object.keys(value),
          );
        }
        await audit('seed', null, null, `${records.length} records`);
      });
    },

    // --- Joining ---

    async createInvite(by: DeviceRow | null, input: InviteInput): Promise<NewInvite> {
      if ((input.role === 'editor' || input.role === 'outreach') && !input.agencyId)
        throw new HubError('bad_request', 'An editor or outreach worker invite needs an agency.');
      if (input.role === 'peer' && input.agencyId)
        throw new HubError('bad_request', 'A peer supporter belongs to no agency.');
      if (input.agencyId && !(await storage.getAgency(input.agencyId)))
        throw new HubError('not_found', 'No such agency.');
      const code = newCode();
      const created = now();
      const row: InviteRow = {
        id: randomUUID(),
        codeHash: sha256(normalizeCode(code)),
        role: input.role,
        agencyId: input.agencyId,
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + (input.days ?? INVITE_DAYS_DEFAULT) * DAY_MS).toISOString(),
        usedAt: null,
        usedBy: null,
        revokedAt: null,
      };
      await storage.transaction(async () => {
        await storage.putInvite(row);
        await audit('create-invite', by?.id ?? null, row.id, input.role);
      });
      return { invite: publicInvite(row), code };
    },

    async revokeInvite(by: DeviceRow | null, id: string): Promise<Invite> {
      return storage.transaction(async () => {
        const row = await storage.getInvite(id);
        if (!row) throw new HubError('not_found', 'No such invite.');
        const next = { ...row, revokedAt: row.revokedAt ?? stamp() };
        await storage.putInvite(next);
        await audit('revoke-invite', by?.id ?? null, id);
        return publicInvite(next);
      });
    },

    async listInvites(): Promise<Invite[]> {
      return (await storage.listInvites()).map(publicInvite);
    },

    /** Redeems a one-time invite for a device token, shown once and kept only hashed. */
    async enrol(code: string, deviceName: string | undefined): Promise<EnrolResponse> {
      return storage.transaction(async () => {
        const invite = await storage.findInviteByCodeHash(sha256(normalizeCode(code)));
        if (!invite || inviteState(invite) !== 'open') {
          await audit('refuse', null, 'enrol', invite ? inviteState(invite) : 'unknown code');
          throw new HubError(
            'invite_invalid',
            'This invite code is not valid: it may be mistyped, used, revoked or expired.',
          );
        }
        const token = randomBytes(32).toString('base64url');
        const device: DeviceRow = {
          id: randomUUID(),
          tokenHash: sha256(token),
          ...(deviceName ? { name: deviceName } : {}),
          role: invite.role,
          agencyId: invite.agencyId,
          enrolledAt: stamp(),
          lastSeenAt: stamp(),
          revokedAt: null,
        };
        await storage.putDevice(device);
        await storage.putInvite({ ...invite, usedAt: stamp(), usedBy: device.id });
        await audit('enrol', device.id, invite.id, invite.role);
        return { token, membership: await membership(device) };
      });
    },

    /** The device a token belongs to; a revoked one is told so, to wipe the network's data. */
    async authenticate(token: string): Promise<DeviceRow> {
      const device = await storage.findDeviceByTokenHash(sha256(token));
      if (!device) throw new HubError('unauthorized', 'This device is not a member of this network.');
      if (device.revokedAt) throw new HubError('revoked', 'This device was removed from the network.');
      const seen = now();
      // Last seen to the minute: a write per request would be wasted on a busy hub.
      if (!device.lastSeenAt || seen.getTime() - Date.parse(device.lastSeenAt) > 60_000) {
        await storage.transaction(() => storage.putDevice({ ...device, lastSeenAt: seen.toISOString() }));
      }
      return device;
    },

    membership,

    // --- Sync ---

    /** Applies a batch in order, in one transaction; a replayed mutation returns its stored result. */
    async push(device: DeviceRow, mutations: readonly WireMutation[]): Promise<MutationResult[]> {
      return storage.transaction(async () => {
        const results: MutationResult[] = [];
        for (const m of mutations) {
          const stored = await storage.getResult(device.id, m.id);
          if (stored) {
            results.push(stored);
            continue;
          }
          const result = await apply(device, m);
          await storage.putResult(device.id, m.id, result);
          results.push(result);
        }
        return results;
      });
    },

    /** Reads committed data only, without waiting for the writer (S5). */
    async pull(device: DeviceRow, query: PullQuery): Promise<PullResponse> {
      return (await readPage(device, query)).page;
    },

    /** The same page in the compact form (protocol/compactPage.ts), with the latest sequence. */
    async pullCompact(device: DeviceRow, query: PullQuery): Promise<CompactPullResponse> {
      const { page, latest } = await readPage(device, query);
      return toCompactPage(page, latest);
    },

    // --- The coordinator's ---

    async listAgencies(): Promise<Agency[]> {
      return storage.listAgencies();
    },

    async createAgency(by: DeviceRow | null, name: string): Promise<Agency> {
      const row = { id: randomUUID(), name, createdAt: stamp() };
      await storage.transaction(async () => {
        await storage.putAgency(row);
        await audit('create-agency', by?.id ?? null, row.id);
      });
      return row;
    },

    async renameAgency(by: DeviceRow | null, id: string, name: string): Promise<Agency> {
      return storage.transaction(async () => {
        const row = await storage.getAgency(id);
        if (!row) throw new HubError('not_found', 'No such agency.');
        const next = { ...row, name };
        await storage.putAgency(next);
        await audit('rename-agency', by?.id ?? null, id);
        return next;
      });
    },

    async listDevices(): Promise<Device[]> {
      return (await storage.listDevices()).map(publicDevice);
    },

    async revokeDevice(by: DeviceRow | null, id: string): Promise<Device> {
      return storage.transaction(async () => {
        const row = await storage.getDevice(id);
        if (!row) throw new HubError('not_found', 'No such device.');
        const next = { ...row, revokedAt: row.revokedAt ?? stamp() };
        await storage.putDevice(next);
        await audit('revoke-device', by?.id ?? null, id);
        return publicDevice(next);
      });
    },

    listAudit(page: { before?: number | undefined; limit: number }): Promise<AuditEntry[]> {
      return storage.listAudit(page);
    },

    /** Whether a coordinator has joined yet (until then, each start prints a coordinator invite). */
    async hasCoordinator(): Promise<boolean> {
      return (await storage.listDevices()).some((d) => d.role === 'coordinator' && !d.revokedAt);
    },
  };
}

export type { Role };
