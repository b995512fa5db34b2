// The service worker: precaches the app shell. Registration, updates and the navigation fallback
// arrive with the offline issue; until then the page does not register this worker.
/// <reference lib="webworker" />
import { precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

precacheAndRoute(self.__WB_MANIFEST);
