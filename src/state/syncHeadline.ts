// The one thing the header says about sync (S11), chosen from the sync store's signals. Pure, so the
// order of importance is tested as a table: a running sync, then what waits for a person (conflicts),
// then what waits to leave the device, then a problem, then when it last worked.
import type { SyncCounts, SyncProblem, SyncStatus } from '../db';

export type { SyncProblem } from '../db';

export type SyncHeadline =
  /** `share`: how much of a long pull has come, 0 to 1 (null: not known, or a short sync). */
  | { kind: 'syncing'; share: number | null }
  | { kind: 'conflicts'; count: number }
  /** The problem that keeps them here, if any (offline, or one that needs a person). */
  | { kind: 'unsent'; count: number; problem: SyncProblem | null }
  | { kind: 'problem'; code: SyncProblem }
  | { kind: 'synced'; at: string; offline: boolean }
  | { kind: 'never'; offline: boolean };

export function syncHeadline(
  counts: SyncCounts,
  status: SyncStatus,
  running: boolean,
  share: number | null = null,
): SyncHeadline {
  if (running) return { kind: 'syncing', share };
  if (counts.conflicts > 0) return { kind: 'conflicts', count: counts.conflicts };
  const offline = status.problem?.code === 'offline';
  if (counts.unsent > 0)
    return { kind: 'unsent', count: counts.unsent, problem: status.problem?.code ?? null };
  // Offline with nothing to send is ordinary life in the region, not a problem to raise.
  if (status.problem && !offline) return { kind: 'problem', code: status.problem.code };
  if (status.lastSuccessAt) return { kind: 'synced', at: status.lastSuccessAt, offline };
  return { kind: 'never', offline };
}

/** Whether the headline asks for the person's attention (shown in the warning colours). */
export function needsAttention(headline: SyncHeadline): boolean {
  if (headline.kind === 'unsent') return headline.problem !== null && headline.problem !== 'offline';
  return headline.kind === 'conflicts' || headline.kind === 'problem';
}

/** Whether the headline adds that the device is offline, or that sync has a problem. */
export function headlineAside(headline: SyncHeadline): 'offline' | 'problem' | null {
  if (headline.kind === 'unsent' && headline.problem)
    return headline.problem === 'offline' ? 'offline' : 'problem';
  return (headline.kind === 'synced' || headline.kind === 'never') && headline.offline ? 'offline' : null;
}
