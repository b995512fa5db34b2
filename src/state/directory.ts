// Directory hooks over the live queries: a growing page of services ("show more", never all at once).
import { useState } from 'preact/hooks';

export type { ServiceRow } from '../db';

import {
  observeSampleMarker,
  observeServicePage,
  type Page,
  type SampleMarker,
  type ServiceRow,
} from '../db';
import { useApp } from './context';
import { useLive } from './liveQuery';

export const PAGE_SIZE = 20;

export interface ServiceList {
  page: Page<ServiceRow> | undefined;
  showMore: () => void;
}

export function useServiceList(pageSize: number = PAGE_SIZE): ServiceList {
  const { db, dbStatus } = useApp();
  const [limit, setLimit] = useState(pageSize);
  const ready = dbStatus.value === 'ready';
  const live = useLive(
    () => (ready ? observeServicePage(db, { offset: 0, limit }) : null),
    [db, ready, limit],
  );
  return { page: live.value, showMore: () => setLimit((n) => n + pageSize) };
}

export function useSampleMarker(): SampleMarker | null | undefined {
  const { db, dbStatus } = useApp();
  const ready = dbStatus.value === 'ready';
  return useLive(() => (ready ? observeSampleMarker(db) : null), [db, ready]).value;
}
