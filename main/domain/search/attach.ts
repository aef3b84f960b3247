// Wires a search service to the core: the index of the active generation is opened right after start
// and after every install (in the worker, in the background); nothing waits for it.
import type { LocalStatus } from '../../model/status.ts';
import type { GenerationRef } from './index-store.ts';
import { createSearchService, type ActiveGeneration, type SearchService, type WorkerLike } from './service.ts';
import { spawnSearchWorker } from './spawn-worker.ts';

export interface IndexedCore {
  activeGeneration(): Promise<ActiveGeneration | null>;
  pointedGeneration?: () => Promise<GenerationRef | null>;
  onChange(listener: (status: LocalStatus) => void): () => void;
}

export interface AttachOptions {
  log?: (line: string) => void;
  /** The worker script (the packaged app's bundled one); development and tests use the TypeScript one. */
  workerScript?: string;
  spawnWorker?: () => WorkerLike;
}

export function attachSearch(core: IndexedCore, options: AttachOptions = {}): SearchService & { detach(): Promise<void> } {
  const log = options.log ?? (() => undefined);
  const pointed = core.pointedGeneration;
  const service = createSearchService({
    active: () => core.activeGeneration(),
    ...(pointed ? { likely: () => pointed.call(core) } : {}),
    spawnWorker: options.spawnWorker ?? (() => spawnSearchWorker(options.workerScript)),
    log,
  });
  const prepare = () => void service.prepare().catch((error: unknown) => log(`search index not opened: ${String(error)}`));
  const unsubscribe = core.onChange(prepare);
  prepare();
  return {
    ...service,
    async detach() {
      unsubscribe();
      await service.close();
    },
  };
}
