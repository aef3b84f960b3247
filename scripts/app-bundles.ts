// esbuild settings for the Electron side: main process and sandboxed preload, both CommonJS.
import type { BuildOptions } from 'esbuild';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..');

/** Output layout inside dist/, relative to the repository (package.json "main" points at MAIN_OUT). */
export const MAIN_OUT = 'dist/main/app.cjs';
export const SEARCH_WORKER_OUT = 'dist/main/search-worker.cjs';
export const PRELOAD_OUT = 'dist/preload/index.cjs';
export const RENDERER_OUT = 'dist/renderer';

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  // Electron 45 ships Node 22 and Chromium 140.
  target: ['node22', 'chrome140'],
  logLevel: 'silent',
  legalComments: 'none',
  sourcemap: false,
};

/** Main process: everything bundled (electron-store, zod, tuf-js...) except Electron itself. */
export function mainBundle(root = repoRoot): BuildOptions {
  return {
    ...common,
    entryPoints: [join(root, 'main', 'desktop', 'main.ts')],
    outfile: join(root, MAIN_OUT),
    platform: 'node',
    external: ['electron'],
  };
}

/** The search worker thread: its own bundle, started by the main process next to app.cjs. */
export function searchWorkerBundle(root = repoRoot): BuildOptions {
  return {
    ...mainBundle(root),
    entryPoints: [join(root, 'main', 'domain', 'search', 'worker.ts')],
    outfile: join(root, SEARCH_WORKER_OUT),
  };
}

/** Sandboxed preload: only the `electron` module exists there, so nothing else may be required. */
export function preloadBundle(root = repoRoot): BuildOptions {
  return {
    ...common,
    entryPoints: [join(root, 'preload', 'index.ts')],
    outfile: join(root, PRELOAD_OUT),
    platform: 'browser',
    external: ['electron'],
  };
}
