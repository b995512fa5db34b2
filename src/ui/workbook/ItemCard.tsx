import { useRef } from 'preact/hooks';
import type { WorkbookKey } from '../../i18n/workbook';
import { SHORT_TEXT_MAX } from '../../model/common';
import {
  type Answer,
  type AnyItemId,
  type ItemId,
  isOwnItem,
  isProgram,
  type NeedId,
  type OwnItemId,
  ratingChoices,
} from '../../model/workbook';
import { glossaryOf } from '../../model/workbookGlossary';
import { useApp } from '../../state/context';
import { ConfirmDialog } from '../ConfirmDialog';
import { LongTextField } from './LongTextField';
import { ProgramChoices } from './ProgramChoices';
import { type Labeler, ratingWords } from './ratingWords';
import { useOpenAbout, useTw } from './words';

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

/** An own item's name (typed, saved as typed) and the way to remove it. */
function OwnItemHead({ item, name, label }: { item: OwnItemId; name: string; label: string }) {
  const { workbook } = useApp();
  const tw = useTw();
  const confirm = useRef<HTMLDialogElement>(null);
  const id = item.replace(/[^a-z0-9]/g, '-');
  return (
    <>
      <p class="muted">{tw('wb.own.badge')}</p>
      <div class="field">
        <label for={`${id}-name`}>{tw('wb.own.name')}</label>
        <span id={`${id}-name-hint`} class="muted hint">
          {tw('wb.noNamesHint')}
        </span>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={SHORT_TEXT_MAX}
          aria-describedby={`${id}-name-hint`}
          autocomplete="off"
          onInput={(e) => workbook.edit(item, { label: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <button type="button" class="secondary" onClick={() => confirm.current?.showModal()}>
        {tw('wb.own.remove', { item: label })}
      </button>
      <ConfirmDialog
        dialog={confirm}
        title={tw('wb.own.removeTitle', { item: label })}
        body={tw('wb.own.removeBody')}
        cancelLabel={tw('wb.own.keep')}
        confirmLabel={tw('wb.own.removeConfirm')}
        onConfirm={() => void workbook.removeOwnItem(item)}
      />
    </>
  );
}

interface CardProps {
  item: AnyItemId;
  label: Labeler;
  /** The stored answer (a program's aspects and needs are read from it). */
  stored: Answer | undefined;
  needChoices: readonly NeedId[];
}

/** One item: its rating, the evidence for it, and a next step (which can become an action). */
export function ItemCard({ item, label: labelOf, stored, needChoices }: CardProps) {
  const { workbook } = useApp();
  const tw = useTw();
  const answer = workbook.answerOf(item);
  const theirs = workbook.changedElsewhere(item);
  const own = isOwnItem(item);
  // An own item's legend follows its name as typed.
  const label = own ? answer.label.trim() || tw('wb.own.unnamed') : labelOf(item);
  const id = item.replace(/[^a-z0-9]/g, '-');
  const choices = ratingChoices(item);
  // A principle rated "not applicable" before that choice was removed: shown unrated, and said so.
  const retired = answer.rating !== null && !choices.includes(answer.rating);
  return (
    <fieldset class="card item">
      <legend>{label}</legend>
      {own ? <OwnItemHead item={item} name={answer.label} label={label} /> : <ItemMeaning item={item} />}
      {isProgram(item) && (
        <ProgramChoices program={item} answer={stored} needChoices={needChoices} label={labelOf} />
      )}
      <div
        class="ratings"
        role="radiogroup"
        aria-label={tw('wb.labelled', { label: tw('wb.rating'), text: label })}
      >
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
          aria-label={tw('wb.labelled', { label: tw('wb.makeAction'), text: label })}
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
