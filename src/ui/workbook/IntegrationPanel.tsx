import type { WorkbookKey } from '../../i18n/workbook';
import type { Answer } from '../../model/workbook';
import { integrationCheck } from '../../model/workbookRules';
import type { Labeler } from './ratingWords';
import { useTw } from './words';

interface Props {
  answers: readonly Answer[];
  label: Labeler;
}

/**
 * Programs offered without the approaches and knowledges that must carry them: the brief's two rules
 * for every program first, then each program's needs, marked as this app's suggestion or the agency's
 * choice (changed on the program's card).
 */
export function IntegrationPanel({ answers, label }: Props) {
  const tw = useTw();
  const check = integrationCheck(answers);
  const none = check.brief.length === 0 && check.programs.length === 0;
  return (
    <section aria-labelledby="integration-title">
      <h2 id="integration-title">{tw('wb.integration')}</h2>
      <p class="muted">{tw('wb.integrationIntro')}</p>
      {none ? (
        <p>{tw('wb.integrationNone')}</p>
      ) : (
        <ul class="flags">
          {check.brief.map((f) => (
            <li key={f.rule} class="alert">
              <strong>{tw('wb.integrationByBrief')}</strong>{' '}
              {tw('wb.integrationBriefFlag', {
                rule: tw(`wb.briefRule.${f.rule}` as WorkbookKey),
                need: label(f.need),
                count: f.programs.length,
              })}
            </li>
          ))}
          {check.programs.map((f) => (
            <li key={f.program} class="alert">
              <strong>{tw(`wb.integrationBy.${f.source}` as WorkbookKey)}</strong>{' '}
              {tw('wb.integrationFlag', {
                program: label(f.program),
                missing: f.missing.map(label).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
