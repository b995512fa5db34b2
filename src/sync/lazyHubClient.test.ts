import { describe, expect, it } from 'vitest';
import type { FetchLike } from './hubClient';
import { createLazyHubClient } from './lazyHubClient';

const membership = {
  network: { id: '0190a5a0-0000-7000-8000-000000000001', name: 'Demo network', demo: true },
  device: { id: '0190a5a0-0000-7000-8000-000000000002' },
  role: 'peer',
  agency: null,
};

describe('the lazily loaded hub client', () => {
  it('makes no request until called, then forwards each call with its arguments', async () => {
    const urls: string[] = [];
    const fetch: FetchLike = async (url) => {
      urls.push(url);
      return new Response(JSON.stringify(membership), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const client = createLazyHubClient({ fetch });
    expect(urls).toEqual([]);
    const first = await client.me('a'.repeat(43));
    const second = await client.me('b'.repeat(43));
    expect(first).toEqual({ ok: true, value: membership });
    expect(second).toEqual(first);
    expect(urls).toEqual(['/api/me', '/api/me']);
  });
});
