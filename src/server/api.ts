// The hub's API under /api/ and the HSDS API under /hsds/: every request is limited (body size after
// decompression, batch, page, rate), checked for the protocol version (S9), parsed with the shared
// schemas (unknown keys refused), and answered with JSON, errors as {error: {code, message}} without
// a stack trace. The rules themselves live in hub.ts.
import { gunzipSync, inflateSync } from 'node:zlib';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { uuid } from '../model/common';
import { describeIssues } from '../model/validation';
import {
  agencyInputSchema,
  DEFAULT_PAGE,
  DEFAULT_SEALED_PAGE,
  type ErrorCode,
  enrolRequestSchema,
  inviteInputSchema,
  MAX_BODY_BYTES,
  MAX_PAGE,
  monthlyStatsSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  publicDeviceKeysSchema,
  pullQuerySchema,
  pullSealedQuerySchema,
  pushRequestSchema,
  pushSealedRequestSchema,
  referralSettingsInputSchema,
} from '../protocol';
import { createHsdsApi, type DirectoryReader } from './hsdsApi';
import { type Hub, HubError } from './hub';
import { RateLimiter } from './rateLimit';
import type { DeviceRow, HubStorage } from './storage/types';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 413 | 426 | 429 | 500> = {
  bad_request: 400,
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  rate_limited: 429,
  invite_invalid: 400,
  locked_out: 429,
  protocol_unsupported: 426,
  internal: 500,
};

class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, code: ErrorCode, message: string) {
  const body =
    code === 'protocol_unsupported'
      ? { error: { code, message, supported: [PROTOCOL_VERSION] } }
      : { error: { code, message } };
  return c.json(body, STATUS[code]);
}

/** Reads at most MAX_BODY_BYTES, before and after decompression; then JSON. */
async function readJson(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new ApiError('too_large', `A request body holds at most ${MAX_BODY_BYTES} bytes.`);
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw new ApiError('too_large', `A request body holds at most ${MAX_BODY_BYTES} bytes.`);
      }
      chunks.push(value);
    }
  }
  let bytes: Buffer = Buffer.concat(chunks);
  const encoding = (c.req.header('content-encoding') ?? 'identity').toLowerCase();
  try {
    if (encoding === 'gzip') bytes = gunzipSync(bytes, { maxOutputLength: MAX_BODY_BYTES });
    else if (encoding === 'deflate') bytes = inflateSync(bytes, { maxOutputLength: MAX_BODY_BYTES });
    else if (encoding !== 'identity')
      throw new ApiError('bad_request', `Unsupported Content-Encoding: ${encoding}.`);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw new ApiError(
        'too_large',
        `A request body holds at most ${MAX_BODY_BYTES} bytes once decompressed.`,
      );
    throw new ApiError('bad_request', 'The request body could not be decompressed.');
  }
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ApiError('bad_request', 'The request body is not JSON.');
  }
}

function parse<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error.issues, input)
    .slice(0, 5)
    .map((p) => (p.field ? `${p.field} ${p.message}` : p.message));
  throw new ApiError('bad_request', `Invalid request: ${problems.join('; ')}`.slice(0, 500));
}

const intParam = (raw: string | undefined, fallback: number) =>
  raw === undefined ? fallback : /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;

export interface ApiOptions {
  hub: Hub;
  storage: HubStorage;
  /** Requests a minute per device token. */
  perTokenPerMinute?: number;
  /** Enrolment attempts a minute per address, and bad codes before a lockout. */
  enrolPerMinute?: number;
  badCodesBeforeLockout?: number;
  now?: () => number;
}

type Env = { Variables: { device: DeviceRow } };

/** Mounts the API and the HSDS API on `app`. */
export function mountApi(app: Hono, options: ApiOptions): void {
  const { hub } = options;
  const now = options.now ?? Date.now;
  const perToken = new RateLimiter(options.perTokenPerMinute ?? 600, 60_000, now);
  const enrolments = new RateLimiter(options.enrolPerMinute ?? 20, 60_000, now);
  // Ten wrong codes in fifteen minutes locks an address out for fifteen minutes.
  const badCodes = new RateLimiter(options.badCodesBeforeLockout ?? 10, 15 * 60_000, now);

  const address = (c: Context) =>
    (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
      ?.remoteAddress ?? 'unknown';

  const protocol: MiddlewareHandler<Env> = async (c, next) => {
    if (c.req.path === '/api/health') return next();
    const version = c.req.header(PROTOCOL_HEADER);
    if (version !== String(PROTOCOL_VERSION))
      return errorResponse(
        c,
        'protocol_unsupported',
        `This hub speaks protocol ${PROTOCOL_VERSION}; update the app (sent ${version ?? 'none'}).`,
      );
    return next();
  };

  const authenticated: MiddlewareHandler<Env> = async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer ([A-Za-z0-9_-]{43,64})$/.exec(header)?.[1];
    if (!token) return errorResponse(c, 'unauthorized', 'This request needs a device token.');
    if (!perToken.take(token)) return errorResponse(c, 'rate_limited', 'Too many requests: wait a minute.');
    c.set('device', await hub.authenticate(token));
    return next();
  };

  const coordinator: MiddlewareHandler<Env> = async (c, next) => {
    if (c.get('device').role !== 'coordinator')
      return errorResponse(c, 'forbidden', 'Only a coordinator may do this.');
    return next();
  };

  const api = new Hono<Env>();
  api.use('*', protocol);
  api.get('/health', (c) => c.json({ ok: true, protocol: PROTOCOL_VERSION }));

  api.post('/enrol', async (c) => {
    const from = address(c);
    if (badCodes.full(from))
      return errorResponse(
        c,
        'locked_out',
        'Too many wrong invite codes from here: try again in 15 minutes.',
      );
    if (!enrolments.take(from)) return errorResponse(c, 'rate_limited', 'Too many attempts: wait a minute.');
    const body = parse(enrolRequestSchema, await readJson(c));
    try {
      return c.json(await hub.enrol(body.code, body.deviceName));
    } catch (error) {
      if (error instanceof HubError && error.code === 'invite_invalid') badCodes.take(from);
      throw error;
    }
  });

  api.get('/me', authenticated, async (c) => c.json(await hub.membership(c.get('device'))));
  api.post('/push', authenticated, async (c) => {
    const body = parse(pushRequestSchema, await readJson(c));
    return c.json({ results: await hub.push(c.get('device'), body.mutations) });
  });
  api.get('/pull', authenticated, async (c) => {
    const query = parse(pullQuerySchema, {
      cursor: intParam(c.req.query('cursor'), 0),
      limit: intParam(c.req.query('limit'), DEFAULT_PAGE),
      ...(c.req.query('owners') === '1' ? { owners: true } : {}),
      ...(c.req.query('form') !== undefined ? { form: c.req.query('form') } : {}),
    });
    const device = c.get('device');
    return c.json(await (query.form ? hub.pullCompact(device, query) : hub.pull(device, query)));
  });

  // The referral relay: ciphertext and routing only (relay.ts).
  api.get('/referrals/keys', authenticated, async (c) => c.json(await hub.relay.listKeys()));
  api.put('/referrals/keys', authenticated, async (c) => {
    const keys = parse(publicDeviceKeysSchema, await readJson(c));
    return c.json(await hub.relay.publishKeys(c.get('device'), keys));
  });
  api.post('/referrals/keys/replace', authenticated, async (c) => {
    const keys = parse(publicDeviceKeysSchema, await readJson(c));
    return c.json(await hub.relay.replaceKeys(c.get('device'), keys));
  });
  api.post('/referrals/push', authenticated, async (c) => {
    const body = parse(pushSealedRequestSchema, await readJson(c));
    return c.json({ results: await hub.relay.push(c.get('device'), body.items) });
  });
  api.get('/referrals/pull', authenticated, async (c) => {
    const query = parse(pullSealedQuerySchema, {
      cursor: intParam(c.req.query('cursor'), 0),
      limit: intParam(c.req.query('limit'), DEFAULT_SEALED_PAGE),
    });
    return c.json(await hub.relay.pull(c.get('device'), query));
  });

  // De-identified figures (stats.ts): an agency's closed month, and the network's months.
  api.get('/stats', authenticated, async (c) => c.json(await hub.stats.read(c.get('device'))));
  api.put('/stats', authenticated, async (c) => {
    const body = parse(monthlyStatsSchema, await readJson(c));
    return c.json(await hub.stats.publish(c.get('device'), body));
  });

  const admin = new Hono<Env>();
  admin.use('*', authenticated, coordinator);
  admin.get('/agencies', async (c) => c.json({ agencies: await hub.listAgencies() }));
  admin.post('/agencies', async (c) => {
    const body = parse(agencyInputSchema, await readJson(c));
    return c.json({ agency: await hub.createAgency(c.get('device'), body.name) }, 201);
  });
  admin.patch('/agencies/:id', async (c) => {
    const id = parse(uuid, c.req.param('id'));
    const body = parse(agencyInputSchema, await readJson(c));
    return c.json({ agency: await hub.renameAgency(c.get('device'), id, body.name) });
  });
  admin.get('/invites', async (c) => c.json({ invites: await hub.listInvites() }));
  admin.post('/invites', async (c) => {
    const body = parse(inviteInputSchema, await readJson(c));
    return c.json(await hub.createInvite(c.get('device'), body), 201);
  });
  admin.delete('/invites/:id', async (c) => {
    const id = parse(uuid, c.req.param('id'));
    return c.json({ invite: await hub.revokeInvite(c.get('device'), id) });
  });
  admin.get('/devices', async (c) => c.json({ devices: await hub.listDevices() }));
  admin.delete('/devices/:id', async (c) => {
    const id = parse(uuid, c.req.param('id'));
    return c.json({ device: await hub.revokeDevice(c.get('device'), id) });
  });
  admin.get('/referral-settings', async (c) => c.json({ settings: await hub.relay.settings() }));
  admin.patch('/referral-settings', async (c) => {
    const body = parse(referralSettingsInputSchema, await readJson(c));
    return c.json({ settings: await hub.relay.setSettings(c.get('device'), body) });
  });
  admin.get('/audit', async (c) => {
    const before = c.req.query('before');
    const limit = parse(z.int().check(z.gte(1), z.lte(MAX_PAGE)), intParam(c.req.query('limit'), 100));
    const page = {
      limit,
      before: before === undefined ? undefined : parse(z.int().check(z.gte(1)), intParam(before, 0)),
    };
    return c.json({ entries: await hub.listAudit(page) });
  });
  api.route('/admin', admin);
  api.all('*', (c) => errorResponse(c, 'not_found', 'No such API route.'));
  app.route('/api', api);

  // The HSDS API: members only unless the network made it public.
  const reader: DirectoryReader = {
    async list(entity, page) {
      const { rows, total } = await options.storage.listLive(entity, page);
      return { rows: rows.map((r) => ({ id: r.id, value: r.value ?? {}, modifiedAt: r.modifiedAt })), total };
    },
    async get(entity, id) {
      const row = await options.storage.getRecord(entity, id);
      return row?.value ? { id: row.id, value: row.value, modifiedAt: row.modifiedAt } : null;
    },
  };
  app.use('/hsds/*', async (c, next) => {
    if (!(await hub.network()).hsdsPublic) {
      const token = /^Bearer ([A-Za-z0-9_-]{43,64})$/.exec(c.req.header('authorization') ?? '')?.[1];
      if (!token) return errorResponse(c, 'unauthorized', 'This network’s HSDS API is for its members.');
      if (!perToken.take(token)) return errorResponse(c, 'rate_limited', 'Too many requests: wait a minute.');
      await hub.authenticate(token);
    }
    return next();
  });
  app.route('/hsds', createHsdsApi(reader));
}

/** Maps thrown errors to JSON answers; anything unexpected is logged and answered without detail. */
export function apiErrorResponse(c: Context, error: unknown): Response | null {
  if (error instanceof ApiError || error instanceof HubError)
    return errorResponse(c, error.code, error.message);
  return null;
}
