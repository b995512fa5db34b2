// Small live-query hooks over db/ (the bridge is liveQuery.ts).
import { observeSampleMarker, type SampleMarker } from '../db';
import { useApp } from './context';
import { useLive } from './liveQuery';

/** The loaded sample directory, if any: its presence is what the sample banner shows. */
export function useSampleMarker(): SampleMarker | null | undefined {
  const { db, dbStatus, directory } = useApp();
  // Results can show before the start is over (early ones, see earlyQuery.ts): the banner with them.
  const ready = dbStatus.value === 'ready' || directory.opened.value;
  return useLive(() => (ready ? observeSampleMarker(db) : null), [db, ready]).value;
}
