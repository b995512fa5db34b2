import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use (null until it has, or while `load` is null): for parts
 * only some people see, so that a first visit never downloads them.
 */
export function useLazy<P>(load: (() => Promise<ComponentType<P>>) | null): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!load || component) return undefined;
    let live = true;
    load()
      .then((loaded) => live && setComponent(() => loaded))
      .catch((error) => console.error(error));
    return () => {
      live = false;
    };
  }, [load, component]);
  return component;
}
