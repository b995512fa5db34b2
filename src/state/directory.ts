// Small live-query hooks over db/ (the bridge is liveQuery.ts).
import { observeSampleMarker, type SampleMarker } from '../db';
import { useApp } from './context';
import { useLive } from './liveQuery';

/** The loaded sample directory, if any: its presence is what the sample banner shows. */
export function useSampleMarker(): SampleMarker | null | undefined {
  const { db, dbStatus } = useApp();
  const ready = dbStatus.value === 'ready';
  return useLive(() => (ready ? observeSampleMarker(db) : null), [db, ready]).value;
}
