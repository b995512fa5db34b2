import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { TransferKey } from '../../i18n/transfer';
import { useApp } from '../../state/context';
import type { ExportKind } from '../../state/exportJob';
import type { TransferStore } from '../../state/transferStore';
import { downloadBytes } from '../download';

const DIRECTORY_EXPORTS: ExportKind[] = ['hsds-json', 'hsds-csv', 'directory-bundle'];

/** The directory (HSDS JSON, HSDS CSV zip, bundle) or one assessment (bundle) as a file. */
export function ExportSection({ tt, store }: { tt: Translate<TransferKey>; store: TransferStore }) {
  const { workbook } = useApp();
  const assessments = workbook.assessments.value ?? [];
  const [assessment, setAssessment] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (kind: ExportKind, assessmentId?: string) => {
    setBusy(true);
    setMessage({ text: tt('tr.exporting'), error: false });
    const { file, error } = await store.export(kind, assessmentId);
    setBusy(false);
    if (!file) {
      setMessage({ text: tt('tr.exportFailed', { detail: error ?? '' }), error: true });
      return;
    }
    downloadBytes(file.name, file.bytes, file.type);
    setMessage({
      text: tt('tr.exported', { name: file.name, count: file.count.toLocaleString() }),
      error: false,
    });
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{tt('tr.export')}</h2>
      <p class="muted">{tt('tr.exportHelp')}</p>
      <p class="actions">
        {DIRECTORY_EXPORTS.map((kind) => (
          <button key={kind} type="button" class="secondary" disabled={busy} onClick={() => void run(kind)}>
            {tt(`tr.export.${kind}` as TransferKey)}
          </button>
        ))}
      </p>
      {assessments.length > 0 && (
        <form
          class="field"
          onSubmit={(e) => {
            e.preventDefault();
            void run('assessment-bundle', assessment || assessments[0]?.id);
          }}
        >
          <label for="export-assessment">{tt('tr.assessment')}</label>
          <select
            id="export-assessment"
            value={assessment}
            onChange={(e) => setAssessment(e.currentTarget.value)}
          >
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {[a.agency, a.title, a.assessed_on].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary" disabled={busy}>
            {tt('tr.export.assessment-bundle')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'alert' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
