import { useState } from 'preact/hooks';
import { useApp } from '../../state/context';
import type { RecordValue } from '../../state/syncStore';

/** Sends a person's resolution; a refused one (an edit the record's rules reject) is said, not lost. */
export function useResolve(conflictId: string, onResolved: () => void) {
  const { sync } = useApp();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function resolve(value: RecordValue | null): Promise<void> {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    if (await sync.resolve(conflictId, value)) {
      onResolved();
      return;
    }
    setBusy(false);
    setFailed(true);
  }
  return { busy, failed, resolve };
}
