import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { TransferKey } from '../../i18n/transfer';
import { useApp } from '../../state/context';
import { createTransferStore } from '../../state/transferStore';
import { ExportSection } from './ExportSection';
import { ImportPreview } from './ImportPreview';

interface Props {
  tt: Translate<TransferKey>;
}

/** Import (any file, one preview, one confirmation) and export (HSDS JSON, HSDS CSV, bundles). */
export function TransferScreen({ tt }: Props) {
  const { db } = useApp();
  const store = useMemo(() => createTransferStore({ db }), [db]);
  useEffect(() => () => store.dispose(), [store]);
  const file = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const state = store.state.value;
  const busy = state.step === 'working';

  const chosen = (input: HTMLInputElement | null) => {
    const files = input?.files ? [...input.files] : [];
    if (files.length > 0) void store.choose(files);
    if (input) input.value = '';
  };

  return (
    <section aria-labelledby="transfer-title" class="transfer">
      <h1 id="transfer-title">{tt('tr.title')}</h1>
      <p>{tt('tr.intro')}</p>
      <h2>{tt('tr.import')}</h2>
      <p class="muted" id="import-help">
        {tt('tr.importHelp')}
      </p>
      {(state.step === 'idle' || state.step === 'unreadable' || state.step === 'failed') && (
        <p class="actions">
          <button type="button" aria-describedby="import-help" onClick={() => file.current?.click()}>
            {tt('tr.import')}
          </button>
          <button type="button" class="secondary" onClick={() => folder.current?.click()}>
            {tt('tr.importFolder')}
          </button>
        </p>
      )}
      <input
        ref={file}
        type="file"
        accept=".json,.zip,.csv"
        multiple
        hidden
        data-testid="import-file"
        onChange={(e) => chosen(e.currentTarget)}
      />
      <input
        ref={folder}
        type="file"
        hidden
        // A datapackage folder: the browser reads every file in it.
        {...{ webkitdirectory: '' }}
        onChange={(e) => chosen(e.currentTarget)}
      />
      {busy && (
        <div class="transfer-progress">
          <progress
            aria-label={tt('tr.progress')}
            value={state.total > 0 ? state.done : undefined}
            max={state.total > 0 ? state.total : undefined}
          />
          <p role="status">
            {tt(`tr.phase.${state.phase}`, {
              done: state.done.toLocaleString(),
              total: state.total.toLocaleString(),
            })}
          </p>
        </div>
      )}
      {state.step === 'unreadable' && (
        <div role="alert" class="alert">
          <p>{tt(`tr.error.${state.error.code}` as TransferKey)}</p>
          <p class="muted">{tt('tr.error.detail', { detail: state.error.message })}</p>
          <p>{tt('tr.nothingWritten')}</p>
        </div>
      )}
      {state.step === 'failed' && (
        <div role="alert" class="alert">
          <p>{tt(state.code === 'storage-full' ? 'tr.failed.storage-full' : 'tr.failed.other')}</p>
          <p class="muted">{tt('tr.error.detail', { detail: state.message })}</p>
        </div>
      )}
      {state.step === 'preview' && <ImportPreview tt={tt} store={store} summary={state.summary} />}
      {state.step === 'done' && (
        <>
          <p role="status" class="saved">
            {tt('tr.done', { count: state.written.toLocaleString() })}
          </p>
          <p>
            <button type="button" class="secondary" onClick={() => store.cancel()}>
              {tt('tr.again')}
            </button>
          </p>
        </>
      )}
      <ExportSection tt={tt} store={store} />
    </section>
  );
}
