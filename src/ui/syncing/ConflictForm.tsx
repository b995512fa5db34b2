import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import {
  type Choices,
  type ConflictShape,
  conflictShape,
  defaultChoices,
  differingFields,
  resolvedRecord,
} from '../../state/conflictChoice';
import { useT } from '../../state/context';
import type { Conflict } from '../../state/syncStore';
import { DeletionChoice } from './DeletionChoice';
import { FieldTable } from './FieldTable';
import { useResolve } from './useResolve';

const WHAT_HAPPENED: Record<ConflictShape, MessageKey> = {
  both: 'conflicts.both',
  'deleted-here': 'conflicts.deletedHere',
  'deleted-there': 'conflicts.deletedThere',
  'deleted-both': 'conflicts.deletedBoth',
};

interface Props {
  conflict: Conflict;
  onResolved: () => void;
}

/** A conflict: what happened, a choice per differing field (or for a deletion), then one save. */
export function ConflictForm({ conflict, onResolved }: Props) {
  const t = useT();
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(conflict));
  const { busy, failed, resolve } = useResolve(conflict.id, onResolved);
  const shape = conflictShape(conflict);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void resolve(resolvedRecord(conflict, choices));
      }}
    >
      <p>{t(WHAT_HAPPENED[shape])}</p>
      {shape === 'both' && (
        <FieldTable
          conflict={conflict}
          fields={differingFields(conflict)}
          choices={choices.fields}
          onChoose={(field, choice) =>
            setChoices((c) => ({ ...c, fields: { ...c.fields, [field]: choice } }))
          }
        />
      )}
      {(shape === 'deleted-here' || shape === 'deleted-there') && (
        <DeletionChoice
          name={`keep-${conflict.id}`}
          shape={shape}
          keep={choices.keep}
          onChange={(keep) => setChoices((c) => ({ ...c, keep }))}
        />
      )}
      {failed && (
        <p role="alert" class="alert">
          {t('conflicts.saveFailed')}
        </p>
      )}
      <button type="submit" aria-disabled={busy}>
        {busy ? t('conflicts.saving') : t('conflicts.save')}
      </button>
    </form>
  );
}
