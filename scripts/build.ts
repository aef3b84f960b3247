// npm run build: main process, preload, renderer and the CLI into dist/ (what electron-builder packages).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { mainBundle, preloadBundle, RENDERER_OUT, repoRoot, searchWorkerBundle } from './app-bundles.ts';
import { buildRenderer } from './build-renderer.ts';
import { buildCli } from './prebuilt.mjs';

export async function buildApp(root = repoRoot): Promise<void> {
  // Only the app's own outputs: dist/cli and dist/preview may be in use by a running CLI or preview.
  await Promise.all(['main', 'preload', 'renderer'].map((dir) => rm(join(root, 'dist', dir), { recursive: true, force: true })));
  await Promise.all([
    buildCli(root),
    build(mainBundle(root)),
    build(searchWorkerBundle(root)),
    build(preloadBundle(root)),
    buildRenderer(join(root, RENDERER_OUT)),
  ]);
}

// Runs only when invoked as a script (npm run build), not when imported by start.ts or tests.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const started = Date.now();
  buildApp().then(
    () => console.log(`Built dist/ (main, preload, renderer, CLI) in ${Date.now() - started} ms`),
    (error: unknown) => {
      console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
