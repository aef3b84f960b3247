// The search service the IPC handler calls: answers from the worker's index once it is open for the
// active generation, and from a simple scan until then (the engineer is never told to wait). Opening
// is started at launch and after every install; a failed or crashed worker only means scan answers.
import type { Bundle } from '../../model/bundle.ts';
import { empty } from './engine.ts';
import type { GenerationRef } from './index-store.ts';
import { boundQuery } from './query-plan.ts';
import { scanBundle } from './scan.ts';
import type { SearchOptions, SearchResults } from '../../model/search.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { messageOf } from '../../model/thrown.ts';

export interface ActiveGeneration {
  ref: GenerationRef;
  bundle: Bundle;
}

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  on(event: 'message', listener: (reply: WorkerReply) => void): unknown;
  on(event: 'error' | 'exit', listener: (detail: unknown) => void): unknown;
  terminate(): Promise<number>;
  /** Worker threads keep the process alive only while a request is out (tests, the CLI). */
  ref?(): void;
  unref?(): void;
}

export interface SearchServiceOptions {
  active: () => Promise<ActiveGeneration | null>;
  /** The generation likely to become active (not re-checked yet): its index is opened early, never used before `active` agrees. */
  likely?: () => Promise<GenerationRef | null>;
  spawnWorker: () => WorkerLike;
  log?: (line: string) => void;
  /** A query the worker has not answered by then is answered by the scan instead. */
  queryTimeoutMs?: number;
}

export interface SearchService {
  /** Opens (loads, or rebuilds) the index of the active generation in the background. */
  prepare(): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** The generation whose index is open, or null while only the scan answers. */
  readyFor(): string | null;
  /** How the last open went: rebuilt or loaded, time in the worker, the worker's heap after it. */
  lastOpen(): { rebuiltBecause: string | null; ms: number; heapBytes: number } | null;
  close(): Promise<void>;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Pending = (reply: WorkerReply | null) => void;

export function createSearchService(options: SearchServiceOptions): SearchService {
  const log = options.log ?? (() => undefined);
  const pending = new Map<number, Pending>();
  const failed = new Set<string>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let ready: string | null = null;
  // The bundle hash the open index is bound to: answers need the checked generation's id and hash both.
  let readyHash: string | null = null;
  const keyOf = (ref: GenerationRef) => `${ref.generationId}:${ref.bundleHash}`;
  const isReady = (ref: GenerationRef) => ready === ref.generationId && readyHash === ref.bundleHash;
  let lastOpen: { rebuiltBecause: string | null; ms: number; heapBytes: number } | null = null;
  let opening: { key: string; done: Promise<void> } | null = null;

  const dropWorker = (why: string) => {
    if (!worker) return;
    log(`search worker stopped (${why}); answering from the scan until it is back`);
    worker = null;
    ready = null;
    readyHash = null;
    opening = null;
    for (const settle of pending.values()) settle(null);
    pending.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const spawned = options.spawnWorker();
    spawned.on('message', (reply) => {
      const settle = pending.get(reply.id);
      pending.delete(reply.id);
      settle?.(reply);
    });
    spawned.on('error', (error) => dropWorker(messageOf(error)));
    spawned.on('exit', (code) => worker === spawned && dropWorker(`exit ${String(code)}`));
    return (worker = spawned);
  };

  const ask = (request: Request, timeoutMs?: number): Promise<WorkerReply | null> => {
    const id = nextId++;
    let target: WorkerLike;
    try {
      target = ensureWorker();
    } catch (error) {
      log(`search worker could not start: ${messageOf(error)}`);
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const timer = timeoutMs ? setTimeout(() => (pending.delete(id), resolve(null)), timeoutMs) : null;
      pending.set(id, (reply) => {
        if (timer) clearTimeout(timer);
        if (pending.size === 0) target.unref?.();
        resolve(reply);
      });
      target.ref?.();
      target.postMessage({ ...request, id });
    });
  };

  const open = (ref: GenerationRef): Promise<void> => {
    if (isReady(ref) || failed.has(keyOf(ref))) return Promise.resolve();
    if (opening?.key === keyOf(ref)) return opening.done;
    const done = ask({ type: 'open', ref }).then((reply) => {
      if (opening?.done === done) opening = null;
      if (reply?.type === 'opened') {
        ready = reply.generationId;
        readyHash = ref.bundleHash;
        lastOpen = { rebuiltBecause: reply.rebuiltBecause, ms: reply.ms, heapBytes: reply.heapBytes };
        if (reply.rebuiltBecause)
          log(`search index for generation ${reply.generationId} rebuilt (${reply.rebuiltBecause}) in ${Math.round(reply.ms)} ms`);
        if (reply.writeError) log(`search index could not be stored: ${reply.writeError}`);
      } else if (reply?.type === 'error') {
        failed.add(keyOf(ref));
        log(`search index for generation ${ref.generationId} could not be opened: ${reply.message}`);
      }
    });
    opening = { key: keyOf(ref), done };
    return done;
  };

  return {
    async prepare() {
      // The worker boots while the core re-checks the bundle: its module load is off the critical path.
      try {
        ensureWorker();
      } catch {
        // Said once, by ask(), when the open below tries again.
      }
      const likely = await options.likely?.().catch(() => null);
      if (likely) void open(likely);
      const active = await options.active();
      if (active) await open(active.ref);
    },
    async search(raw, searchOptions = {}) {
      const query = boundQuery(raw);
      if (query === '') return empty(query, 'index');
      const active = await options.active();
      if (!active) return empty(query, 'index');
      if (ready !== null && isReady(active.ref)) {
        const reply = await ask({ type: 'search', generationId: ready, query, options: searchOptions }, options.queryTimeoutMs ?? 2000);
        if (reply?.type === 'results') return reply.results;
      } else void open(active.ref);
      return scanBundle(active.bundle, query, searchOptions);
    },
    readyFor: () => ready,
    lastOpen: () => lastOpen,
    async close() {
      const current = worker;
      worker = null;
      ready = null;
      readyHash = null;
      for (const settle of pending.values()) settle(null);
      pending.clear();
      await current?.terminate();
    },
  };
}
