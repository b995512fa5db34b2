// What starts a sync (S10): the app starting, the link coming back (`online`), the page becoming
// visible, local writes (debounced, so a paragraph typed is one sync, not forty), a timer while the
// page is visible, and Background Sync, which the browser fires once it has a link even if every tab
// of the app is gone. "Sync now" calls the runner directly.
import { BACKGROUND_SYNC_TAG } from './names';
import type { SyncReason } from './runner';

export { BACKGROUND_SYNC_TAG };

export const WRITE_DEBOUNCE_MS = 3_000;
export const VISIBLE_INTERVAL_MS = 5 * 60_000;

export interface TriggerTargets {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /** Unsent changes, live (db/'s observeSync): a rise means a local write. */
  unsent: { subscribe(observer: { next: (count: number) => void }): { unsubscribe(): void } };
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  setRepeat?: (callback: () => void, ms: number) => unknown;
  clearRepeat?: (handle: unknown) => void;
}

/** Wires the triggers to `request`; returns what undoes it. */
export function attachTriggers(
  request: (reason: SyncReason) => unknown,
  targets: TriggerTargets,
): () => void {
  const setTimer = targets.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = targets.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const setRepeat = targets.setRepeat ?? ((cb, ms) => setInterval(cb, ms));
  const clearRepeat = targets.clearRepeat ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  const visible = () => targets.document.visibilityState === 'visible';

  const onOnline = () => request('online');
  const onVisibility = () => {
    if (visible()) request('visible');
  };
  targets.window.addEventListener('online', onOnline);
  targets.document.addEventListener('visibilitychange', onVisibility);
  const repeat = setRepeat(() => {
    if (visible()) request('timer');
  }, VISIBLE_INTERVAL_MS);

  let last: number | null = null;
  let debounce: unknown = null;
  const subscription = targets.unsent.subscribe({
    next: (count) => {
      const rose = last !== null && count > last;
      last = count;
      if (!rose) return;
      if (debounce !== null) clearTimer(debounce);
      debounce = setTimer(() => {
        debounce = null;
        request('write');
      }, WRITE_DEBOUNCE_MS);
    },
  });

  request('start');

  return () => {
    targets.window.removeEventListener('online', onOnline);
    targets.document.removeEventListener('visibilitychange', onVisibility);
    clearRepeat(repeat);
    if (debounce !== null) clearTimer(debounce);
    subscription.unsubscribe();
  };
}

/**
 * Asks the browser to fire a Background Sync once it has a link (Chromium has it; others do not, and
 * the `online` trigger covers them while a tab is open). Never throws.
 */
export async function registerBackgroundSync(
  serviceWorker: ServiceWorkerContainer | undefined,
): Promise<boolean> {
  try {
    if (!serviceWorker) return false;
    const registration = (await serviceWorker.ready) as ServiceWorkerRegistration & {
      sync?: { register(tag: string): Promise<void> };
    };
    if (!registration.sync) return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
