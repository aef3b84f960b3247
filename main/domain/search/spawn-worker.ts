// Starts the search worker: the bundled script next to the app in a build, or in development and
// tests the TypeScript module, loaded through tsx (worker threads do not inherit the parent's loader).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerLike } from './service.ts';

function typeScriptWorker(url: string): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`, {
    eval: true,
  });
}

/** `script`: the bundled worker file; by default the prebuilt one beside this code, else (development) the TypeScript one. */
export function spawnSearchWorker(script?: string): WorkerLike {
  // Resolved only when needed: the desktop build is CommonJS, where import.meta.url is empty, and always passes its script.
  const fallback = () => {
    // Beside the prebuilt preview host (dist/preview/, scripts/prebuilt.mjs) the worker is prebuilt too.
    const prebuiltWorker = new URL('./search-worker.mjs', import.meta.url);
    return existsSync(fileURLToPath(prebuiltWorker))
      ? new Worker(prebuiltWorker)
      : typeScriptWorker(new URL('./worker.ts', import.meta.url).href);
  };
  const worker = script === undefined ? fallback() : new Worker(script);
  // Idle, the worker never keeps a CLI or test process alive; the service refs it while a request is out.
  worker.unref();
  return worker;
}
