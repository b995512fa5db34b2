// The service worker: precaches the app shell (never the sample data or other large data), answers
// navigations with the cached shell so the app opens with no network, and takes over only when the
// person agrees to an update (the page asks it to skip waiting). The API, the HSDS API and downloads
// never fall back to the shell.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { leaveNetwork, openDatabase } from '../db';
import { createSyncEngine } from '../sync/engine';
import { createHubClient } from '../sync/hubClient';
import { BACKGROUND_SYNC_TAG, LOCK_NAME } from '../sync/names';
import { createReferralRelay, pushReferralOutbox } from '../sync/referralRelay';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Paths a navigation must reach the network for: the sync API, the HSDS API, downloads. */
export const NAVIGATION_DENYLIST = [/^\/api\//, /^\/hsds\//, /^\/downloads\//, /\.(?:json|csv|zip|pdf)$/];

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: NAVIGATION_DENYLIST }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * Background Sync (S10): the browser fires it once it has a link again, even with every tab of the app
 * closed. An open tab runs the sync itself (it shows the status); with none, the worker runs the
 * same engine here, under the same lock, so tabs and worker never sync at once.
 */
async function backgroundSync(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' });
  if (windows.length > 0) {
    windows[0]?.postMessage({ type: BACKGROUND_SYNC_TAG });
    return;
  }
  const db = openDatabase();
  const client = createHubClient();
  try {
    const engine = createSyncEngine({
      db,
      client,
      onRevoked: async () => void (await leaveNetwork({ db })),
    });
    const run = async () => {
      const result = await engine.syncOnce();
      // A failure with a retry in prospect rejects, so the browser tries the Background Sync again later.
      if (!result.ok && result.retry) throw new Error(`sync: ${result.problem}`);
      // Referrals sent while offline leave too: sealed already, they need no passphrase here.
      if (result.ok) await pushReferralOutbox(db, createReferralRelay({ db, client }));
    };
    const locks = (self.navigator as WorkerNavigator & { locks?: LockManager }).locks;
    if (locks) await locks.request(LOCK_NAME, run);
    else await run();
  } finally {
    db.close();
  }
}

self.addEventListener('sync', (event) => {
  const sync = event as ExtendableEvent & { tag?: string };
  if (sync.tag === BACKGROUND_SYNC_TAG) sync.waitUntil(backgroundSync());
});

// The first install controls the open page at once (there is no older version to disturb); later
// versions wait for the person's consent (SKIP_WAITING above).
clientsClaim();
