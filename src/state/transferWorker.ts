// The import and export worker's entry: the handler, off the page's main thread.
import { createTransferHandler } from './transferHandler';
import type { WorkerReply, WorkerRequest } from './transferMessages';

interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;
const handle = createTransferHandler((message, transfer) => scope.postMessage(message, transfer ?? []));

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) =>
    scope.postMessage({
      type: 'failed',
      code: 'storage-failed',
      message: String((error as Error)?.message ?? error),
    }),
  );
};
