import type { WorkbookKey } from '../../i18n/workbook';
import { toCsv } from '../../model/csv';
import {
  type Action,
  type Answer,
  type Assessment,
  type ItemId,
  SECTION_IDS,
  WORKBOOK_SECTIONS,
} from '../../model/workbook';
import { assessmentSummary } from '../../model/workbookRules';
import { useT } from '../../state/context';
import { downloadText } from '../download';
import { itemLabel, useTw } from './words';

interface Props {
  assessment: Assessment;
  answers: readonly Answer[];
  actions: readonly Action[];
}

/** Print (a clean PDF from the browser), JSON and CSV exports, and the shareable summary. */
export function ReportPanel({ assessment, answers, actions }: Props) {
  const t = useT();
  const tw = useTw();
  const base = `assessment-${assessment.assessed_on}`;
  const exportCsv = () => {
    const byItem = new Map(answers.map((a) => [a.item_id, a]));
    const rows: Array<Array<string | null>> = [
      ['section', 'item_id', 'item', 'rating', 'evidence', 'next_step'],
    ];
    for (const section of SECTION_IDS) {
      for (const item of WORKBOOK_SECTIONS[section] as readonly ItemId[]) {
        const a = byItem.get(item);
        rows.push([
          section,
          item,
          itemLabel(item, t, tw),
          a?.rating ?? null,
          a?.evidence ?? '',
          a?.next_step ?? '',
        ]);
      }
    }
    downloadText(`${base}.csv`, toCsv(rows), 'text/csv');
  };
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{tw('wb.report')}</h2>
      <p class="actions">
        <button type="button" onClick={() => window.print()}>
          {tw('wb.print')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            downloadText(
              `${base}.json`,
              JSON.stringify({ assessment, answers, actions }, null, 2),
              'application/json',
            )
          }
        >
          {tw('wb.exportJson')}
        </button>
        <button type="button" class="secondary" onClick={exportCsv}>
          {tw('wb.exportCsv')}
        </button>
      </p>
      <h3>{tw('wb.summary')}</h3>
      <p class="muted">{tw('wb.summaryHelp')}</p>
      <button
        type="button"
        class="secondary"
        onClick={() =>
          downloadText(
            `${base}-summary.json`,
            JSON.stringify(assessmentSummary(assessment, answers), null, 2),
            'application/json',
          )
        }
      >
        {tw('wb.exportSummary' as WorkbookKey)}
      </button>
    </section>
  );
}
