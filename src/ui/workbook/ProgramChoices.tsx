import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import { WELLBEING, type Wellbeing } from '../../model/taxonomy';
import type { Answer, AnyProgramId, NeedId } from '../../model/workbook';
import { aspectsOf, BRIEF_RULES, needsOf, type Source } from '../../model/workbookRules';
import { useApp, useT } from '../../state/context';
import type { Labeler } from './ratingWords';
import { useTw } from './words';

interface Props {
  program: AnyProgramId;
  answer: Answer | undefined;
  /** Every approach and knowledge of this assessment (the brief's and the agency's own). */
  needChoices: readonly NeedId[];
  label: Labeler;
}

/** Whose choice it is, and the way back to the app's suggestion when the agency has changed it. */
function SourceNote({
  source,
  suggested,
  onReset,
}: {
  source: Source;
  suggested: boolean;
  onReset: () => void;
}) {
  const tw = useTw();
  return (
    <p class="muted source">
      {tw(`wb.from.${source}` as WorkbookKey)}{' '}
      {source === 'agency' && suggested && (
        <button type="button" class="link" onClick={onReset}>
          {tw('wb.useSuggestion')}
        </button>
      )}
    </p>
  );
}

const toggled = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/**
 * A program's aspects of well-being and the approaches and knowledges it needs: this app's suggestion
 * until the agency changes them (folded, under the program). Saved at each tap.
 */
export function ProgramChoices({ program, answer, needChoices, label }: Props) {
  const { workbook } = useApp();
  const t = useT();
  const tw = useTw();
  const [failed, setFailed] = useState(false);
  const aspects = aspectsOf(program, answer);
  const needs = needsOf(program, answer);
  const suggested = !program.startsWith('own.');
  const briefNeeds = new Set<NeedId>(BRIEF_RULES.map((r) => r.need));
  const save = (choice: { aspects: Wellbeing[] | null } | { needs: NeedId[] | null }) =>
    void workbook.setProgramChoice(program, choice).then((ok) => setFailed(!ok));
  const name = label(program);
  return (
    <details class="meaning program-choices">
      <summary>{tw('wb.programChoices')}</summary>
      <fieldset>
        <legend>{tw('wb.aspects', { program: name })}</legend>
        <SourceNote source={aspects.source} suggested={suggested} onReset={() => save({ aspects: null })} />
        {WELLBEING.map((aspect) => (
          <label key={aspect} class="check">
            <input
              type="checkbox"
              checked={aspects.values.includes(aspect)}
              onChange={(e) =>
                save({
                  aspects: toggled(aspects.values, aspect, (e.currentTarget as HTMLInputElement).checked),
                })
              }
            />
            <span>{t(`wellbeing.${aspect}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tw('wb.needs', { program: name })}</legend>
        <p class="muted">{tw('wb.briefNeeds', { needs: [...briefNeeds].map((n) => label(n)).join(', ') })}</p>
        <SourceNote source={needs.source} suggested={suggested} onReset={() => save({ needs: null })} />
        {needChoices
          .filter((n) => !briefNeeds.has(n))
          .map((need) => (
            <label key={need} class="check">
              <input
                type="checkbox"
                checked={needs.values.includes(need)}
                onChange={(e) =>
                  save({ needs: toggled(needs.values, need, (e.currentTarget as HTMLInputElement).checked) })
                }
              />
              <span>{label(need)}</span>
            </label>
          ))}
      </fieldset>
      {failed && (
        <p class="field-error" role="alert">
          {tw('wb.shareFailed')}
        </p>
      )}
    </details>
  );
}
