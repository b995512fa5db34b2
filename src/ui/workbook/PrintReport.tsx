import { formatDate, type MessageKey } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import {
  type Action,
  type Answer,
  type Assessment,
  effectiveRating,
  type ItemId,
  SECTION_IDS,
  WORKBOOK_SECTIONS,
} from '../../model/workbook';
import {
  integrationFlags,
  offeredPrograms,
  ratingsOf,
  sectionProgress,
  wheelCoverage,
} from '../../model/workbookRules';
import { useApp, useT } from '../../state/context';
import { ratingWords } from './ratingWords';
import { itemLabel, useTw } from './words';

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
  return (
    <article class="print-report" aria-label={tw('wb.report')}>
      <h1>
        {tw('wb.title')}: {assessment.agency}, {formatDate(locale.value, assessment.assessed_on)}
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
                {(WORKBOOK_SECTIONS[section] as readonly ItemId[]).map((item) => {
                  const a = byItem.get(item);
                  return (
                    <tr key={item}>
                      <th scope="row">{itemLabel(item, t, tw)}</th>
                      <td>{ratingWords(item, effectiveRating(item, a?.rating ?? null), tw)}</td>
                      <td>
                        {a?.evidence && (
                          <p>
                            {tw('wb.evidence')}: {a.evidence}
                          </p>
                        )}
                        {a?.next_step && (
                          <p>
                            {tw('wb.nextStep')}: {a.next_step}
                          </p>
                        )}
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
          {integrationFlags(ratings).map((f) => (
            <li key={f.program}>
              {tw('wb.integrationFlag', {
                program: t(`taxonomy.${f.program}` as MessageKey),
                missing: f.missing.map((m) => t(`taxonomy.${m}` as MessageKey)).join(', '),
              })}
            </li>
          ))}
        </ul>
        <h2>{tw('wb.wheel')}</h2>
        <ul>
          {wheelCoverage(offeredPrograms(ratings)).map((c) => (
            <li key={c.direction}>
              {t(`wellbeing.${c.direction}` as MessageKey)}:{' '}
              {c.programs.map((p) => t(`taxonomy.${p}` as MessageKey)).join(', ') || '—'}
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
