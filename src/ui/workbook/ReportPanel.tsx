import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n';
import type { WorkbookKey } from '../../i18n/workbook';
import { toCsv } from '../../model/csv';
import type { Action, Answer, Assessment, SharedSummary } from '../../model/workbook';
import { useApp, useT } from '../../state/context';
import { downloadText } from '../download';
import { assessmentCsvRows, readableSummary } from './ratingWords';
import { useTw } from './words';

interface Props {
  assessment: Assessment;
  answers: readonly Answer[];
  actions: readonly Action[];
  /** What was shared with the network of this assessment, if anything. */
  shared: SharedSummary | null;
}

/** Sharing the summary with the network: only from a device of an agency (the workbook is its own). */
function ShareWithNetwork({ shared }: { shared: SharedSummary | null }) {
  const { workbook, network, locale } = useApp();
  const tw = useTw();
  const [failed, setFailed] = useState(false);
  const member = network.membership.value;
  if (!member?.agency || member.role === 'peer') return <p class="muted">{tw('wb.shareNeedsNetwork')}</p>;
  const run = async (action: () => Promise<boolean>) => setFailed(!(await action()));
  return (
    <>
      <p role="status">
        {shared
          ? tw('wb.sharedOn', { date: formatDate(locale.value, shared.shared_at.slice(0, 10)) })
          : tw('wb.notShared')}
      </p>
      <p class="actions">
        <button type="button" onClick={() => run(workbook.shareSummary)}>
          {shared ? tw('wb.shareAgain') : tw('wb.share')}
        </button>
        {shared && (
          <button type="button" class="secondary" onClick={() => run(workbook.stopSharing)}>
            {tw('wb.stopSharing')}
          </button>
        )}
      </p>
      {failed && (
        <p role="alert" class="alert">
          {tw('wb.shareFailed')}
        </p>
      )}
    </>
  );
}

/** Print (a clean PDF from the browser), JSON and CSV exports, and the shareable summary. */
export function ReportPanel({ assessment, answers, actions, shared }: Props) {
  const t = useT();
  const tw = useTw();
  const base = `assessment-${assessment.assessed_on}`;
  const exportCsv = () => downloadText(`${base}.csv`, toCsv(assessmentCsvRows(answers, t, tw)), 'text/csv');
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
            JSON.stringify(readableSummary(assessment, answers, t, tw), null, 2),
            'application/json',
          )
        }
      >
        {tw('wb.exportSummary' as WorkbookKey)}
      </button>
      <ShareWithNetwork shared={shared} />
    </section>
  );
}
