// The route "wipe this device" calls, in-process: the header on a same-origin POST, and nothing else
// for anything else (no other method, no other site, nothing stored, nothing cached).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAR_SITE_DATA_PATH } from '../protocol';
import { createApp } from './app';
import { CLEAR_SITE_DATA } from './clearSiteData';
import { createHub } from './hub';
import { openSqliteStorage } from './storage/sqlite';

const root = mkdtempSync(join(tmpdir(), 'circle-clear-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Circle of Care</title>');

async function withHub() {
  const storage = openSqliteStorage(':memory:');
  const hub = createHub({ storage });
  await hub.createNetwork({ name: 'Test network', demo: true });
  return { app: createApp({ staticRoot: root, hub: { hub, storage } }), hub };
}

const SAME_ORIGIN = { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' };

describe('the Clear-Site-Data route', () => {
  it('clears the cache and the storage, never cookies, every open tab or "*"', () => {
    expect(CLEAR_SITE_DATA).toBe('"cache", "storage"');
  });

  it.each([
    ['with a hub', () => withHub().then((s) => s.app)],
    ['without one', async () => createApp({ staticRoot: root })],
  ])('answers a same-origin POST with the header, no body, never cached (%s)', async (_name, make) => {
    const app = await make();
    const res = await app.request(CLEAR_SITE_DATA_PATH, { method: 'POST', headers: SAME_ORIGIN });
    expect(res.status).toBe(204);
    expect(res.headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(await res.text()).toBe('');
  });

  it('needs no token, no protocol header and no body, and takes a body without reading it', async () => {
    const { app } = await withHub();
    const res = await app.request(CLEAR_SITE_DATA_PATH, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ anything: 'x'.repeat(1000) }),
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('clear-site-data')).toBe(CLEAR_SITE_DATA);
  });

  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'refuses %s: 405, Allow: POST, no header',
    async (method) => {
      const { app } = await withHub();
      const res = await app.request(CLEAR_SITE_DATA_PATH, { method, headers: SAME_ORIGIN });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(res.headers.get('clear-site-data')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
    },
  );

  it.each<[string, Record<string, string>]>([
    ['from another site (a form or a fetch elsewhere)', { 'Sec-Fetch-Site': 'cross-site' }],
    ['from a sibling subdomain', { 'Sec-Fetch-Site': 'same-site' }],
    ['typed or bookmarked', { 'Sec-Fetch-Site': 'none' }],
    ['without Sec-Fetch-Site (not a browser that would honour it)', {}],
  ])('refuses a POST %s: 403, no header', async (_name, headers) => {
    const { app } = await withHub();
    const res = await app.request(CLEAR_SITE_DATA_PATH, { method: 'POST', headers });
    expect(res.status).toBe(403);
    expect(res.headers.get('clear-site-data')).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('changes nothing on the hub', async () => {
    const { app, hub } = await withHub();
    const before = { audit: await hub.listAudit({ limit: 100 }), devices: await hub.listDevices() };
    for (let i = 0; i < 3; i++)
      await app.request(CLEAR_SITE_DATA_PATH, { method: 'POST', headers: SAME_ORIGIN });
    expect({ audit: await hub.listAudit({ limit: 100 }), devices: await hub.listDevices() }).toEqual(before);
  });
});
