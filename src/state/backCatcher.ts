// The phone's Back inside the app. The app keeps one history entry (so that quick exit leaves nothing
// behind), so without this a Back on a service page leaves the app. Open sub-screens and panels are
// "layers"; while any is open, one catcher is armed:
// - where the browser has `CloseWatcher` (Chromium 120+, Android's Back), a close watcher: no history;
// - elsewhere, one guard entry (same address, `{ cocGuard: true }` as its state) that quick exit
//   steps back over before it leaves (`leaveOverGuard`), so Back from the exit site never returns.
// A Back closes the top layer only; the catcher re-arms while layers remain.

/** What the catcher needs from the browser: a close watcher where there is one, else history. */
export interface BackEnvironment {
  /** Null where the browser has no `CloseWatcher`. */
  watchClose: ((onClose: () => void) => { destroy(): void }) | null;
  history: {
    /** True when the current history entry is the app's guard. */
    atGuard(): boolean;
    pushGuard(): void;
    back(): void;
    /** Subscribes to history traversal (popstate); returns the unsubscribe. */
    onPop(listener: () => void): () => void;
  };
}

export interface BackLayers {
  /** Opens a layer whose `close` a Back calls; returns its removal (call it when the layer closes). */
  push(close: () => void): () => void;
  /** Disconnects from the browser. */
  dispose(): void;
}

export function createBackLayers(env: BackEnvironment): BackLayers {
  const layers: Array<{ close: () => void }> = [];
  let watcher: { destroy(): void } | null = null;
  /** Our own `history.back()` to drop the guard: its popstate is not a person's Back. */
  let droppingGuard = false;
  /** After quick exit: nothing more touches history. */
  let disposed = false;

  const onBack = () => {
    const top = layers[layers.length - 1];
    top?.close();
  };

  const arm = () => {
    if (disposed || layers.length === 0) return;
    if (env.watchClose) {
      if (watcher) return;
      watcher = env.watchClose(() => {
        watcher = null;
        onBack();
        // Still deeper than the first screen: the next Back is caught too.
        queueMicrotask(arm);
      });
    } else if (!env.history.atGuard()) {
      env.history.pushGuard();
    }
  };

  const disarm = () => {
    if (disposed) return;
    if (env.watchClose) {
      watcher?.destroy();
      watcher = null;
    } else if (env.history.atGuard()) {
      droppingGuard = true;
      env.history.back();
    }
  };

  const unsubscribe = env.watchClose
    ? () => {}
    : env.history.onPop(() => {
        if (disposed) return;
        if (droppingGuard) {
          droppingGuard = false;
          return;
        }
        // Forward onto a guard left behind, with nothing open: harmless, quick exit steps over it.
        if (env.history.atGuard()) return;
        onBack();
        queueMicrotask(arm);
      });

  return {
    push(close) {
      const layer = { close };
      layers.push(layer);
      arm();
      return () => {
        const i = layers.indexOf(layer);
        if (i < 0) return;
        layers.splice(i, 1);
        if (layers.length === 0) disarm();
      };
    },
    dispose() {
      disposed = true;
      layers.length = 0;
      unsubscribe();
      watcher?.destroy();
      watcher = null;
    },
  };
}

interface CloseWatcherLike {
  onclose: (() => void) | null;
  destroy(): void;
}
type CloseWatcherConstructor = new () => CloseWatcherLike;

const GUARD_STATE = { cocGuard: true } as const;

function isGuard(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { cocGuard?: unknown }).cocGuard === true;
}

/** A browser with no Back to catch (Node, tests of the store): nothing happens. */
export const NO_BACK: BackEnvironment = {
  watchClose: null,
  history: { atGuard: () => false, pushGuard: () => {}, back: () => {}, onPop: () => () => {} },
};

/** The real browser. */
export function browserBackEnvironment(win: Window = window): BackEnvironment {
  const Watcher = (win as unknown as { CloseWatcher?: CloseWatcherConstructor }).CloseWatcher;
  return {
    watchClose: Watcher
      ? (onClose) => {
          const watcher = new Watcher();
          watcher.onclose = onClose;
          return watcher;
        }
      : null,
    history: {
      atGuard: () => isGuard(win.history.state),
      // The same address: the guard holds nothing a person typed or opened.
      pushGuard: () => win.history.pushState(GUARD_STATE, '', win.location.pathname),
      back: () => win.history.back(),
      onPop(listener) {
        win.addEventListener('popstate', listener);
        return () => win.removeEventListener('popstate', listener);
      },
    },
  };
}

/**
 * Quick exit's last step. On a guard entry, steps back to the app's own entry first, so that the
 * neutral site replaces it and no app entry is left before it; `leave` then replaces that entry.
 */
export function leaveOverGuard(win: Window, leave: () => void): void {
  if (!isGuard(win.history.state)) {
    leave();
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    win.removeEventListener('popstate', go);
    leave();
  };
  win.addEventListener('popstate', go);
  win.history.back();
  // A browser that never reports the traversal still leaves.
  win.setTimeout(go, 400);
}
