// The main-process core: status, the active bundle, scheduled and manual syncs, sneakernet import.
// Used by the Electron app, the preview host and the CLI; every effect is injectable.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bundle } from '../../model/bundle.ts';
import type { LifelineCore, LocalStatus, SyncOutcome } from '../../model/status.ts';
import type { RetryOptions } from '../files/durable-write.ts';
import { createFsPort, type FsPort } from '../files/fs-port.ts';
import { readChecked } from '../storage/checked-json.ts';
import { readPointer } from '../storage/generations.ts';
import { generationDir, stateLayout, type StateLayout } from '../storage/layout.ts';
import { BUNDLE_FILE, MANIFEST_FILE, ManifestSchema, storedName, type GenerationManifest } from '../storage/manifest.ts';
import type { GenerationRef } from '../search/index-store.ts';
import type { ActiveGeneration } from '../search/service.ts';
import { ensureLayout } from '../storage/install.ts';
import { readLocalState, type LocalState } from '../storage/local-state.ts';
import type { LockOptions } from '../storage/lock.ts';
import { createScheduler, type Scheduler, type Timers } from './scheduler.ts';
import { createQueue, joinOverlapping } from './serial.ts';
import { recoverAtStart, runSync, type EngineContext } from './sync-once.ts';
import { buildStatus } from './status-view.ts';
import { isDemoRoot } from './demo-trust.ts';
import type { SourceSpec, VerifyRepository } from './verify-port.ts';

export interface CoreOptions {
  stateDir: string;
  sources: SourceSpec[];
  /** Pinned root.json bytes; null means only the demo can be installed. */
  root: Buffer | null;
  /** The embedded demo repository (a directory) and its root, installed when nothing else is. */
  demo?: { repoDir: string; root: Buffer } | null;
  verify: VerifyRepository;
  clock?: () => Date;
  fs?: FsPort;
  intervalMinutes?: number;
  /** Total time one source may take in one sync (default 2 minutes). */
  sourceBudgetMs?: number;
  jitter?: number;
  backoffBaseMs?: number;
  random?: () => number;
  timers?: Timers;
  lock?: LockOptions;
  retry?: RetryOptions;
}

export interface Core extends LifelineCore {
  /** The active generation as search indexes it: where it lives, its bundle file and that file's hash. */
  activeGeneration(): Promise<ActiveGeneration | null>;
  /**
   * The generation the pointer names, from its manifest alone (its bundle not re-checked yet): search
   * may open its index early, and answers from it only once activeGeneration() names the same one.
   */
  pointedGeneration(): Promise<GenerationRef | null>;
  /** Re-checks the active generation, installs the demo if nothing is installed, starts the schedule. */
  start(): Promise<LocalStatus>;
  stop(): void;
}

function refOf(layout: StateLayout, manifest: GenerationManifest): GenerationRef {
  return {
    generationId: manifest.id,
    dir: generationDir(layout, manifest.id),
    bundleFile: storedName(manifest, BUNDLE_FILE),
    bundleHash: manifest.files[BUNDLE_FILE] ?? '',
  };
}

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const fs = options.fs ?? createFsPort();
  const layout = stateLayout(options.stateDir);
  const ctx: EngineContext = {
    fs,
    layout,
    verify: options.verify,
    clock,
    lock: options.lock,
    retry: options.retry,
    sourceBudgetMs: options.sourceBudgetMs,
  };
  const listeners = new Set<(status: LocalStatus) => void>();
  const queue = createQueue();
  let cached: LocalState | null = null;
  let scheduler: Scheduler | null = null;
  const demoTrusted = isDemoRoot(options.root, options.demo?.root);

  let cachedKey = '';
  // Another process (the CLI, a second instance) may have installed meanwhile: the pointer and the
  // sync record change on every write, so their stat is a cheap freshness key for the cache.
  const stateKey = async () =>
    (
      await Promise.all(
        [layout.pointer, layout.syncRecord].map((p) =>
          stat(p).then(
            (s) => `${s.mtimeMs}:${s.size}:${s.ino}`,
            () => '-',
          ),
        ),
      )
    ).join('|');
  const refresh = async (): Promise<LocalState> => {
    cachedKey = await stateKey();
    return (cached = await readLocalState(fs, layout));
  };
  // The renderer's first calls arrive together (and may arrive while start() still runs): they wait for
  // the start-up check and share one read of the state instead of each re-checking a large bundle.
  let starting: Promise<unknown> | null = null;
  let reading: { key: string; state: Promise<LocalState> } | null = null;
  const current = async (): Promise<LocalState> => {
    if (starting) await starting.catch(() => undefined);
    const key = await stateKey();
    if (cached && cachedKey === key) return cached;
    if (reading?.key !== key) {
      const read = readLocalState(fs, layout);
      const entry = { key, state: read };
      reading = entry;
      void read.then(
        (state) => {
          if (reading === entry) [reading, cached, cachedKey] = [null, state, key];
        },
        () => reading === entry && (reading = null),
      );
    }
    return reading.state;
  };
  const emit = (status: LocalStatus) => {
    for (const listener of listeners) listener(status);
  };
  const finish = async (outcome: SyncOutcome): Promise<SyncOutcome> => {
    await refresh();
    emit(outcome.status);
    return outcome;
  };

  const syncConfigured = joinOverlapping(() =>
    queue(async () => {
      if (!options.root) return finish(await runSync(ctx, { sources: [], root: Buffer.alloc(0) }));
      return finish(await runSync(ctx, { sources: options.sources, root: options.root, demo: demoTrusted }));
    }),
  );

  const installDemoIfEmpty = async (): Promise<LocalState> => {
    await ensureLayout(fs, layout);
    const key = await stateKey();
    const checked = await recoverAtStart(ctx);
    if (checked) [cached, cachedKey] = [checked, key];
    const local = checked ?? (await refresh());
    if (local.active || !options.demo) return local;
    await runSync(ctx, {
      sources: [{ location: options.demo.repoDir, insecure: false }],
      root: options.demo.root,
      demo: true,
      recordAttempt: false,
    });
    return refresh();
  };

  return {
    async status() {
      return buildStatus(await current(), clock());
    },
    async bundle(): Promise<Bundle | null> {
      return (await current()).active?.bundle ?? null;
    },
    async activeGeneration() {
      const active = (await current()).active;
      if (!active) return null;
      return { ref: refOf(layout, active.manifest), bundle: active.bundle };
    },
    async pointedGeneration() {
      const pointer = await readPointer(fs, layout);
      if (!pointer.ok) return null;
      const manifest = await readChecked(fs, join(generationDir(layout, pointer.value), MANIFEST_FILE), ManifestSchema);
      return manifest.ok && manifest.value.id === pointer.value ? refOf(layout, manifest.value) : null;
    },
    syncNow: syncConfigured,
    importFromDirectory(dir: string) {
      return queue(async () => {
        if (!options.root) {
          const status = buildStatus(await refresh(), clock());
          return {
            ok: false,
            result: 'failed' as const,
            message: 'no pinned root is configured, so an import cannot be verified; nothing was changed',
            status,
          };
        }
        return finish(await runSync(ctx, { sources: [{ location: dir, insecure: false }], root: options.root, demo: demoTrusted }));
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      const started = queue(installDemoIfEmpty);
      starting = started;
      const local = await started.finally(() => starting === started && (starting = null));
      const status = buildStatus(local, clock());
      emit(status);
      if (options.root && options.sources.length > 0 && !scheduler) {
        scheduler = createScheduler(async () => (await syncConfigured()).ok, {
          intervalMs: (options.intervalMinutes ?? 60) * 60_000,
          jitter: options.jitter,
          backoffBaseMs: options.backoffBaseMs,
          random: options.random,
          timers: options.timers,
        });
        scheduler.start();
      }
      return status;
    },
    stop() {
      scheduler?.stop();
      scheduler = null;
    },
  };
}
