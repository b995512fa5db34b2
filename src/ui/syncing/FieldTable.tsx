import { describeValue, type FieldChoice } from '../../state/conflictChoice';
import { useT } from '../../state/context';
import type { Conflict } from '../../state/syncStore';
import { FieldChoiceGroup } from './FieldChoiceGroup';
import { fieldLabel, valueText } from './fieldWords';

interface Props {
  conflict: Conflict;
  fields: readonly string[];
  /** Absent for a refused change: the table only shows it. */
  choices?: Readonly<Record<string, FieldChoice>>;
  onChoose?: (field: string, choice: FieldChoice) => void;
}

function Value({ field, value }: { field: string; value: unknown }) {
  const t = useT();
  return <span class={`value value-${describeValue(value).kind}`}>{valueText(t, field, value)}</span>;
}

/**
 * The differing fields side by side: this device's value, the network's, and the choice. On a narrow
 * screen each row stacks, every cell showing its column's name (hidden from screen readers, which
 * have the column headers).
 */
export function FieldTable({ conflict, fields, choices, onChoose }: Props) {
  const t = useT();
  const columns = [t('conflicts.mine'), t('conflicts.theirs')];
  return (
    <table class="field-table">
      <caption class="visually-hidden">{t('conflicts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('conflicts.field')}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          {onChoose && (
            <th scope="col" class="choice">
              {t('conflicts.choice')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field}>
            <th scope="row">{fieldLabel(t, field)}</th>
            {[conflict.mine?.[field], conflict.theirs?.[field]].map((value, i) => (
              <td key={columns[i]}>
                <span class="cell-label" aria-hidden="true">
                  {columns[i]}
                </span>
                <Value field={field} value={value} />
              </td>
            ))}
            {onChoose && (
              <td class="choice">
                <FieldChoiceGroup
                  conflict={conflict}
                  field={field}
                  choice={choices?.[field] ?? { take: 'theirs' }}
                  onChoose={(choice) => onChoose(field, choice)}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
