// The composition root: creates the store with what this browser offers, takes an invite code out of
// the address bar, renders the app, starts the database, and registers the service worker.
import { render } from 'preact';
import { preferredLocale } from './i18n';
import { createAppStore } from './state/appStore';
import { browserBackEnvironment } from './state/backCatcher';
import { AppCtx } from './state/context';
import { joinCodeFromHash } from './state/invite';
import { broadcastLockChannel } from './state/lockStore';
import { clearOfflineCopies, registerServiceWorker } from './sw/register';
import { App, preloadScreens } from './ui/App';
import { whenFirstResults } from './ui/firstResults';
import './ui/styles.css';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: settings live in memory for this visit
  }
}

const storage = localStorageOrNull();
const store = createAppStore({
  back: browserBackEnvironment(window),
  initialLocale: preferredLocale(navigator.languages),
  ...(storage ? { storage } : {}),
  journalStorage: storage,
  locks: 'locks' in navigator ? navigator.locks : null,
  lock: { hint: storage, channel: broadcastLockChannel() },
  origin: window.location.origin,
  geolocation: 'geolocation' in navigator ? navigator.geolocation : null,
  platform: {
    storage: storage ?? { getItem: () => null, setItem: () => {}, clear: () => {} },
    storageManager: navigator.storage,
    clearOfflineCopies,
  },
  syncEnvironment: {
    window,
    document,
    locks: 'locks' in navigator ? navigator.locks : null,
    ...('serviceWorker' in navigator ? { serviceWorker: navigator.serviceWorker } : {}),
    connection: () =>
      (navigator as Navigator & { connection?: { type?: string; saveData?: boolean } }).connection,
  },
});

/**
 * An invite link (`https://HUB/#join=CODE`, from a QR code) opens Settings with the Join form filled;
 * the code leaves the address bar (and so history, bookmarks, screenshots of the bar) at once,
 * replaced in place so Back does not bring it back. Nothing is joined without the person's say.
 */
function takeInviteFromAddress(): void {
  if (!window.location.hash.startsWith('#join=')) return;
  const code = joinCodeFromHash(window.location.hash);
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  if (code) store.network.offerJoin(code);
}
takeInviteFromAddress();
window.addEventListener('hashchange', takeInviteFromAddress);

window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  store.device.installPrompt.value = event as Event & { prompt(): Promise<unknown> };
});

const root = document.getElementById('app');
if (root) {
  render(
    <AppCtx.Provider value={store}>
      <App />
    </AppCtx.Provider>,
    root,
  );
}
const started = store.start().then(() => store.device.requestPersistence());
const loaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
});
// What the first screen does not need waits until the search box has shown results and the page has
// been quiet a moment (so it never competes with the first words typed), or a little after the start
// if results never show (a database that failed, a first screen other than search; at worst ten
// seconds): the other screens' code, then the service worker, which installs (and precaches) after
// the page has loaded, not in competition with it.
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 0);
  });
const firstScreenDone = Promise.race([
  whenFirstResults()
    .then(() => delay(2000))
    .then(idle),
  started.then(() => delay(3000)),
  delay(10_000),
]);
void Promise.all([loaded, firstScreenDone]).then(() => {
  preloadScreens().catch(() => {}); // offline before the worker cached them: they load when opened
  void registerServiceWorker({
    onUpdateReady: (update) => {
      store.device.updateReady.value = update;
    },
  });
});
