// The hub client, loaded on its first call: a device that never contacts a hub (or not before the
// search box works) never downloads the wire code and its schemas. Same interface as the client.
import type { HubClient, HubClientOptions } from './hubClient';

export function createLazyHubClient(options: HubClientOptions = {}): HubClient {
  let client: Promise<HubClient> | null = null;
  const load = () => {
    client ??= import('./hubClient').then((m) => m.createHubClient(options));
    return client;
  };
  // Every member of the client is an async method; each one forwards to the loaded client.
  return new Proxy({} as HubClient, {
    get:
      (_target, name) =>
      async (...args: unknown[]) => {
        const loaded = (await load()) as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>;
        return loaded[name as PropertyKey]?.(...args);
      },
  });
}
