// Import and export as signals for the transfer screen. Files are read, planned and written in a
// worker (the page keeps answering while 20,000 services go in); the person sees the preview, chooses
// what to do with each conflict, and confirms. Nothing is written before that, and nothing half.
import { signal } from '@preact/signals';
import type { CircleDatabase } from '../db';
import type { ImportFileError } from '../interop/importFile';
import type { ExportedFile, ExportKind } from './exportJob';
import type { ImportPhase } from './importJob';
import type { PlanSummary, WorkerReply, WorkerRequest } from './transferMessages';

export type TransferState =
  | { step: 'idle' }
  | { step: 'working'; phase: ImportPhase; done: number; total: number }
  | { step: 'preview'; summary: PlanSummary }
  | { step: 'done'; written: number }
  | { step: 'unreadable'; error: ImportFileError }
  | { step: 'failed'; code: string; message: string };

export interface TransferPort {
  send(request: WorkerRequest, transfer?: Transferable[]): void;
  onReply(listener: (reply: WorkerReply) => void): void;
  close(): void;
}

/** The worker in the page; the same handler on this thread where there are no workers (tests). */
export function defaultPort(): TransferPort {
  let listener: (reply: WorkerReply) => void = () => {};
  if (typeof Worker === 'undefined') {
    // Loaded only here: in the page the pipeline lives in the worker's own bundle.
    const handler = import('./transferHandler').then(({ createTransferHandler }) =>
      createTransferHandler((reply) => queueMicrotask(() => listener(reply))),
    );
    return {
      send: (request) =>
        void handler.then((handle) => handle(request)).catch((e: unknown) => listener(failure(e))),
      onReply: (l) => {
        listener = l;
      },
      close: () => {},
    };
  }
  const worker = new Worker(new URL('./transferWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => listener(event.data);
  worker.onerror = (event) => listener(failure(event.message));
  return {
    send: (request, transfer) => worker.postMessage(request, transfer ?? []),
    onReply: (l) => {
      listener = l;
    },
    close: () => worker.terminate(),
  };
}

const failure = (error: unknown): WorkerReply => ({
  type: 'failed',
  code: 'storage-failed',
  message: String((error as Error)?.message ?? error),
});

export interface TransferOptions {
  db: CircleDatabase;
  now?: () => Date;
  port?: TransferPort;
}

export function createTransferStore(options: TransferOptions) {
  const now = options.now ?? (() => new Date());
  const port = options.port ?? defaultPort();
  const state = signal<TransferState>({ step: 'idle' });
  /** Conflicts the person chose to take from the file (the others keep the device's copy). */
  const take = signal<ReadonlySet<string>>(new Set());
  let exported: ((file: ExportedFile | null, error?: string) => void) | null = null;

  port.onReply((reply) => {
    switch (reply.type) {
      case 'progress':
        state.value = { step: 'working', phase: reply.phase, done: reply.done, total: reply.total };
        return;
      case 'planned':
        take.value = new Set();
        state.value = { step: 'preview', summary: reply.summary };
        return;
      case 'unreadable':
        state.value = { step: 'unreadable', error: reply.error };
        return;
      case 'applied':
        state.value = { step: 'done', written: reply.written };
        return;
      case 'exported':
        exported?.(reply.file);
        exported = null;
        return;
      case 'failed':
        if (exported) {
          exported(null, reply.message);
          exported = null;
        } else state.value = { step: 'failed', code: reply.code, message: reply.message };
        return;
    }
  });

  return {
    state,
    take,
    /** Reads the chosen files and shows what importing them would do; writes nothing. */
    async choose(files: ReadonlyArray<{ name: string; arrayBuffer(): Promise<ArrayBuffer> }>): Promise<void> {
      state.value = { step: 'working', phase: 'reading', done: 0, total: files.length };
      const buffers = await Promise.all(
        files.map(async (f) => ({ name: f.name, buffer: await f.arrayBuffer() })),
      );
      port.send(
        { type: 'plan', dbName: options.db.name, now: now().toISOString(), files: buffers },
        buffers.map((b) => b.buffer),
      );
    },
    toggleTake(key: string, chosen: boolean): void {
      const next = new Set(take.value);
      if (chosen) next.add(key);
      else next.delete(key);
      take.value = next;
    },
    /** Writes the previewed import. */
    confirm(): void {
      if (state.value.step !== 'preview') return;
      port.send({ type: 'apply', take: [...take.value] });
    },
    cancel(): void {
      port.send({ type: 'cancel' });
      state.value = { step: 'idle' };
    },
    /** Builds an export file (the caller saves it); null with a reason when there is nothing. */
    export(kind: ExportKind, assessmentId?: string): Promise<{ file: ExportedFile | null; error?: string }> {
      return new Promise((resolve) => {
        exported = (file, error) => resolve(error === undefined ? { file } : { file, error });
        port.send({
          type: 'export',
          dbName: options.db.name,
          now: now().toISOString(),
          kind,
          ...(assessmentId ? { assessmentId } : {}),
        });
      });
    },
    dispose(): void {
      port.close();
    },
  };
}

export type TransferStore = ReturnType<typeof createTransferStore>;
