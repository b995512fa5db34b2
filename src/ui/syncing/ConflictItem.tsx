import { formatDateTime } from '../../i18n';
import { recordName } from '../../state/conflictChoice';
import { useApp, useT } from '../../state/context';
import type { Conflict } from '../../state/syncStore';
import { ConflictForm } from './ConflictForm';
import { RefusalCard } from './RefusalCard';
import { entityKey } from './syncWords';

interface Props {
  conflict: Conflict;
  onResolved: () => void;
}

/** One kept change: which record, since when, and the choices its kind calls for. */
export function ConflictItem({ conflict, onResolved }: Props) {
  const { locale } = useApp();
  const t = useT();
  const name = recordName(conflict);
  const entity = t(entityKey(conflict.entity));
  const titleId = `conflict-${conflict.id}`;
  return (
    <article class="card conflict" aria-labelledby={titleId}>
      <h2 id={titleId}>{name ?? `${entity} ${conflict.recordId.slice(0, 8)}`}</h2>
      <p class="muted">
        {name ? `${entity} · ` : ''}
        {t('conflicts.kept', { date: formatDateTime(locale.value, conflict.createdAt) })}
      </p>
      {conflict.kind === 'refused' ? (
        <RefusalCard conflict={conflict} onResolved={onResolved} />
      ) : (
        <ConflictForm conflict={conflict} onResolved={onResolved} />
      )}
    </article>
  );
}
