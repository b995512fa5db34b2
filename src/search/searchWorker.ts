// The search worker's entry: the index lives here, off the page's main thread. The page only posts
// messages (`workerSearchIndex.ts`).
import { createSearchHandler, type SearchReply, type SearchRequest } from './searchHandler';

interface WorkerScope {
  postMessage(message: SearchReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;
const handle = createSearchHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => handle(event.data);
