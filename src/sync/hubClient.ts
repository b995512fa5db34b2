// The app's only way to its hub: typed calls to the enrolment and coordinator API on the origin that
// served the app (relative URLs: One origin). Every request carries the protocol version (S9); every
// answer is parsed with the protocol's schemas; every expected failure comes back as a typed result,
// never as an exception. The device token travels only in the Authorization header, never in a URL,
// and is never logged.
import * as z from 'zod/mini';
import type { MonthlyStats } from '../model/referralStats';
import { err, ok, type Result } from '../model/result';
import {
  type Agency,
  type AuditEntry,
  agencySchema,
  auditEntrySchema,
  CLEAR_SITE_DATA_PATH,
  COMPACT_FORM,
  compactPullResponseSchema,
  type Device,
  deviceSchema,
  type EnrolResponse,
  type ErrorCode,
  enrolResponseSchema,
  errorBodySchema,
  fromCompactPage,
  type Invite,
  type InviteInput,
  inviteSchema,
  type KeysResponse,
  keysResponseSchema,
  MAX_BODY_BYTES,
  MAX_SEALED_BATCH,
  type Membership,
  type MutationResult,
  membershipSchema,
  type NetworkStatsResponse,
  type NewInvite,
  networkStatsResponseSchema,
  newInviteSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PublicDeviceKeys,
  type PublishKeysResponse,
  type PublishStatsResponse,
  type PulledPage,
  type PullSealedResponse,
  publishKeysResponseSchema,
  publishStatsResponseSchema,
  pullResponseSchema,
  pullSealedResponseSchema,
  pushResponseSchema,
  pushSealedResponseSchema,
  type ReferralSettings,
  type ReferralSettingsInput,
  referralSettingsSchema,
  type SealedItem,
  type SealedResult,
  type WireMutation,
} from '../protocol';

// What state/ and the screens need of the wire's types (they may not import protocol/ themselves).
export type {
  Agency,
  AuditEntry,
  Device,
  EnrolResponse,
  ErrorCode,
  Invite,
  InviteInput,
  Membership,
  MonthlyStatsInput,
  MutationResult,
  NetworkMonth,
  NetworkStatsResponse,
  NewInvite,
  PublicDeviceKeys,
  PublishedKeys,
  PublishKeysResponse,
  PulledChange,
  PulledPage,
  PulledSealed,
  PullResponse,
  PullSealedResponse,
  ReferralSettings,
  ReferralSettingsInput,
  RelayRefusal,
  Role,
  SealedItem,
  SealedKind,
  SealedResult,
  WireMutation,
} from '../protocol';
export {
  DEFAULT_PAGE,
  DEFAULT_SEALED_PAGE,
  INVITE_DAYS_DEFAULT,
  MAX_BATCH,
  MAX_BODY_BYTES,
  MAX_PAGE,
  MAX_SEALED_BATCH,
  MAX_SEALED_PAGE,
  RELAY_REFUSALS,
  ROLES,
} from '../protocol';

/** Bodies above this go gzipped (the hub inflates them, bounded by its body limit). */
export const GZIP_ABOVE_BYTES = 1024;

async function gzip(text: string): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Why a call failed: a code the hub answered with (ERROR_CODES), `offline` when no answer came (no
 * network, the hub down, too slow), or `bad_response` when what answered is not a hub speaking this
 * protocol (a static host, a captive portal, a proxy's error page).
 */
export type HubErrorCode = ErrorCode | 'offline' | 'bad_response';

export interface HubError {
  code: HubErrorCode;
  /** The HTTP status, when an answer came. */
  status: number | null;
  /** The hub's own words (English), for a log or a detail line; the app shows its own text per code. */
  message: string;
  /** For `protocol_unsupported`: the versions the hub speaks. */
  supported?: number[];
}

export type HubResult<T> = Result<T, HubError>;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HubClientOptions {
  /** A fake in tests; the page's own fetch when absent. */
  fetch?: FetchLike;
  /** Prefix of every path: '' in the page (same origin, relative URLs); a test may give an origin. */
  base?: string;
  /**
   * Nothing heard for this long counts as offline: no answer, or an answer whose body stopped coming
   * (a large page on a slow link takes as long as it needs while its bytes keep coming).
   */
  timeoutMs?: number;
}

export const HUB_TIMEOUT_MS = 20_000;

/** The body as text, read as it comes; `heard` is told of every piece (the silence timer restarts). */
async function readBody(response: Response, heard: () => void): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const pieces: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    heard();
    pieces.push(value);
    size += value.byteLength;
  }
  const whole = pieces.length === 1 ? (pieces[0] as Uint8Array) : new Uint8Array(size);
  if (pieces.length > 1) {
    let at = 0;
    for (const piece of pieces) {
      whole.set(piece, at);
      at += piece.byteLength;
    }
  }
  return new TextDecoder().decode(whole);
}
/** "Wipe this device" waits no longer than this for the hub's Clear-Site-Data answer. */
export const CLEAR_SITE_DATA_TIMEOUT_MS = 5_000;

const agenciesSchema = z.object({ agencies: z.array(agencySchema) });
const agencyAnswerSchema = z.object({ agency: agencySchema });
const invitesSchema = z.object({ invites: z.array(inviteSchema) });
const inviteAnswerSchema = z.object({ invite: inviteSchema });
const devicesSchema = z.object({ devices: z.array(deviceSchema) });
const deviceAnswerSchema = z.object({ device: deviceSchema });
const auditSchema = z.object({ entries: z.array(auditEntrySchema) });
const settingsAnswerSchema = z.object({ settings: referralSettingsSchema });
/** A pulled page as a hub of this version (compact, as asked) or an older one (plain) answers it. */
const eitherPageSchema = z.union([compactPullResponseSchema, pullResponseSchema]);

type Method = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** Bytes of JSON a sealed push carries at most by default: a quarter under the hub's body limit. */
export const SEALED_BATCH_BYTES = Math.floor(MAX_BODY_BYTES * 0.75);

/**
 * Items in order, cut into pushes of at most `maxCount` items and `maxBytes` of JSON each; an item
 * larger than `maxBytes` on its own goes alone (the hub's answer then says whether it fits).
 */
export function batchSealed<T extends SealedItem>(
  items: readonly T[],
  limits: { maxCount?: number; maxBytes?: number } = {},
): T[][] {
  const maxCount = Math.min(limits.maxCount ?? MAX_SEALED_BATCH, MAX_SEALED_BATCH);
  const maxBytes = limits.maxBytes ?? SEALED_BATCH_BYTES;
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length + 1;
    if (batch.length > 0 && (batch.length >= maxCount || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export function createHubClient(options: HubClientOptions = {}) {
  const send: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.base ?? '';
  const timeoutMs = options.timeoutMs ?? HUB_TIMEOUT_MS;

  async function call<S extends z.ZodMiniType>(
    method: Method,
    path: string,
    schema: S,
    init: { token?: string; body?: unknown; gzip?: boolean; signal?: AbortSignal } = {},
  ): Promise<HubResult<z.infer<S>>> {
    const headers: Record<string, string> = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      Accept: 'application/json',
    };
    if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
    let body: string | Uint8Array | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
      const packed = init.gzip && body.length > GZIP_ABOVE_BYTES ? await gzip(body) : null;
      if (packed) {
        headers['Content-Encoding'] = 'gzip';
        body = packed;
      }
    }
    // Silence for timeoutMs, before the answer or between two pieces of its body, gives up on it.
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), timeoutMs);
    };
    const stop = () => controller.abort();
    init.signal?.addEventListener('abort', stop);
    if (init.signal?.aborted) controller.abort();
    heard();
    let response: Response;
    let text: string;
    try {
      try {
        response = await send(`${base}${path}`, {
          method,
          headers,
          ...(body !== undefined ? { body: body as BodyInit } : {}),
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'error',
          signal: controller.signal,
        });
      } catch {
        return err({ code: 'offline', status: null, message: 'The hub could not be reached.' });
      }
      heard();
      try {
        text = await readBody(response, heard);
      } catch {
        // The connection dropped in the middle of the reply, it stopped coming, or it did not inflate.
        return err(badResponse(response.status, 'The answer was cut off or could not be read.'));
      }
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', stop);
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      // Not JSON, or cut off on the way without the transport noticing.
      return err(badResponse(response.status, 'The answer is not JSON, or it was cut off.'));
    }
    if (!response.ok) {
      const refusal = errorBodySchema.safeParse(answer);
      if (!refusal.success) return err(badResponse(response.status, 'The answer is not a hub error.'));
      const { code, message, supported } = refusal.data.error;
      return err({ code, status: response.status, message, ...(supported ? { supported } : {}) });
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) return err(badResponse(response.status, 'The answer does not match the protocol.'));
    return ok(parsed.data as z.infer<S>);
  }

  const unwrap = <T, K extends string>(result: HubResult<Record<K, T>>, key: K): HubResult<T> =>
    result.ok ? ok(result.value[key]) : result;

  return {
    /** Redeems an invite code for a device token and this device's membership. */
    enrol(code: string, deviceName?: string): Promise<HubResult<EnrolResponse>> {
      return call('POST', '/api/enrol', enrolResponseSchema, {
        body: deviceName ? { code, deviceName } : { code },
      });
    },
    /** Sends a batch of the outbox (S2); the answers come in the batch's order, one per mutation. */
    async push(token: string, mutations: readonly WireMutation[]): Promise<HubResult<MutationResult[]>> {
      return unwrap(
        await call('POST', '/api/push', pushResponseSchema, { token, body: { mutations }, gzip: true }),
        'results',
      );
    },
    /**
     * One page of what changed on the hub after `cursor` (S5), asked for in the compact form (an older
     * hub answers the plain one; either reads as the same page). The hub compresses it for whoever
     * asks, as browsers do. `signal` gives up on it (a page asked ahead that is no longer wanted).
     */
    async pull(
      token: string,
      cursor: number,
      limit: number,
      options: { signal?: AbortSignal } = {},
    ): Promise<HubResult<PulledPage>> {
      const answer = await call(
        'GET',
        `/api/pull?cursor=${cursor}&limit=${limit}&owners=1&form=${COMPACT_FORM}`,
        eitherPageSchema,
        { token, ...options },
      );
      if (!answer.ok) return answer;
      const page = answer.value;
      if (!('form' in page)) return ok({ ...page, records: page.records.map(({ seq: _, ...r }) => r) });
      const read = fromCompactPage(page);
      return read ? ok(read) : err(badResponse(200, 'A record of the page does not read.'));
    },
    // The referral relay: the hub stores and relays what devices sealed (vault/), never reading it.

    /**
     * Publishes this device's public keys (once: the same keys again answer `stored`; other keys are
     * refused as `exists`, and a device that lost its keys replaces them with `replaceKeys`).
     */
    publishKeys(token: string, keys: PublicDeviceKeys): Promise<HubResult<PublishKeysResponse>> {
      return call('PUT', '/api/referrals/keys', publishKeysResponseSchema, { token, body: keys });
    },
    /**
     * Replaces this device's published keys with new ones (after a forgotten passphrase erased the
     * old): the old ones stay listed as retired, to verify what they signed.
     */
    replaceKeys(token: string, keys: PublicDeviceKeys): Promise<HubResult<PublishKeysResponse>> {
      return call('POST', '/api/referrals/keys/replace', publishKeysResponseSchema, { token, body: keys });
    },
    /** The network's published keys (revoked devices marked) and the settings a sender seals with. */
    listKeys(token: string): Promise<HubResult<KeysResponse>> {
      return call('GET', '/api/referrals/keys', keysResponseSchema, { token });
    },
    /** One batch (cut with `batchSealed`); the answers come in its order, one per item. */
    async pushSealed(token: string, items: readonly SealedItem[]): Promise<HubResult<SealedResult[]>> {
      return unwrap(
        await call('POST', '/api/referrals/push', pushSealedResponseSchema, {
          token,
          body: { items },
          gzip: true,
        }),
        'results',
      );
    },
    /** One page of this agency's referral items after `cursor`; store the answer's cursor with them. */
    pullSealed(token: string, cursor: number, limit: number): Promise<HubResult<PullSealedResponse>> {
      return call('GET', `/api/referrals/pull?cursor=${cursor}&limit=${limit}`, pullSealedResponseSchema, {
        token,
      });
    },
    /** This agency's figures for one closed month (once: other figures again are refused `exists`). */
    publishStats(token: string, month: MonthlyStats): Promise<HubResult<PublishStatsResponse>> {
      return call('PUT', '/api/stats', publishStatsResponseSchema, { token, body: month });
    },
    /** The network's figures, every agency's added up, and the months this agency has published. */
    networkStats(token: string): Promise<HubResult<NetworkStatsResponse>> {
      return call('GET', '/api/stats', networkStatsResponseSchema, { token });
    },
    /** Who this device is in its network now (role and agency may have changed; revoked says so). */
    me(token: string): Promise<HubResult<Membership>> {
      return call('GET', '/api/me', membershipSchema, { token });
    },
    async listAgencies(token: string): Promise<HubResult<Agency[]>> {
      return unwrap(await call('GET', '/api/admin/agencies', agenciesSchema, { token }), 'agencies');
    },
    async createAgency(token: string, name: string): Promise<HubResult<Agency>> {
      return unwrap(
        await call('POST', '/api/admin/agencies', agencyAnswerSchema, { token, body: { name } }),
        'agency',
      );
    },
    async renameAgency(token: string, id: string, name: string): Promise<HubResult<Agency>> {
      return unwrap(
        await call('PATCH', `/api/admin/agencies/${encodeURIComponent(id)}`, agencyAnswerSchema, {
          token,
          body: { name },
        }),
        'agency',
      );
    },
    async listInvites(token: string): Promise<HubResult<Invite[]>> {
      return unwrap(await call('GET', '/api/admin/invites', invitesSchema, { token }), 'invites');
    },
    /** A new invite and its code, which the hub shows this once. */
    createInvite(token: string, input: InviteInput): Promise<HubResult<NewInvite>> {
      return call('POST', '/api/admin/invites', newInviteSchema, { token, body: input });
    },
    async revokeInvite(token: string, id: string): Promise<HubResult<Invite>> {
      return unwrap(
        await call('DELETE', `/api/admin/invites/${encodeURIComponent(id)}`, inviteAnswerSchema, { token }),
        'invite',
      );
    },
    async listDevices(token: string): Promise<HubResult<Device[]>> {
      return unwrap(await call('GET', '/api/admin/devices', devicesSchema, { token }), 'devices');
    },
    async revokeDevice(token: string, id: string): Promise<HubResult<Device>> {
      return unwrap(
        await call('DELETE', `/api/admin/devices/${encodeURIComponent(id)}`, deviceAnswerSchema, { token }),
        'device',
      );
    },
    /**
     * Asks the hub to answer with `Clear-Site-Data`, so the browser drops this origin's HTTP cache too
     * ("wipe this device"). No token, no body; true when the hub answered so. Never throws: offline, a
     * static host or a slow hub is `false`, and the wipe on the device is complete without it.
     */
    async clearSiteData(): Promise<boolean> {
      try {
        const response = await send(`${base}${CLEAR_SITE_DATA_PATH}`, {
          method: 'POST',
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'error',
          keepalive: true,
          signal: AbortSignal.timeout(Math.min(timeoutMs, CLEAR_SITE_DATA_TIMEOUT_MS)),
        });
        return response.status === 204;
      } catch {
        return false;
      }
    },
    async referralSettings(token: string): Promise<HubResult<ReferralSettings>> {
      return unwrap(
        await call('GET', '/api/admin/referral-settings', settingsAnswerSchema, { token }),
        'settings',
      );
    },
    /** A coordinator's change to who may send referrals and how long they are kept (R4). */
    async setReferralSettings(
      token: string,
      input: ReferralSettingsInput,
    ): Promise<HubResult<ReferralSettings>> {
      return unwrap(
        await call('PATCH', '/api/admin/referral-settings', settingsAnswerSchema, { token, body: input }),
        'settings',
      );
    },
    /** The audit log, newest first; `before` is the `seq` of the oldest entry already shown. */
    async listAudit(
      token: string,
      page: { limit?: number; before?: number } = {},
    ): Promise<HubResult<AuditEntry[]>> {
      const query = new URLSearchParams();
      if (page.limit !== undefined) query.set('limit', String(page.limit));
      if (page.before !== undefined) query.set('before', String(page.before));
      const search = query.size > 0 ? `?${query}` : '';
      return unwrap(await call('GET', `/api/admin/audit${search}`, auditSchema, { token }), 'entries');
    },
  };
}

function badResponse(status: number, message: string): HubError {
  return { code: 'bad_response', status, message };
}

export type HubClient = ReturnType<typeof createHubClient>;
