import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../state/context';
import { focusScreenHeading } from './focusHeading';

export interface Deferred<P> {
  /** Renders the part: at once when its code is here, else a short "Loading…" until it is. */
  Component: ComponentType<P>;
  /** Fetches the code ahead of need (after the first screen works); safe to call again. */
  preload(): Promise<unknown>;
}

/**
 * A part every visitor may open but the first screen does not show (a service's page, Settings): its
 * code stays out of what a first visit runs before the search box works, is fetched right after
 * (`preload`), and renders synchronously from then on, so opening it never waits in practice.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null; // offline and not cached yet: try again when asked again
        throw error;
      },
    );
    return pending;
  };

  function Component(props: P) {
    const t = useT();
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return undefined;
      let live = true;
      preload().then(
        () => {
          if (!live) return;
          setReady((n) => n + 1);
          // The screen's heading was not there when the screen opened: focus it now, as App would have.
          requestAnimationFrame(() => {
            const active = document.activeElement;
            if (!active || active === document.body || active.id === 'main') focusScreenHeading();
          });
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failed) return <p role="alert">{t('app.partFailed')}</p>;
    return <p role="status">{t('directory.loading')}</p>;
  }

  return { Component, preload };
}
