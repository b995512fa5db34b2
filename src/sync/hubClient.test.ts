import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { referralWorld, sealSample } from '../../tests/fixtures/referrals';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PullResponse,
  type SealedItem,
  toCompactPage,
} from '../protocol';
import { batchSealed, createHubClient, type FetchLike, MAX_SEALED_BATCH } from './hubClient';

const TOKEN = 'a'.repeat(43);
const NETWORK_ID = '0190a5a0-0000-7000-8000-000000000001';
const DEVICE_ID = '0190a5a0-0000-7000-8000-000000000002';
const AGENCY_ID = '0190a5a0-0000-7000-8000-000000000003';
const INVITE_ID = '0190a5a0-0000-7000-8000-000000000004';
const AT = '2026-11-15T17:00:00.000Z';

const membership = {
  network: { id: NETWORK_ID, name: 'Demo network', demo: true },
  device: { id: DEVICE_ID },
  role: 'coordinator',
  agency: null,
};
const invite = {
  id: INVITE_ID,
  role: 'editor',
  agencyId: AGENCY_ID,
  createdAt: AT,
  expiresAt: AT,
  state: 'open',
};

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that answers one canned response and remembers what it was asked. */
function fakeFetch(status: number, body: unknown, seen: Seen[] = []): FetchLike {
  return async (url, init) => {
    seen.push({ url, init });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
  };
}

const headersOf = (s: Seen | undefined) => (s?.init.headers ?? {}) as Record<string, string>;

describe('the hub client', () => {
  it('enrols with the code, the protocol header and no token, at a relative URL', async () => {
    const seen: Seen[] = [];
    const hub = createHubClient({ fetch: fakeFetch(200, { token: TOKEN, membership }, seen) });
    const result = await hub.enrol('K7M2P-9QX4R', 'Outreach phone 2');
    expect(result).toEqual({ ok: true, value: { token: TOKEN, membership } });
    expect(seen[0]?.url).toBe('/api/enrol');
    expect(seen[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      code: 'K7M2P-9QX4R',
      deviceName: 'Outreach phone 2',
    });
    expect(headersOf(seen[0])[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
    expect(headersOf(seen[0]).Authorization).toBeUndefined();
  });

  it('sends the token in the Authorization header only, never in the URL', async () => {
    const seen: Seen[] = [];
    const hub = createHubClient({ fetch: fakeFetch(200, membership, seen) });
    const result = await hub.me(TOKEN);
    expect(result.ok && result.value.role).toBe('coordinator');
    expect(headersOf(seen[0]).Authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]?.url).toBe('/api/me');
    expect(seen[0]?.url).not.toContain(TOKEN);
  });

  it.each([
    [401, 'revoked'],
    [401, 'unauthorized'],
    [400, 'invite_invalid'],
    [429, 'locked_out'],
    [429, 'rate_limited'],
    [403, 'forbidden'],
    [404, 'not_found'],
  ] as const)('answers %i %s as a typed failure', async (status, code) => {
    const hub = createHubClient({ fetch: fakeFetch(status, { error: { code, message: 'No.' } }) });
    expect(await hub.me(TOKEN)).toEqual({ ok: false, error: { code, status, message: 'No.' } });
  });

  it('passes on the versions a hub speaks when it refuses this protocol (S9)', async () => {
    const hub = createHubClient({
      fetch: fakeFetch(426, { error: { code: 'protocol_unsupported', message: 'Update.', supported: [2] } }),
    });
    const result = await hub.enrol('K7M2P9QX4R');
    expect(result.ok ? null : result.error).toEqual({
      code: 'protocol_unsupported',
      status: 426,
      message: 'Update.',
      supported: [2],
    });
  });

  it('says offline when no answer comes, and never throws', async () => {
    const hub = createHubClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const result = await hub.listDevices(TOKEN);
    expect(result.ok ? null : result.error.code).toBe('offline');
  });

  it('says offline when the hub is too slow', async () => {
    const hub = createHubClient({
      timeoutMs: 10,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    const result = await hub.me(TOKEN);
    expect(result.ok ? null : result.error.code).toBe('offline');
  });

  it.each([
    ['a static host’s page', 404, '<!doctype html><title>Not found</title>'],
    ['an error body that is not the protocol’s', 500, { message: 'boom' }],
    ['an answer that does not match the schema', 200, { token: 'short', membership }],
  ])('calls %s a bad response', async (_what, status, body) => {
    const hub = createHubClient({ fetch: fakeFetch(status, body) });
    const result = await hub.enrol('K7M2P9QX4R');
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad_response', status });
  });

  it('lists and changes agencies, invites and devices, unwrapping the answers', async () => {
    const agency = { id: AGENCY_ID, name: 'Birchlight', createdAt: AT };
    const device = {
      id: DEVICE_ID,
      name: 'Phone',
      role: 'editor',
      agencyId: AGENCY_ID,
      enrolledAt: AT,
      lastSeenAt: null,
      revokedAt: AT,
    };
    const seen: Seen[] = [];
    const answers: unknown[] = [
      { agencies: [agency] },
      { agency },
      { agency: { ...agency, name: 'Birchlight Centre' } },
      { invites: [invite] },
      { invite, code: 'K7M2P-9QX4R' },
      { invite: { ...invite, state: 'revoked' } },
      { devices: [device] },
      { device },
    ];
    const hub = createHubClient({
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(JSON.stringify(answers.shift()), { status: 200 });
      },
    });
    expect(await hub.listAgencies(TOKEN)).toEqual({ ok: true, value: [agency] });
    expect(await hub.createAgency(TOKEN, 'Birchlight')).toEqual({ ok: true, value: agency });
    expect((await hub.renameAgency(TOKEN, AGENCY_ID, 'Birchlight Centre')).ok).toBe(true);
    expect(await hub.listInvites(TOKEN)).toEqual({ ok: true, value: [invite] });
    const created = await hub.createInvite(TOKEN, { role: 'editor', agencyId: AGENCY_ID });
    expect(created.ok && created.value.code).toBe('K7M2P-9QX4R');
    const revoked = await hub.revokeInvite(TOKEN, INVITE_ID);
    expect(revoked.ok && revoked.value.state).toBe('revoked');
    expect(await hub.listDevices(TOKEN)).toEqual({ ok: true, value: [device] });
    expect((await hub.revokeDevice(TOKEN, DEVICE_ID)).ok).toBe(true);
    expect(seen.map((s) => `${s.init.method} ${s.url}`)).toEqual([
      'GET /api/admin/agencies',
      'POST /api/admin/agencies',
      `PATCH /api/admin/agencies/${AGENCY_ID}`,
      'GET /api/admin/invites',
      'POST /api/admin/invites',
      `DELETE /api/admin/invites/${INVITE_ID}`,
      'GET /api/admin/devices',
      `DELETE /api/admin/devices/${DEVICE_ID}`,
    ]);
    expect(seen.every((s) => headersOf(s).Authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('pages the audit log with before and limit', async () => {
    const entry = { seq: 7, at: AT, action: 'enrol', deviceId: DEVICE_ID, subject: INVITE_ID, detail: null };
    const seen: Seen[] = [];
    const hub = createHubClient({
      base: 'http://hub.test',
      fetch: fakeFetch(200, { entries: [entry] }, seen),
    });
    expect(await hub.listAudit(TOKEN, { limit: 50, before: 8 })).toEqual({ ok: true, value: [entry] });
    expect(seen[0]?.url).toBe('http://hub.test/api/admin/audit?limit=50&before=8');
  });

  it('asks for Clear-Site-Data with a bare POST: no token, no body, no cookies, no cache', async () => {
    const seen: Seen[] = [];
    const hub = createHubClient({
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(null, { status: 204, headers: { 'Clear-Site-Data': '"cache", "storage"' } });
      },
    });
    expect(await hub.clearSiteData()).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('/api/clear-site-data');
    expect(seen[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(seen[0]?.init.body).toBeUndefined();
    expect(headersOf(seen[0]).Authorization).toBeUndefined();
  });

  it.each<[string, FetchLike]>([
    ['offline', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a static host', fakeFetch(404, 'Not found')],
    ['a hub error', fakeFetch(500, { error: { code: 'internal', message: 'x' } })],
  ])('says false for Clear-Site-Data when %s, and never throws', async (_name, fetch) => {
    expect(await createHubClient({ fetch }).clearSiteData()).toBe(false);
  });
});

/** A body that comes in `pieces`, `gapMs` apart, then ends (or, with `stall`, stops coming). */
function tricklingFetch(pieces: string[], gapMs: number, stall = false): FetchLike {
  return async (_url, init) => {
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        for (const piece of pieces) {
          await new Promise((r) => setTimeout(r, gapMs));
          if (init.signal?.aborted) return;
          controller.enqueue(new TextEncoder().encode(piece));
        }
        if (!stall) controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

describe('the hub client’s pull', () => {
  const RECORD_ID = '0190a5a0-0000-7000-8000-0000000000aa';
  const plain: PullResponse = {
    records: [
      {
        seq: 5,
        entity: 'organization',
        id: RECORD_ID,
        version: 2,
        value: { id: RECORD_ID, name: 'North', parent: AGENCY_ID },
        owner: AGENCY_ID,
      },
      { seq: 6, entity: 'location', id: INVITE_ID, version: 3, value: null, owner: null },
    ],
    cursor: 6,
    more: true,
    reset: false,
  };
  const records = plain.records.map(({ seq: _, ...rest }) => rest);

  it('asks for the compact form with owners, and reads it as the page of records (S5)', async () => {
    const seen: Seen[] = [];
    const hub = createHubClient({ fetch: fakeFetch(200, toCompactPage(plain, 40), seen) });
    expect(await hub.pull(TOKEN, 4, 1000)).toEqual({
      ok: true,
      value: { records, cursor: 6, more: true, reset: false, latest: 40 },
    });
    expect(seen[0]?.url).toBe('/api/pull?cursor=4&limit=1000&owners=1&form=compact');
  });

  it('reads the plain form an older hub answers (it ignores the form it does not know)', async () => {
    const hub = createHubClient({ fetch: fakeFetch(200, plain) });
    expect(await hub.pull(TOKEN, 4, 1000)).toEqual({
      ok: true,
      value: { records, cursor: 6, more: true, reset: false },
    });
  });

  it('calls a compact page whose UUIDs do not read a bad response', async () => {
    const compact = toCompactPage(plain, 40);
    const hub = createHubClient({ fetch: fakeFetch(200, { ...compact, ids: compact.ids.slice(0, -22) }) });
    const result = await hub.pull(TOKEN, 4, 1000);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('waits for a large answer as long as its bytes keep coming, longer than the silence allowed', async () => {
    const text = JSON.stringify(toCompactPage(plain, 40));
    const pieces = Array.from({ length: 12 }, (_, i) =>
      text.slice((i * text.length) / 12, ((i + 1) * text.length) / 12),
    );
    const hub = createHubClient({ timeoutMs: 400, fetch: tricklingFetch(pieces, 60) });
    const result = await hub.pull(TOKEN, 4, 1000);
    expect(result.ok && result.value.records).toEqual(records);
  });

  it('gives up on an answer that stops coming half way: a bad response, never a page', async () => {
    const text = JSON.stringify(toCompactPage(plain, 40));
    const hub = createHubClient({ timeoutMs: 100, fetch: tricklingFetch([text.slice(0, 50)], 10, true) });
    const result = await hub.pull(TOKEN, 4, 1000);
    expect(result.ok ? null : result.error.code).toBe('bad_response');
  });

  it('gives up on a page asked ahead when its signal says so', async () => {
    const text = JSON.stringify(toCompactPage(plain, 40));
    const controller = new AbortController();
    const hub = createHubClient({ fetch: tricklingFetch([text.slice(0, 50), text.slice(50)], 50) });
    const pending = hub.pull(TOKEN, 4, 1000, { signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(result.ok).toBe(false);
  });
});

describe('the hub client’s referral relay', () => {
  it('publishes and lists keys, pushes (gzipped) and pulls sealed items, with the token in a header only', async () => {
    const world = await referralWorld(1);
    const envelope = await sealSample(world);
    const me = world.sender[0]!.public;
    const item: SealedItem = { kind: 'envelope', item: envelope };
    const result = { kind: 'envelope', referralId: envelope.referralId, status: 'stored' };
    const settings = { peersMaySend: false, retentionDays: 90, withheldCommunities: [] };
    const answers: unknown[] = [
      { status: 'stored' },
      { keys: [{ ...me, revoked: false, retired: false }], settings },
      { results: [result] },
      { items: [{ seq: 4, kind: 'envelope', item: envelope }], cursor: 4, more: false },
      { settings },
      { settings: { ...settings, retentionDays: 30 } },
    ];
    const seen: Seen[] = [];
    const hub = createHubClient({
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(JSON.stringify(answers.shift()), { status: 200 });
      },
    });
    expect(await hub.publishKeys(TOKEN, me)).toEqual({ ok: true, value: { status: 'stored' } });
    expect(await hub.listKeys(TOKEN)).toEqual({
      ok: true,
      value: { keys: [{ ...me, revoked: false, retired: false }], settings },
    });
    expect(await hub.pushSealed(TOKEN, [item])).toEqual({ ok: true, value: [result] });
    const pulled = await hub.pullSealed(TOKEN, 3, 50);
    expect(pulled.ok && pulled.value.items[0]).toEqual({ seq: 4, kind: 'envelope', item: envelope });
    expect(await hub.referralSettings(TOKEN)).toEqual({ ok: true, value: settings });
    expect(await hub.setReferralSettings(TOKEN, { retentionDays: 30 })).toEqual({
      ok: true,
      value: { ...settings, retentionDays: 30 },
    });
    expect(seen.map((s) => `${s.init.method} ${s.url}`)).toEqual([
      'PUT /api/referrals/keys',
      'GET /api/referrals/keys',
      'POST /api/referrals/push',
      'GET /api/referrals/pull?cursor=3&limit=50',
      'GET /api/admin/referral-settings',
      'PATCH /api/admin/referral-settings',
    ]);
    expect(
      seen.every((s) => headersOf(s).Authorization === `Bearer ${TOKEN}` && !s.url.includes(TOKEN)),
    ).toBe(true);
    expect(seen.every((s) => headersOf(s)[PROTOCOL_HEADER] === String(PROTOCOL_VERSION))).toBe(true);
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual(me);
    // An envelope is several KB: it travels gzipped.
    const pushed = seen[2]!;
    expect(headersOf(pushed)['Content-Encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(pushed.init.body as Uint8Array).toString('utf8'))).toEqual({
      items: [item],
    });
  });

  it('passes a refusal on as the hub’s answer, and an HTTP error as a typed failure', async () => {
    const refused = { status: 'refused', reason: 'exists', message: 'Other keys were published before.' };
    const world = await referralWorld(1);
    const me = world.sender[0]!.public;
    expect(await createHubClient({ fetch: fakeFetch(200, refused) }).publishKeys(TOKEN, me)).toEqual({
      ok: true,
      value: refused,
    });
    const tooLarge = createHubClient({
      fetch: fakeFetch(413, { error: { code: 'too_large', message: 'Big.' } }),
    });
    expect(await tooLarge.pushSealed(TOKEN, [])).toEqual({
      ok: false,
      error: { code: 'too_large', status: 413, message: 'Big.' },
    });
  });

  it.each([
    [
      'an item of an unknown kind',
      { items: [{ seq: 1, kind: 'plaintext', item: {} }], cursor: 1, more: false },
    ],
    ['an item without its sequence', { items: [{ kind: 'status', item: {} }], cursor: 1, more: false }],
    ['no cursor', { items: [], more: false }],
  ])('calls a pulled page with %s a bad response', async (_what, body) => {
    const result = await createHubClient({ fetch: fakeFetch(200, body) }).pullSealed(TOKEN, 0, 10);
    expect(result.ok ? null : result.error.code).toBe('bad_response');
  });
});

describe('batchSealed', () => {
  const item = (chars: number): SealedItem => ({
    kind: 'status',
    item: {
      format: 1,
      id: '0190a5a0-0000-7000-8000-000000000010',
      referralId: '0190a5a0-0000-7000-8000-000000000011',
      device: DEVICE_ID,
      iv: 'AAAAAAAAAAAAAAAA',
      ciphertext: 'A'.repeat(chars),
      signature: `${'A'.repeat(86)}==`,
    },
  });
  const size = JSON.stringify(item(4)).length + 1;

  it.each([
    ['nothing', [], {}, []],
    ['under both limits: one batch', [4, 4, 4], {}, [3]],
    ['by count', [4, 4, 4, 4, 4], { maxCount: 2 }, [2, 2, 1]],
    ['by bytes', [4, 4, 4], { maxBytes: size * 2 }, [2, 1]],
    ['one item over the byte limit goes alone', [4, 4000, 4], { maxBytes: size * 2 }, [1, 1, 1]],
    [
      'never above the hub’s batch limit',
      Array(MAX_SEALED_BATCH + 1).fill(4),
      { maxCount: 1e6 },
      [MAX_SEALED_BATCH, 1],
    ],
  ] as const)('%s', (_name, sizes, limits, expected) => {
    const items = sizes.map(item);
    const batches = batchSealed(items, limits);
    expect(batches.map((b) => b.length)).toEqual(expected);
    expect(batches.flat()).toEqual(items); // in order, nothing lost or repeated
  });
});
