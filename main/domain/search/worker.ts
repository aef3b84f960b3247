// The search worker thread: opens (loads or rebuilds) the index of one generation and answers queries,
// so neither a 10,000-document rebuild nor a load ever runs on the main process's event loop.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { createFsPort } from '../files/fs-port.ts';
import { createEngine, type Engine } from './engine.ts';
import { openIndex } from './index-store.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { messageOf } from '../../model/thrown.ts';

const fs = createFsPort();
let engine: { generationId: string; engine: Engine } | null = null;
const port = parentPort;

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.type === 'open') {
    const started = performance.now();
    const opened = await openIndex(fs, request.ref);
    engine = { generationId: request.ref.generationId, engine: createEngine(opened.index) };
    const ms = performance.now() - started;
    return {
      type: 'opened',
      id: request.id,
      generationId: request.ref.generationId,
      rebuiltBecause: opened.rebuiltBecause,
      writeError: opened.writeError,
      ms,
      docs: opened.index.docs.length,
      // This thread's own heap: what holding the index costs, apart from the main process.
      heapBytes: getHeapStatistics().used_heap_size,
    };
  }
  if (!engine || engine.generationId !== request.generationId)
    return { type: 'error', id: request.id, message: 'index not open for this generation' };
  return { type: 'results', id: request.id, results: engine.engine.search(request.query, request.options) };
}

port?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) =>
      port.postMessage({
        type: 'error',
        id: request.id,
        message: messageOf(error),
      } satisfies WorkerReply),
  );
});
