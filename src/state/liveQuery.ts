// The live-query bridge: a db/ observable becomes a hook value that re-renders on change.
import { useEffect, useState } from 'preact/hooks';
import type { Subscribable } from '../db';

export interface Live<T> {
  value: T | undefined;
  error: unknown;
}

export function useLive<T>(source: () => Subscribable<T> | null, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const observable = source();
    if (!observable) return undefined;
    const subscription = observable.subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((prev) => ({ value: prev.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
