// Starts the search worker: the bundled script next to the app in a build, or in development and
// tests the TypeScript module, loaded through tsx (worker threads do not inherit the parent's loader).
import { Worker } from 'node:worker_threads';
import type { WorkerLike } from './service.ts';

function typeScriptWorker(url: string): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`, { eval: true });
}

/** `script`: the bundled worker file; by default (development) the TypeScript worker beside this file. */
export function spawnSearchWorker(script?: string): WorkerLike {
  const worker = script === undefined ? typeScriptWorker(new URL('./worker.ts', import.meta.url).href) : new Worker(script);
  // Idle, the worker never keeps a CLI or test process alive; the service refs it while a request is out.
  worker.unref();
  return worker as unknown as WorkerLike;
}
