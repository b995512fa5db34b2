import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { MapKey } from '../../i18n/map';

export const MapWords = createContext<Translate<MapKey> | null>(null);

export function useTm(): Translate<MapKey> {
  const tm = useContext(MapWords);
  if (!tm) throw new Error('useTm() needs <MapWords.Provider>');
  return tm;
}
