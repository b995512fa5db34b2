import { formatDate, type MessageKey } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import {
  type Action,
  type Answer,
  type Assessment,
  effectiveRating,
  isOwnItem,
  SECTION_IDS,
} from '../../model/workbook';
import { integrationCheck, ratingsOf, sectionProgress, wheelCoverage } from '../../model/workbookRules';
import { useApp, useT } from '../../state/context';
import { itemsShown, labeler, ratingWords } from './ratingWords';
import { useTw } from './words';

interface Props {
  assessment: Assessment;
  answers: readonly Answer[];
  actions: readonly Action[];
}

/** The printed report: every section in full, readable in black and white. Hidden on screen. */
export function PrintReport({ assessment, answers, actions }: Props) {
  const { locale } = useApp();
  const t = useT();
  const tw = useTw();
  const byItem = new Map(answers.map((a) => [a.item_id, a]));
  const ratings = ratingsOf(answers);
  const progress = sectionProgress(ratings);
  const label = labeler(answers, t, tw);
  const labelled = (l: string, text: string) => tw('wb.labelled', { label: l, text });
  const check = integrationCheck(answers);
  return (
    <article class="print-report" aria-label={tw('wb.report')}>
      <h1>
        {labelled(
          tw('wb.title'),
          `${assessment.agency}, ${formatDate(locale.value, assessment.assessed_on)}`,
        )}
      </h1>
      <p>{tw('wb.subtitle')}</p>
      {SECTION_IDS.map((section) => {
        const p = progress.find((x) => x.section === section);
        return (
          <section key={section} class="print-section">
            <h2>
              {tw(`wb.section.${section}` as WorkbookKey)} (
              {tw('wb.progress', { answered: p?.answered ?? 0, total: p?.total ?? 0 })})
            </h2>
            <table>
              <tbody>
                {itemsShown(section, answers, label).map((item) => {
                  const a = byItem.get(item);
                  return (
                    <tr key={item}>
                      <th scope="row">
                        {label(item)}
                        {isOwnItem(item) && ` (${tw('wb.own.badge')})`}
                      </th>
                      <td>{ratingWords(item, effectiveRating(item, a?.rating ?? null), tw)}</td>
                      <td>
                        {a?.evidence && <p>{labelled(tw('wb.evidence'), a.evidence)}</p>}
                        {a?.next_step && <p>{labelled(tw('wb.nextStep'), a.next_step)}</p>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <section class="print-section">
        <h2>{tw('wb.integration')}</h2>
        <ul>
          {check.brief.map((f) => (
            <li key={f.rule}>
              {labelled(
                tw('wb.integrationByBrief'),
                tw('wb.integrationBriefFlag', {
                  rule: tw(`wb.briefRule.${f.rule}` as WorkbookKey),
                  need: label(f.need),
                  count: f.programs.length,
                }),
              )}
            </li>
          ))}
          {check.programs.map((f) => (
            <li key={f.program}>
              {labelled(
                tw(`wb.integrationBy.${f.source}` as WorkbookKey),
                tw('wb.integrationFlag', {
                  program: label(f.program),
                  missing: f.missing.map(label).join(', '),
                }),
              )}
            </li>
          ))}
        </ul>
        <h2>{tw('wb.wheel')}</h2>
        <ul>
          {wheelCoverage(answers).map((c) => (
            <li key={c.aspect}>
              {labelled(t(`wellbeing.${c.aspect}` as MessageKey), c.programs.map(label).join(', ') || '—')}
            </li>
          ))}
        </ul>
        <h2>{tw('wb.actions')}</h2>
        <ul>
          {actions.map((a) => (
            <li key={a.id}>
              {a.text} ({tw(`wb.action.status.${a.status}` as WorkbookKey)}
              {a.owner ? `, ${a.owner}` : ''}
              {a.due_on ? `, ${formatDate(locale.value, a.due_on)}` : ''})
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
