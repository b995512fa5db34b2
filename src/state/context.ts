// One context carries the app store to every component; hooks read it.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppStore } from './appStore';

export const AppCtx = createContext<AppStore | null>(null);

export function useApp(): AppStore {
  const store = useContext(AppCtx);
  if (!store) throw new Error('useApp() needs <AppCtx.Provider> above it');
  return store;
}

/** The translator for the current locale; components re-render when the locale changes. */
export function useT() {
  return useApp().t.value;
}
