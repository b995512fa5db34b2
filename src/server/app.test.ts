import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { CONTENT_SECURITY_POLICY } from './headers';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'circle-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Circle of Care</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
});

describe('the server', () => {
  it('serves the app shell with the security headers, revalidated every time', async () => {
    const res = await createApp({ staticRoot: root }).request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Circle of Care');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets hashed assets be cached for good', async () => {
    const res = await createApp({ staticRoot: root }).request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('has the CSP of ARCHITECTURE.md: nothing but our own origin', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'manifest-src': "'self'",
      'worker-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
  });

  it.each([
    ['/api/health', 200],
    ['/api/nothing-here', 404],
    ['/hsds/services', 404],
  ])('answers %s as JSON, never cached under /api/', async (path, status) => {
    const res = await createApp({ staticRoot: root }).request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    if (path.startsWith('/api/')) expect(res.headers.get('cache-control')).toBe('no-store');
    // A JSON answer carries the short set: it is never rendered, so no document policy is needed.
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    if (status === 404) expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret'])(
    'refuses to serve outside its folder: %s',
    async (path) => {
      const res = await createApp({ staticRoot: join(root, 'assets') }).request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<title>');
    },
  );

  it('sends a small JSON answer as it is, with its length, even to a client that accepts gzip', async () => {
    const res = await createApp({ staticRoot: root }).request('/api/health', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-length')).toBe(String(JSON.stringify({ ok: true }).length));
  });

  it('compresses for clients that accept gzip', async () => {
    const res = await createApp({ staticRoot: root }).request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(1000);
  });
});
