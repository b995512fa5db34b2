import type { WorkbookKey } from '../../i18n/workbook';
import { type ItemId, ratingChoices } from '../../model/workbook';
import { glossaryOf } from '../../model/workbookGlossary';
import { useApp, useT } from '../../state/context';
import { LongTextField } from './LongTextField';
import { ratingWords } from './ratingWords';
import { itemLabel, useOpenAbout, useTw } from './words';

interface Props {
  item: ItemId;
}

/** What the item means in the brief's words, folded, with links to the glossary terms it uses. */
function ItemMeaning({ item }: Props) {
  const tw = useTw();
  const openAbout = useOpenAbout();
  const terms = glossaryOf(item);
  return (
    <details class="meaning">
      <summary>{tw('wb.whatThisMeans')}</summary>
      <p>{tw(`wb.desc.${item}` as WorkbookKey)}</p>
      {terms.length > 0 && (
        <p class="glossary-links">
          {tw('wb.glossaryLinks')}{' '}
          {terms.map((term) => {
            const name = tw(`wb.term.${term}` as WorkbookKey);
            return (
              <button
                key={term}
                type="button"
                class="link"
                aria-label={tw('wb.glossaryLink', { term: name })}
                onClick={() => openAbout(term)}
              >
                {name}
              </button>
            );
          })}
        </p>
      )}
    </details>
  );
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
  const choices = ratingChoices(item);
  // A principle rated "not applicable" before that choice was removed: shown unrated, and said so.
  const retired = answer.rating !== null && !choices.includes(answer.rating);
  return (
    <fieldset class="card item">
      <legend>{label}</legend>
      <ItemMeaning item={item} />
      <div class="ratings" role="radiogroup" aria-label={`${tw('wb.rating')}: ${label}`}>
        {choices.map((r) => (
          <label key={r} class="check">
            <input
              type="radio"
              name={`rating-${id}`}
              checked={answer.rating === r}
              onChange={() => workbook.edit(item, { rating: r })}
            />
            <span>{ratingWords(item, r, tw)}</span>
          </label>
        ))}
      </div>
      {retired && <p class="muted">{tw('wb.principleWasNa')}</p>}
      <LongTextField
        label={tw('wb.evidence')}
        hint={tw('wb.noNamesHint')}
        value={answer.evidence}
        elsewhere={theirs.evidence}
        onInput={(evidence) => workbook.edit(item, { evidence })}
      />
      <LongTextField
        label={tw('wb.nextStep')}
        hint={tw('wb.noNamesHint')}
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
