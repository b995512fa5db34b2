// Registers the service worker through workbox-window (our code, no injected inline script) and
// reports when a new version waits. Runs in the page; checks again when the app regains focus, so a
// device that stays open for days still hears of updates. Never applies one without consent.
// workbox-window is fetched when the worker is registered, after the first screen works: it is no
// part of what a first visit runs before the search box shows results.

export interface UpdateHandle {
  /** Applies the waiting version: it takes over, then the page reloads once. */
  apply(): void;
}

export interface RegisterOptions {
  onUpdateReady: (update: UpdateHandle) => void;
  onOfflineReady?: () => void;
}

export async function registerServiceWorker(options: RegisterOptions): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  const offerUpdate = () =>
    options.onUpdateReady({
      apply() {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  wb.addEventListener('waiting', offerUpdate);
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) options.onOfflineReady?.();
  });
  const check = () => {
    if (document.visibilityState === 'visible') void wb.update().catch(() => {});
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('focus', check);
  void wb.register().catch((error: unknown) => console.warn('Service worker not registered:', error));
}

/** For "wipe this device": every Cache Storage cache and every service worker of this origin. */
export async function clearOfflineCopies(): Promise<void> {
  if ('caches' in window) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations())
      await registration.unregister();
  }
}
