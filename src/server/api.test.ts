// The hub over HTTP, in-process: the happy path once, then a hostile-input suite over every route.
// Whatever is sent, the answer is JSON with a stable code, never a 5xx, never a stack trace.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSampleDirectory } from '../data/sampleDirectory';

const sampleDirectory = () => buildSampleDirectory(new Date('2026-11-15T17:00:00Z'));

import { RECIPIENTS_MAX } from '../model/sealedReferral';
import {
  compactPullResponseSchema,
  fromCompactPage,
  MAX_BATCH,
  MAX_BODY_BYTES,
  MAX_SEALED_BATCH,
  MAX_SEALED_PAGE,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PullResponse,
  STATS_COMMUNITIES_MAX,
} from '../protocol';
import { createApp } from './app';
import { createHub } from './hub';
import { asEnvelope, asStatus, b64, envelope, keysOf, SAMPLE_T0, status } from './relaySamples';
import { openSqliteStorage } from './storage/sqlite';

const root = mkdtempSync(join(tmpdir(), 'circle-api-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Circle of Care</title>');
writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');

async function setUp(limits: { enrolPerMinute?: number; perTokenPerMinute?: number } = {}) {
  const storage = openSqliteStorage(':memory:');
  const hub = createHub({ storage, now: () => SAMPLE_T0 });
  await hub.createNetwork({ name: 'Test network', demo: true });
  const agency = await hub.createAgency(null, 'North Agency');
  const app = createApp({ staticRoot: root, hub: { hub, storage, ...limits } });
  const call = (path: string, init: RequestInit & { token?: string; protocol?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.protocol !== null) headers.set(PROTOCOL_HEADER, init.protocol ?? String(PROTOCOL_VERSION));
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (typeof init.body === 'string' && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    return app.request(path, { ...init, headers });
  };
  const member = async (role: 'coordinator' | 'editor' | 'outreach' | 'peer') => {
    const { code } = await hub.createInvite(null, {
      role,
      agencyId: role === 'editor' || role === 'outreach' ? agency.id : null,
    });
    const res = await call('/api/enrol', { method: 'POST', body: JSON.stringify({ code }) });
    return ((await res.json()) as { token: string }).token;
  };
  return { app, hub, storage, agency, call, member };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

async function expectJsonError(res: Response, status: number, code: string) {
  expect(res.status, `${res.status} ${code}`).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/\n\s+at /);
}

describe('the hub API', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setUp();
  });

  it('enrols, answers who the device is, pushes and pulls, all uncached', async () => {
    const token = await s.member('editor');
    const me = await s.call('/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(await me.json()).toMatchObject({ role: 'editor', network: { name: 'Test network', demo: true } });

    const org = sampleDirectory().organizations[0]!;
    const push = await s.call('/api/push', {
      method: 'POST',
      token,
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      body: gzipSync(
        JSON.stringify({
          mutations: [
            {
              id: '01900000-0000-7000-8000-000000000001',
              entity: 'organization',
              recordId: org.id,
              op: 'put',
              baseVersion: null,
              value: org,
              createdAt: '2026-11-20T10:00:00.000Z',
            },
          ],
        }),
      ),
    });
    expect(push.status).toBe(200);
    expect(await push.json()).toEqual({
      results: [{ id: '01900000-0000-7000-8000-000000000001', status: 'applied', version: 1 }],
    });
    const pull = await s.call('/api/pull?cursor=0&limit=10', { token });
    expect(await pull.json()).toMatchObject({
      records: [{ id: org.id, version: 1 }],
      more: false,
      reset: false,
    });
  });

  it('answers a pull in the compact form when asked, and in the plain one otherwise', async () => {
    const token = await s.member('coordinator');
    const plain = (await (
      await s.call('/api/pull?cursor=0&limit=3&owners=1', { token })
    ).json()) as PullResponse;
    const asked = await s.call('/api/pull?cursor=0&limit=3&owners=1&form=compact', { token });
    expect(asked.status).toBe(200);
    const compact = compactPullResponseSchema.parse(await asked.json());
    expect(compact.latest).toBe(await s.storage.latestSeq());
    expect(fromCompactPage(compact)).toEqual({
      records: plain.records.map(({ seq: _, ...rest }) => rest),
      cursor: plain.cursor,
      more: plain.more,
      reset: plain.reset,
      latest: compact.latest,
    });
    await expectJsonError(await s.call('/api/pull?cursor=0&form=tiny', { token }), 400, 'bad_request');
  });

  it('never compresses an answer that carries a token or an invite code (BREACH), whatever it asks', async () => {
    const coordinator = await s.member('coordinator');
    const { code } = await s.hub.createInvite(null, { role: 'peer', agencyId: null });
    const accepts = { 'Accept-Encoding': 'br, gzip, deflate' };
    const enrolled = await s.call('/api/enrol', {
      method: 'POST',
      headers: accepts,
      body: JSON.stringify({ code }),
    });
    const invited = await s.call('/api/admin/invites', {
      method: 'POST',
      token: coordinator,
      headers: accepts,
      body: JSON.stringify({ role: 'peer', agencyId: null }),
    });
    for (const answer of [enrolled, invited]) {
      expect(answer.headers.get('content-encoding')).toBeNull();
      expect(answer.headers.get('cache-control')).toBe('no-store, no-transform');
    }
    expect(((await enrolled.json()) as { token: string }).token).toHaveLength(43);
    expect(((await invited.json()) as { code: string }).code).toBeTruthy();
  });

  it('[S9] refuses a request without the protocol version, or with another, offering the update', async () => {
    const token = await s.member('peer');
    await expectJsonError(await s.call('/api/me', { token, protocol: null }), 426, 'protocol_unsupported');
    const old = await s.call('/api/me', { token, protocol: '0' });
    expect(((await old.clone().json()) as { error: { supported: number[] } }).error.supported).toEqual([
      PROTOCOL_VERSION,
    ]);
    await expectJsonError(old, 426, 'protocol_unsupported');
  });

  it('[S9] holds for the referral relay’s routes too', async () => {
    const token = await s.member('outreach');
    for (const [method, path] of [
      ['GET', '/api/referrals/keys'],
      ['PUT', '/api/referrals/keys'],
      ['POST', '/api/referrals/keys/replace'],
      ['POST', '/api/referrals/push'],
      ['GET', '/api/referrals/pull?cursor=0&limit=10'],
      ['GET', '/api/admin/referral-settings'],
      ['PATCH', '/api/admin/referral-settings'],
      ['GET', '/api/stats'],
      ['PUT', '/api/stats'],
    ] as const) {
      const body = method === 'GET' ? null : '{}';
      await expectJsonError(
        await s.call(path, { method, token, body, protocol: null }),
        426,
        'protocol_unsupported',
      );
      await expectJsonError(
        await s.call(path, { method, token, body, protocol: '0' }),
        426,
        'protocol_unsupported',
      );
    }
  });

  it('[S8] lets only coordinators use the admin routes', async () => {
    const editor = await s.member('editor');
    const coordinator = await s.member('coordinator');
    for (const [method, path] of [
      ['GET', '/api/admin/devices'],
      ['GET', '/api/admin/audit'],
      ['GET', '/api/admin/referral-settings'],
      ['PATCH', '/api/admin/referral-settings'],
      ['POST', '/api/admin/invites'],
      ['DELETE', `/api/admin/devices/${crypto.randomUUID()}`],
    ] as const) {
      await expectJsonError(
        await s.call(path, { method, token: editor, body: method === 'GET' ? null : '{}' }),
        403,
        'forbidden',
      );
    }
    const created = await s.call('/api/admin/invites', {
      method: 'POST',
      token: coordinator,
      body: JSON.stringify({ role: 'outreach', agencyId: s.agency.id }),
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const devices = (await (await s.call('/api/admin/devices', { token: coordinator })).json()) as {
      devices: Array<Record<string, unknown>>;
    };
    expect(devices.devices).toHaveLength(2);
    expect(JSON.stringify(devices)).not.toContain('tokenHash');
  });

  it('a revoked device is told so at its next contact', async () => {
    const coordinator = await s.member('coordinator');
    const peer = await s.member('peer');
    const me = (await (await s.call('/api/me', { token: peer })).json()) as { device: { id: string } };
    await s.call(`/api/admin/devices/${me.device.id}`, { method: 'DELETE', token: coordinator });
    await expectJsonError(await s.call('/api/pull?cursor=0&limit=1', { token: peer }), 401, 'revoked');
  });

  it('locks out an address after ten wrong invite codes', async () => {
    for (let i = 0; i < 10; i++) {
      await expectJsonError(
        await s.call('/api/enrol', { method: 'POST', body: JSON.stringify({ code: `WRONG-CODE${i}` }) }),
        400,
        'invite_invalid',
      );
    }
    const { code } = await s.hub.createInvite(null, { role: 'peer', agencyId: null });
    await expectJsonError(
      await s.call('/api/enrol', { method: 'POST', body: JSON.stringify({ code }) }),
      429,
      'locked_out',
    );
  });

  it('rate-limits enrolment per address and requests per token', async () => {
    const limited = await setUp({ enrolPerMinute: 2, perTokenPerMinute: 3 });
    const token = await limited.member('peer'); // enrolment 1
    await limited.call('/api/enrol', { method: 'POST', body: JSON.stringify({ code: 'AAAAA-AAAAA' }) });
    await expectJsonError(
      await limited.call('/api/enrol', { method: 'POST', body: JSON.stringify({ code: 'AAAAA-AAAAB' }) }),
      429,
      'rate_limited',
    );
    for (let i = 0; i < 3; i++) expect((await limited.call('/api/me', { token })).status).toBe(200);
    await expectJsonError(await limited.call('/api/me', { token }), 429, 'rate_limited');
  });
});

describe('hostile input: every route answers with a clear JSON error, never a 5xx or a stack', () => {
  const big = 'x'.repeat(MAX_BODY_BYTES + 1);
  const bomb = gzipSync(Buffer.alloc(MAX_BODY_BYTES * 8, 0x20));
  const oneMutation = {
    id: '01900000-0000-7000-8000-000000000001',
    entity: 'organization',
    recordId: '00000000-0000-4000-8000-000000000001',
    op: 'delete',
    baseVersion: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
  const cases: Array<[string, string, string, RequestInit & { auth?: boolean }, number, string]> = [
    ['not JSON', 'POST', '/api/push', { body: '{"mutations": [' }, 400, 'bad_request'],
    ['a JSON array', 'POST', '/api/push', { body: '[]' }, 400, 'bad_request'],
    [
      'unknown keys',
      'POST',
      '/api/push',
      { body: JSON.stringify({ mutations: [oneMutation], admin: true }) },
      400,
      'bad_request',
    ],
    [
      'an unknown key in a mutation',
      'POST',
      '/api/push',
      { body: JSON.stringify({ mutations: [{ ...oneMutation, role: 'coordinator' }] }) },
      400,
      'bad_request',
    ],
    ['an empty batch', 'POST', '/api/push', { body: JSON.stringify({ mutations: [] }) }, 400, 'bad_request'],
    [
      'a batch over the limit',
      'POST',
      '/api/push',
      { body: JSON.stringify({ mutations: Array(MAX_BATCH + 1).fill(oneMutation) }) },
      400,
      'bad_request',
    ],
    [
      'a body over 256 KB',
      'POST',
      '/api/push',
      { body: JSON.stringify({ mutations: [{ ...oneMutation, createdAt: big }] }) },
      413,
      'too_large',
    ],
    [
      'a gzip bomb',
      'POST',
      '/api/push',
      { body: bomb, headers: { 'content-encoding': 'gzip' } },
      413,
      'too_large',
    ],
    [
      'broken gzip',
      'POST',
      '/api/push',
      { body: 'not gzip at all', headers: { 'content-encoding': 'gzip' } },
      400,
      'bad_request',
    ],
    [
      'an unknown encoding',
      'POST',
      '/api/push',
      { body: '{}', headers: { 'content-encoding': 'br' } },
      400,
      'bad_request',
    ],
    [
      'a bad record id',
      'POST',
      '/api/push',
      { body: JSON.stringify({ mutations: [{ ...oneMutation, recordId: '../../etc' }] }) },
      400,
      'bad_request',
    ],
    ['a negative cursor', 'GET', '/api/pull?cursor=-1&limit=10', {}, 400, 'bad_request'],
    ['a cursor that is not a number', 'GET', '/api/pull?cursor=abc', {}, 400, 'bad_request'],
    ['a page over the limit', 'GET', '/api/pull?cursor=0&limit=1001', {}, 400, 'bad_request'],
    ['a huge number', 'GET', '/api/pull?cursor=0&limit=1e20', {}, 400, 'bad_request'],
    ['no token', 'GET', '/api/me', { auth: false }, 401, 'unauthorized'],
    [
      'a malformed token',
      'GET',
      '/api/me',
      { auth: false, headers: { authorization: 'Bearer <script>' } },
      401,
      'unauthorized',
    ],
    [
      'an unknown token',
      'GET',
      '/api/me',
      { auth: false, headers: { authorization: `Bearer ${'A'.repeat(43)}` } },
      401,
      'unauthorized',
    ],
    ['an enrolment without a code', 'POST', '/api/enrol', { auth: false, body: '{}' }, 400, 'bad_request'],
    [
      'an enrolment code with markup',
      'POST',
      '/api/enrol',
      { auth: false, body: JSON.stringify({ code: '<img src=x>' }) },
      400,
      'bad_request',
    ],
    ['an admin id that is not a UUID', 'DELETE', '/api/admin/devices/1%20OR%201=1', {}, 400, 'bad_request'],
    [
      'an agency name too long',
      'POST',
      '/api/admin/agencies',
      { body: JSON.stringify({ name: 'x'.repeat(201) }) },
      400,
      'bad_request',
    ],
    [
      'an invite with an unknown role',
      'POST',
      '/api/admin/invites',
      { body: JSON.stringify({ role: 'root', agencyId: null }) },
      400,
      'bad_request',
    ],
    [
      'an invite for an agency that does not exist',
      'POST',
      '/api/admin/invites',
      { body: JSON.stringify({ role: 'editor', agencyId: '00000000-0000-4000-8000-000000000009' }) },
      404,
      'not_found',
    ],
    ['an audit page that is not a number', 'GET', '/api/admin/audit?limit=all', {}, 400, 'bad_request'],
    ['an unknown API route', 'GET', '/api/../../etc/passwd', {}, 404, 'not_found'],
    ['a method the route does not take', 'PUT', '/api/push', { body: '{}' }, 404, 'not_found'],
  ];

  it.each(cases)('%s', async (_name, method, path, init, status, code) => {
    const s = await setUp();
    const token = await s.member('coordinator');
    const { auth, ...rest } = init;
    const res = await s.call(path, { method, ...rest, ...(auth === false ? {} : { token }) });
    await expectJsonError(res, status, code);
  });

  it('nothing was written by any of them', async () => {
    const s = await setUp();
    const token = await s.member('coordinator');
    for (const [, method, path, init] of cases) {
      const { auth: _auth, ...rest } = init;
      await s.call(path, { method, ...rest, token });
    }
    expect(await s.storage.latestSeq()).toBe(0);
  });

  it.each(['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00.js', '/hsds/../api/me'])(
    'a path like %s never reaches outside the app',
    async (path) => {
      const s = await setUp();
      const res = await s.app.request(path);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toContain('root:');
    },
  );
});

describe('hostile input on the referral relay: 400 or 413 with a stable code, nothing stored', () => {
  const me = { id: '00000000-0000-4000-8000-0000000000d1', agencyId: '00000000-0000-4000-8000-0000000000a1' };
  const sealed = envelope(me, me.agencyId, []);
  const push = (items: unknown, extra: Record<string, unknown> = {}) => ({
    method: 'POST',
    path: '/api/referrals/push',
    body: JSON.stringify({ items, ...extra }),
  });
  const withEnvelope = (change: Record<string, unknown>) =>
    push([{ kind: 'envelope', item: { ...sealed, ...change } }]);
  const keys = (change: Record<string, unknown>) => ({
    method: 'PUT',
    path: '/api/referrals/keys',
    body: JSON.stringify({ ...keysOf(me), ...change }),
  });
  const replace = (change: Record<string, unknown>) => ({
    method: 'POST',
    path: '/api/referrals/keys/replace',
    body: JSON.stringify({ ...keysOf(me), ...change }),
  });
  const settings = (body: unknown) => ({
    method: 'PATCH',
    path: '/api/admin/referral-settings',
    body: JSON.stringify(body),
  });
  const cases: Array<[string, RequestInit & { method: string; path: string }, number]> = [
    ['keys with an unknown key', keys({ private: b64(32) }), 400],
    ['keys of the wrong size', keys({ agreement: b64(64) }), 400],
    ['keys that are not base64', keys({ signing: `${'!'.repeat(86)}==` }), 400],
    ['keys for a device id that is not a UUID', keys({ deviceId: '../me' }), 400],
    ['replacement keys with an unknown key', replace({ private: b64(32) }), 400],
    ['replacement keys of the wrong size', replace({ signing: b64(33) }), 400],
    ['replacement keys without an agency', replace({ agencyId: undefined }), 400],
    ['an empty batch', push([]), 400],
    [
      'a batch over the limit',
      push(Array(MAX_SEALED_BATCH + 1).fill(asStatus({ ...status(sealed, me), ciphertext: b64(3) }))),
      400,
    ],
    ['an unknown top-level key', push([asEnvelope(sealed)], { admin: true }), 400],
    ['an unknown kind', push([{ kind: 'plaintext', item: { alias: 'x' } }]), 400],
    ['an envelope sent as a grant', push([{ kind: 'grant', item: sealed }]), 400],
    ['an item under another key', push([{ kind: 'envelope', envelope: sealed }]), 400],
    ['an unknown key in an envelope', withEnvelope({ alias: 'Birchwren' }), 400],
    ['a signature of the wrong size', withEnvelope({ signature: b64(63) }), 400],
    ['an IV of the wrong size', withEnvelope({ iv: b64(16) }), 400],
    ['a wrapped key of the wrong size', withEnvelope({ keys: [{ device: me.id, wrapped: b64(32) }] }), 400],
    ['a device twice in the keys', withEnvelope({ keys: [sealed.keys[0], sealed.keys[0]] }), 400],
    [
      'too many recipients',
      withEnvelope({
        keys: Array.from({ length: RECIPIENTS_MAX + 1 }, (_, i) => ({
          device: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          wrapped: b64(40),
        })),
      }),
      400,
    ],
    ['a ciphertext over the limit', withEnvelope({ ciphertext: b64(49_200) }), 400],
    ['another format', withEnvelope({ format: 2 }), 400],
    ['a purgeAt that is not a date', withEnvelope({ purgeAt: 'never' }), 400],
    [
      'a body over 256 KB',
      push(Array.from({ length: 5 }, () => asEnvelope({ ...sealed, ciphertext: b64(49_000) }))),
      413,
    ],
    [
      'a gzip bomb',
      {
        method: 'POST',
        path: '/api/referrals/push',
        body: gzipSync(Buffer.alloc(MAX_BODY_BYTES * 8, 0x20)),
        headers: { 'content-encoding': 'gzip' },
      },
      413,
    ],
    ['a negative cursor', { method: 'GET', path: '/api/referrals/pull?cursor=-1&limit=10' }, 400],
    [
      'a page over the limit',
      { method: 'GET', path: `/api/referrals/pull?limit=${MAX_SEALED_PAGE + 1}` },
      400,
    ],
    ['an empty page', { method: 'GET', path: '/api/referrals/pull?cursor=0&limit=0' }, 400],
    ['a retention of 0 days', settings({ retentionDays: 0 }), 400],
    ['a retention over a year', settings({ retentionDays: 366 }), 400],
    ['a retention in part days', settings({ retentionDays: 1.5 }), 400],
    ['an unknown setting', settings({ hsdsPublic: true }), 400],
    ['a withheld community not of this app', settings({ withheldCommunities: ['atlantis'] }), 400],
    ['a withheld community twice', settings({ withheldCommunities: ['dokis', 'dokis'] }), 400],
    ['a withheld community id with markup', settings({ withheldCommunities: ['<b>'] }), 400],
    ['withheld communities as one string', settings({ withheldCommunities: 'dokis' }), 400],
    [
      'more withheld communities than a table holds',
      settings({
        withheldCommunities: Array.from({ length: STATS_COMMUNITIES_MAX + 1 }, (_, i) => `c${i}`),
      }),
      400,
    ],
  ];

  async function tried() {
    const s = await setUp();
    const coordinator = await s.member('coordinator');
    const outreach = await s.member('outreach');
    return { s, coordinator, outreach };
  }

  it.each(cases)('%s', async (_name, { path, ...init }, code) => {
    const { s, coordinator, outreach } = await tried();
    const token = path.includes('/admin/') ? coordinator : outreach;
    await expectJsonError(
      await s.call(path, { ...init, token }),
      code,
      code === 413 ? 'too_large' : 'bad_request',
    );
  });

  it('nothing was stored by any of them', async () => {
    const { s, coordinator, outreach } = await tried();
    for (const [, { path, ...init }] of cases)
      await s.call(path, { ...init, token: path.includes('/admin/') ? coordinator : outreach });
    expect(await s.storage.listDeviceKeys()).toEqual([]);
    const relayed = await s.storage.sealedSince(0, 100, {
      agencyId: s.agency.id,
      now: SAMPLE_T0.toISOString(),
    });
    expect(relayed).toEqual({ rows: [], latestSeq: 0 });
    expect(await s.hub.relay.settings()).toEqual({
      peersMaySend: false,
      retentionDays: 90,
      withheldCommunities: [],
    });
  });
});

describe('the referral relay over HTTP', () => {
  it('publishes keys, relays an envelope between two agencies and lets a coordinator set the retention', async () => {
    const s = await setUp();
    const south = await s.hub.createAgency(null, 'South Agency');
    const coordinator = await s.member('coordinator');
    const device = async (token: string) =>
      (await (await s.call('/api/me', { token })).json()) as {
        device: { id: string };
        agency: { id: string };
      };
    const sender = await s.member('outreach');
    const { code } = await s.hub.createInvite(null, { role: 'editor', agencyId: south.id });
    const receiver = (
      (await (await s.call('/api/enrol', { method: 'POST', body: JSON.stringify({ code }) })).json()) as {
        token: string;
      }
    ).token;
    const [from, to] = [await device(sender), await device(receiver)];
    const party = (d: typeof from) => ({ id: d.device.id, agencyId: d.agency.id });
    for (const [token, d] of [
      [sender, from],
      [receiver, to],
    ] as const) {
      const res = await s.call('/api/referrals/keys', {
        method: 'PUT',
        token,
        body: JSON.stringify(keysOf(party(d))),
      });
      expect(await res.json()).toEqual({ status: 'stored' });
    }
    const listed = (await (await s.call('/api/referrals/keys', { token: receiver })).json()) as {
      keys: unknown[];
      settings: unknown;
    };
    expect(listed.keys).toHaveLength(2);
    expect(listed.settings).toEqual({ peersMaySend: false, retentionDays: 90, withheldCommunities: [] });

    const e = envelope(party(from), south.id, [party(to)]);
    const pushed = await s.call('/api/referrals/push', {
      method: 'POST',
      token: sender,
      body: JSON.stringify({ items: [asEnvelope(e)] }),
    });
    expect(await pushed.json()).toEqual({
      results: [{ kind: 'envelope', referralId: e.referralId, status: 'stored' }],
    });
    const pulled = await s.call('/api/referrals/pull?cursor=0', { token: receiver });
    expect(pulled.headers.get('cache-control')).toBe('no-store');
    expect(await pulled.json()).toEqual({
      items: [{ seq: 1, kind: 'envelope', item: e }],
      cursor: 1,
      more: false,
    });

    const changed = await s.call('/api/admin/referral-settings', {
      method: 'PATCH',
      token: coordinator,
      body: JSON.stringify({ retentionDays: 14, peersMaySend: true }),
    });
    const settings = { peersMaySend: true, retentionDays: 14, withheldCommunities: [] };
    expect(await changed.json()).toEqual({ settings });
    const read = await s.call('/api/admin/referral-settings', { token: coordinator });
    expect(await read.json()).toEqual({ settings });
  });
});

describe('replacing a device’s keys over HTTP', () => {
  it('replaces this device’s own keys (PUT stays `exists`), lists both, and refuses another device’s', async () => {
    const s = await setUp();
    const mine = await s.member('outreach');
    const theirs = await s.member('outreach');
    const me = (await (await s.call('/api/me', { token: mine })).json()) as { device: { id: string } };
    const party = { id: me.device.id, agencyId: s.agency.id };
    const send = async (method: string, path: string, token: string, body: unknown) =>
      (await s.call(path, { method, token, body: JSON.stringify(body) })).json();
    expect(await send('PUT', '/api/referrals/keys', mine, keysOf(party))).toEqual({ status: 'stored' });
    expect(await send('PUT', '/api/referrals/keys', mine, keysOf(party, 9))).toMatchObject({
      status: 'refused',
      reason: 'exists',
    });
    expect(await send('POST', '/api/referrals/keys/replace', theirs, keysOf(party, 9))).toMatchObject({
      status: 'refused',
      reason: 'wrong_device',
    });
    expect(await send('POST', '/api/referrals/keys/replace', mine, keysOf(party, 9))).toEqual({
      status: 'stored',
    });
    const listed = (await (await s.call('/api/referrals/keys', { token: theirs })).json()) as {
      keys: unknown[];
    };
    expect(listed.keys).toEqual([
      { ...keysOf(party), revoked: false, retired: true },
      { ...keysOf(party, 9), revoked: false, retired: false },
    ]);
  });
});

describe('static files', () => {
  it('answers an unchanged shell with 304, and an invalid Range with the whole file', async () => {
    const s = await setUp();
    const first = await s.app.request('/sw.js');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const again = await s.app.request('/sw.js', { headers: { 'if-none-match': tag as string } });
    expect(again.status).toBe(304);
    for (const range of ['bytes=abc', 'bytes=10-5', 'items=0-1', 'bytes=0-1,3-4']) {
      const res = await s.app.request('/index.html', { headers: { range } });
      expect(res.status, range).toBe(200);
      expect(await res.text()).toContain('Circle of Care');
    }
  });

  it('keeps the HSDS API for members by default, uncached', async () => {
    const s = await setUp();
    await expectJsonError(await s.app.request('/hsds/services'), 401, 'unauthorized');
    const token = await s.member('peer');
    const res = await s.call('/hsds/services', { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
