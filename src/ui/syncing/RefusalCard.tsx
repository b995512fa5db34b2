import { conflictShape, differingFields } from '../../state/conflictChoice';
import { useT } from '../../state/context';
import type { Conflict } from '../../state/syncStore';
import { FieldTable } from './FieldTable';
import { refusalKey } from './syncWords';
import { useResolve } from './useResolve';

interface Props {
  conflict: Conflict;
  onResolved: () => void;
}

/** Reasons whose sentence is enough; for the others the hub's own words may help. */
const SELF_EXPLAINED = new Set(['forbidden', 'not_found', 'deleted', 'exists', 'too_large']);

/** A change the hub refused: why, in plain words, what the change was, and the two ways out. */
export function RefusalCard({ conflict, onResolved }: Props) {
  const t = useT();
  const { busy, failed, resolve } = useResolve(conflict.id, onResolved);
  const shape = conflictShape(conflict);
  const m = conflict.mutation;
  const fields = m.op === 'patch' ? m.fields : differingFields(conflict);
  return (
    <>
      <p>
        <strong>{t('conflicts.refused')}</strong> {t(refusalKey(conflict.reason))}
      </p>
      {conflict.message && !SELF_EXPLAINED.has(conflict.reason ?? '') && (
        <p class="muted">
          {t('conflicts.hubSaid')} <span lang="en">{conflict.message}</span>
        </p>
      )}
      {shape === 'both' && <FieldTable conflict={conflict} fields={fields} />}
      {shape === 'deleted-there' && <p>{t('conflicts.newHere')}</p>}
      {(shape === 'deleted-here' || shape === 'deleted-both') && <p>{t('conflicts.deletedByMe')}</p>}
      <p class="muted">{t('conflicts.refusedHelp')}</p>
      {failed && (
        <p role="alert" class="alert">
          {t('conflicts.resolveFailed')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          aria-disabled={busy}
          onClick={() => void resolve(conflict.theirs)}
        >
          {t('conflicts.discard')}
        </button>
        <button type="button" aria-disabled={busy} onClick={() => void resolve(conflict.mine)}>
          {t('conflicts.retry')}
        </button>
      </div>
    </>
  );
}
