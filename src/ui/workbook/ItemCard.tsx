import type { WorkbookKey } from '../../i18n/workbook';
import { type ItemId, RATINGS } from '../../model/workbook';
import { useApp, useT } from '../../state/context';
import { LongTextField } from './LongTextField';
import { itemLabel, useTw } from './words';

interface Props {
  item: ItemId;
}

/** One item: its rating, the evidence for it, and a next step (which can become an action). */
export function ItemCard({ item }: Props) {
  const { workbook } = useApp();
  const t = useT();
  const tw = useTw();
  const answer = workbook.answerOf(item);
  const theirs = workbook.changedElsewhere(item);
  const label = itemLabel(item, t, tw);
  const id = item.replace(/[^a-z0-9]/g, '-');
  return (
    <fieldset class="card item">
      <legend>{label}</legend>
      <div class="ratings" role="radiogroup" aria-label={`${tw('wb.rating')}: ${label}`}>
        {RATINGS.map((r) => (
          <label key={r} class="check">
            <input
              type="radio"
              name={`rating-${id}`}
              checked={answer.rating === r}
              onChange={() => workbook.edit(item, { rating: r })}
            />
            <span>{tw(`wb.rating.${r}` as WorkbookKey)}</span>
          </label>
        ))}
      </div>
      <LongTextField
        label={tw('wb.evidence')}
        value={answer.evidence}
        elsewhere={theirs.evidence}
        onInput={(evidence) => workbook.edit(item, { evidence })}
      />
      <LongTextField
        label={tw('wb.nextStep')}
        value={answer.next_step}
        elsewhere={theirs.next_step}
        onInput={(next_step) => workbook.edit(item, { next_step })}
      />
      {answer.next_step.trim() && (
        <button
          type="button"
          class="secondary"
          aria-label={`${tw('wb.makeAction')}: ${label}`}
          onClick={() =>
            void workbook.addAction({ text: answer.next_step.trim(), owner: '', due_on: null, item_id: item })
          }
        >
          {tw('wb.makeAction')}
        </button>
      )}
    </fieldset>
  );
}
