import { describe, expect, it } from 'vitest';
import { type BackEnvironment, createBackLayers, leaveOverGuard } from './backCatcher';
import { createNavigation } from './navigation';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A history of entries (the app's own first, then guards) with a person's Back. */
function fakeHistory() {
  const entries: Array<'app' | 'guard'> = ['app'];
  let index = 0;
  const listeners = new Set<() => void>();
  const pop = () => {
    for (const l of listeners) l();
  };
  const env: BackEnvironment = {
    watchClose: null,
    history: {
      atGuard: () => entries[index] === 'guard',
      pushGuard: () => {
        entries.splice(index + 1, entries.length, 'guard');
        index += 1;
      },
      back: () => {
        if (index === 0) return;
        index -= 1;
        queueMicrotask(pop);
      },
      onPop: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
  };
  return {
    env,
    entries,
    get index() {
      return index;
    },
    /** The phone's Back. */
    personBack() {
      index -= 1;
      pop();
    },
  };
}

function fakeWatchers() {
  const open: Array<{ onClose: () => void; destroyed: boolean }> = [];
  const env: BackEnvironment = {
    watchClose: (onClose) => {
      const w = { onClose, destroyed: false };
      open.push(w);
      return {
        destroy: () => {
          w.destroyed = true;
        },
      };
    },
    history: {
      atGuard: () => false,
      pushGuard: () => {
        throw new Error('no history with a close watcher');
      },
      back: () => {
        throw new Error('no history with a close watcher');
      },
      onPop: () => () => {},
    },
  };
  const live = () => open.filter((w) => !w.destroyed);
  return {
    env,
    live,
    /** The phone's Back: the browser closes the newest watcher. */
    personBack() {
      const w = live().at(-1);
      if (!w) return false;
      w.destroyed = true;
      w.onClose();
      return true;
    },
  };
}

describe('back layers with a history guard (no CloseWatcher)', () => {
  it('adds one guard entry while a layer is open and removes it when the layer closes in-app', async () => {
    const h = fakeHistory();
    const layers = createBackLayers(h.env);
    const close = layers.push(() => {});
    layers.push(() => {}); // a second layer: still one guard
    expect(h.entries).toEqual(['app', 'guard']);
    expect(h.index).toBe(1);
    close();
    expect(h.index).toBe(1);
    layers.dispose();
  });

  it("closes only the top layer on the person's Back and re-arms while layers remain", async () => {
    const h = fakeHistory();
    const layers = createBackLayers(h.env);
    const closed: string[] = [];
    let removeA = () => {};
    let removeB = () => {};
    removeA = layers.push(() => {
      closed.push('a');
      removeA();
    });
    removeB = layers.push(() => {
      closed.push('b');
      removeB();
    });
    h.personBack();
    await tick();
    expect(closed).toEqual(['b']);
    expect(h.index).toBe(1); // re-armed: the next Back is caught too
    h.personBack();
    await tick();
    expect(closed).toEqual(['b', 'a']);
    expect(h.index).toBe(0); // nothing open: the next Back leaves, as it should
    layers.dispose();
  });

  it('does not count its own step back over the guard as a Back', async () => {
    const h = fakeHistory();
    const layers = createBackLayers(h.env);
    let closes = 0;
    const remove = layers.push(() => closes++);
    remove(); // closed in the app (its back arrow): the guard is dropped with history.back()
    await tick();
    expect(h.index).toBe(0);
    expect(closes).toBe(0);
    layers.dispose();
  });

  it('after dispose (quick exit) never touches history again', async () => {
    const h = fakeHistory();
    const layers = createBackLayers(h.env);
    const remove = layers.push(() => {});
    layers.dispose();
    remove();
    layers.push(() => {});
    await tick();
    expect(h.index).toBe(1); // still on the guard: leaveOverGuard steps over it
  });
});

describe('back layers with CloseWatcher', () => {
  it('uses one watcher while layers are open, and none when they close', async () => {
    const w = fakeWatchers();
    const layers = createBackLayers(w.env);
    const remove = layers.push(() => {});
    layers.push(() => {});
    expect(w.live()).toHaveLength(1);
    remove();
    expect(w.live()).toHaveLength(1);
    layers.dispose();
    expect(w.live()).toHaveLength(0);
  });

  it('closes the top layer per Back and re-arms while more remain', async () => {
    const w = fakeWatchers();
    const layers = createBackLayers(w.env);
    const nav = createNavigation();
    let layer: (() => void) | null = null;
    const sync = () => {
      if (nav.canGoBack.value && !layer) layer = layers.push(() => nav.back());
      if (!nav.canGoBack.value && layer) {
        layer();
        layer = null;
      }
    };
    nav.open({ name: 'service', id: 's1' });
    sync();
    nav.open({ name: 'edit', entity: 'service', id: 's1' });
    sync();
    w.personBack();
    sync();
    await tick();
    expect(nav.screen.value).toEqual({ name: 'service', id: 's1' });
    expect(w.live()).toHaveLength(1);
    w.personBack();
    sync();
    await tick();
    expect(nav.screen.value).toEqual({ name: 'search' });
    expect(w.live()).toHaveLength(0);
  });
});

describe('navigation return points', () => {
  it('gives back where the person was when they open a screen and come back', () => {
    const nav = createNavigation();
    nav.open({ name: 'service', id: 's1' }, { scrollY: 840, focus: 'service:s1' });
    expect(nav.restore.value).toBeNull();
    nav.open({ name: 'edit', entity: 'service', id: 's1' }, { scrollY: 120 });
    nav.back();
    expect(nav.restore.value).toEqual({ scrollY: 120 });
    nav.back();
    expect(nav.restore.value).toEqual({ scrollY: 840, focus: 'service:s1' });
    nav.open({ name: 'service', id: 's2' });
    expect(nav.restore.value).toBeNull();
    nav.back();
    expect(nav.restore.value).toBeNull(); // opened without a return point
  });

  it('forgets return points on a tab switch', () => {
    const nav = createNavigation();
    nav.open({ name: 'service', id: 's1' }, { scrollY: 500 });
    nav.switchTo({ name: 'saved' });
    nav.open({ name: 'service', id: 's2' });
    nav.back();
    expect(nav.restore.value).toBeNull();
  });
});

describe('leaveOverGuard', () => {
  function fakeWindow(state: unknown) {
    const calls: string[] = [];
    const listeners = new Set<() => void>();
    const win = {
      history: {
        state,
        back: () => {
          calls.push('back');
          queueMicrotask(() => {
            for (const l of listeners) l();
          });
        },
      },
      addEventListener: (_: string, l: () => void) => listeners.add(l),
      removeEventListener: (_: string, l: () => void) => listeners.delete(l),
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    } as unknown as Window;
    return { win, calls };
  }

  it('leaves at once from the app entry', () => {
    const { win, calls } = fakeWindow(null);
    leaveOverGuard(win, () => calls.push('leave'));
    expect(calls).toEqual(['leave']);
  });

  it('steps back over the guard first, and leaves once', async () => {
    const { win, calls } = fakeWindow({ cocGuard: true });
    leaveOverGuard(win, () => calls.push('leave'));
    expect(calls).toEqual(['back']);
    await new Promise((r) => setTimeout(r, 450));
    expect(calls).toEqual(['back', 'leave']);
  });
});
