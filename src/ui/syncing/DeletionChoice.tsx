import { useT } from '../../state/context';

interface Props {
  /** The radio group's name, unique on the screen. */
  name: string;
  shape: 'deleted-here' | 'deleted-there';
  keep: boolean;
  onChange: (keep: boolean) => void;
}

/** A record deleted on one side: keep it deleted, or bring it back as the other side has it. */
export function DeletionChoice({ name, shape, keep, onChange }: Props) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('conflicts.whatNow')}</legend>
      <label class="check">
        <input type="radio" name={name} checked={!keep} onChange={() => onChange(false)} />
        <span>{t('conflicts.keepDeleted')}</span>
      </label>
      <label class="check">
        <input type="radio" name={name} checked={keep} onChange={() => onChange(true)} />
        <span>{t(shape === 'deleted-here' ? 'conflicts.bringBackTheirs' : 'conflicts.bringBackMine')}</span>
      </label>
    </fieldset>
  );
}
