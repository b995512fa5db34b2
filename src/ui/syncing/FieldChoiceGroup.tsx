import { useState } from 'preact/hooks';
import { editableText, type FieldChoice } from '../../state/conflictChoice';
import { useT } from '../../state/context';
import type { Conflict } from '../../state/syncStore';
import { fieldLabel } from './fieldWords';

interface Props {
  conflict: Conflict;
  field: string;
  choice: FieldChoice;
  onChoose: (choice: FieldChoice) => void;
}

/** Text this long, or on several lines, is edited in a text area. */
const LONG_TEXT_CHARS = 80;

/** Keep mine, take the network's, or (for text) write the value: one field's choice. */
export function FieldChoiceGroup({ conflict, field, choice, onChoose }: Props) {
  const t = useT();
  const label = fieldLabel(t, field);
  const initial = editableText(conflict, field);
  // The draft outlives a switch to another choice and back.
  const [draft, setDraft] = useState(initial ?? '');
  const name = `choice-${conflict.id}-${field}`;
  const long = draft.length > LONG_TEXT_CHARS || draft.includes('\n');
  const edit = (text: string) => {
    setDraft(text);
    onChoose({ take: 'edit', text });
  };
  return (
    <fieldset class="field-choice">
      <legend class="visually-hidden">{t('conflicts.choiceFor', { field: label })}</legend>
      <label class="check">
        <input
          type="radio"
          name={name}
          checked={choice.take === 'mine'}
          onChange={() => onChoose({ take: 'mine' })}
        />
        <span>{t('conflicts.takeMine')}</span>
      </label>
      <label class="check">
        <input
          type="radio"
          name={name}
          checked={choice.take === 'theirs'}
          onChange={() => onChoose({ take: 'theirs' })}
        />
        <span>{t('conflicts.takeTheirs')}</span>
      </label>
      {initial !== null && (
        <label class="check">
          <input type="radio" name={name} checked={choice.take === 'edit'} onChange={() => edit(draft)} />
          <span>{t('conflicts.edit')}</span>
        </label>
      )}
      {choice.take === 'edit' &&
        (long ? (
          <textarea
            rows={4}
            aria-label={t('conflicts.editFor', { field: label })}
            value={draft}
            onInput={(e) => edit((e.currentTarget as HTMLTextAreaElement).value)}
          />
        ) : (
          <input
            type="text"
            aria-label={t('conflicts.editFor', { field: label })}
            value={draft}
            onInput={(e) => edit((e.currentTarget as HTMLInputElement).value)}
          />
        ))}
    </fieldset>
  );
}
