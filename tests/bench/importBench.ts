// Import and export at directory scale, in Node on fake-indexeddb (IndexedDB's semantics, not a
// browser's speed): the directory exported as HSDS JSON and as the zipped CSV datapackage (seconds,
// bytes), then each file imported into an empty device, read and planned, then written (seconds), and
// the longest stretch the work held the event loop (in the page this work runs in a worker, so that
// stretch is the worker's; the page's main thread only receives progress and the preview).
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generateServices } from '../../src/data/generate';
import { loadSampleDirectory, openDatabase } from '../../src/db';
import { exportFile } from '../../src/state/exportJob';
import { applyPlan, readAndPlan } from '../../src/state/importJob';

export interface ImportFigures {
  format: 'hsds-json' | 'hsds-csv';
  services: number;
  exportSeconds: number;
  bytes: number;
  planSeconds: number;
  writeSeconds: number;
  written: number;
  invalid: number;
  longestBlockMs: number;
  /** The exported file, for the browser's turn. */
  file: { name: string; bytes: Uint8Array };
}

export async function runImportBench(services: number): Promise<ImportFigures[]> {
  const directory = generateServices(services, 2027);
  const source = openDatabase(`import-bench-source-${Date.now()}`);
  const loaded = await loadSampleDirectory({ db: source }, directory, 1);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const figures: ImportFigures[] = [];
  for (const format of ['hsds-json', 'hsds-csv'] as const) {
    const exportStart = performance.now();
    const file = await exportFile(source, format, new Date());
    const exportSeconds = (performance.now() - exportStart) / 1000;
    if (!file) throw new Error('nothing exported');
    const target = openDatabase(`import-bench-${format}-${Date.now()}`);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const planStart = performance.now();
    const planned = await readAndPlan(target, [{ name: file.name, bytes: file.bytes }], () => {});
    const planSeconds = (performance.now() - planStart) / 1000;
    if (!planned.ok) throw new Error(planned.error.message);
    const writeStart = performance.now();
    const applied = await applyPlan(target, planned.value.plan, new Set(), () => {});
    const writeSeconds = (performance.now() - writeStart) / 1000;
    delay.disable();
    if (!applied.ok) throw new Error(applied.error.message);
    figures.push({
      format,
      services: directory.services.length,
      exportSeconds,
      bytes: file.bytes.length,
      planSeconds,
      writeSeconds,
      written: applied.value.written,
      invalid: planned.value.plan.counts.invalid,
      longestBlockMs: delay.max / 1e6,
      file: { name: file.name, bytes: file.bytes },
    });
    target.close();
  }
  source.close();
  return figures;
}
