// The service worker: precaches the app shell (never the sample data or other large data), answers
// navigations with the cached shell so the app opens with no network, and takes over only when the
// person agrees to an update (the page asks it to skip waiting). The API, the HSDS API and downloads
// never fall back to the shell.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

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

// The first install controls the open page at once (there is no older version to disturb); later
// versions wait for the person's consent (SKIP_WAITING above).
clientsClaim();
