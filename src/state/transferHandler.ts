// Import and export work: reads files, plans, writes and builds exports on its own connection to the
// database (closed when done, so a wipe is never blocked). In the page it runs in a worker
// (`transferWorker.ts`), off the main thread; in tests, directly. The plan stays here between the
// preview and the person's confirmation; the page sees a summary.
import { type CircleDatabase, openDatabase } from '../db';
import type { ImportSource } from '../interop/importFile';
import { exportFile } from './exportJob';
import { applyPlan, type Planned, readAndPlan } from './importJob';
import type { WorkerReply, WorkerRequest } from './transferMessages';

export type Post = (message: WorkerReply, transfer?: Transferable[]) => void;

export function createTransferHandler(post: Post): (request: WorkerRequest) => Promise<void> {
  const scope = { postMessage: post };
  let held: { db: CircleDatabase; planned: Planned } | null = null;

  function release(): void {
    held?.db.close();
    held = null;
  }

  return async function handle(request: WorkerRequest): Promise<void> {
    const progress = (phase: 'reading' | 'checking' | 'writing', done: number, total: number) =>
      scope.postMessage({ type: 'progress', phase, done, total });
    switch (request.type) {
      case 'plan': {
        release();
        const db = openDatabase(request.dbName);
        const sources: ImportSource[] = request.files.map((f) => ({
          name: f.name,
          bytes: new Uint8Array(f.buffer),
        }));
        const planned = await readAndPlan(db, sources, progress, new Date(request.now));
        if (!planned.ok) {
          db.close();
          scope.postMessage({ type: 'unreadable', error: planned.error });
          return;
        }
        held = { db, planned: planned.value };
        scope.postMessage({ type: 'planned', summary: summarize(planned.value) });
        return;
      }
      case 'apply': {
        if (!held) {
          scope.postMessage({
            type: 'failed',
            code: 'storage-failed',
            message: 'Nothing to import: choose the file again.',
          });
          return;
        }
        const result = await applyPlan(held.db, held.planned.plan, new Set(request.take), progress);
        release();
        if (result.ok) scope.postMessage({ type: 'applied', written: result.value.written });
        else scope.postMessage({ type: 'failed', code: result.error.code, message: result.error.message });
        return;
      }
      case 'cancel':
        release();
        return;
      case 'export': {
        const db = openDatabase(request.dbName);
        try {
          const file = await exportFile(db, request.kind, new Date(request.now), request.assessmentId);
          if (!file) scope.postMessage({ type: 'failed', code: 'not-found', message: 'Nothing to export.' });
          else scope.postMessage({ type: 'exported', file }, [file.bytes.buffer as ArrayBuffer]);
        } finally {
          db.close();
        }
        return;
      }
    }
  };
}

/** What the page needs of a plan: everything but the values themselves. */
export function summarize(planned: Planned) {
  return {
    format: planned.format,
    skipped: planned.skipped,
    counts: planned.plan.counts,
    records: planned.plan.records.map(({ value: _value, ...rest }) => rest),
  };
}
