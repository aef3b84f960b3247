// Builds what the preview serves: the real renderer plus the preview-only shim, injected before the app.
import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StaticFile } from './bridge.ts';

const shimEntry = join(import.meta.dirname, '..', '..', 'renderer', 'preview-shim', 'shim.ts');
const SHIM_PATH = '/preview-shim.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const repoRoot = join(import.meta.dirname, '..', '..');
/** Built assets are kept here and reused until a renderer, preload or build source is newer. */
const CACHE_DIR = join(repoRoot, 'dist', 'preview-assets');
const STAMP = 'built.stamp';
const INPUTS = [
  'renderer',
  'preload',
  join('scripts', 'build-renderer.ts'),
  join('main', 'preview', 'build-assets.ts'),
  'package-lock.json',
];

async function newestInput(): Promise<number> {
  let newest = 0;
  for (const input of INPUTS) {
    const path = join(repoRoot, input);
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) newest = Math.max(newest, info.mtimeMs);
    else for (const name of await readdir(path, { recursive: true })) newest = Math.max(newest, (await stat(join(path, name))).mtimeMs);
  }
  return newest;
}

async function cacheIsFresh(): Promise<boolean> {
  const stamp = await stat(join(CACHE_DIR, STAMP)).catch(() => null);
  return stamp !== null && stamp.mtimeMs >= (await newestInput());
}

/** Replaces the cache with a fresh build; a concurrent start that loses the race just keeps its own copy. */
async function storeInCache(builtDir: string): Promise<void> {
  const next = `${CACHE_DIR}.${process.pid}.${Date.now()}`;
  try {
    await cp(builtDir, next, { recursive: true });
    await writeFile(join(next, STAMP), '');
    await rm(CACHE_DIR, { recursive: true, force: true });
    await rename(next, CACHE_DIR);
  } catch {
    await rm(next, { recursive: true, force: true });
  }
}

/** The preview's files: from the cache when it is fresh, else built into `outDir` (and cached). */
export async function buildPreviewAssets(outDir: string): Promise<Map<string, StaticFile>> {
  if (await cacheIsFresh()) {
    try {
      return await readAssets(CACHE_DIR);
    } catch {
      // Replaced or removed while we read it: build our own below.
    }
  }
  await buildFresh(outDir);
  await storeInCache(outDir);
  return readAssets(outDir);
}

async function buildFresh(outDir: string): Promise<void> {
  // Loaded only when building: a preview start on fresh cached assets never loads esbuild.
  const [{ build }, { buildRenderer }] = await Promise.all([import('esbuild'), import('../../scripts/build-renderer.ts')]);
  await buildRenderer(outDir, { minify: true });
  await build({
    entryPoints: [shimEntry],
    outfile: join(outDir, 'preview-shim.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    logLevel: 'silent',
  });
}

async function readAssets(outDir: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const name of ['main.js', 'main.css', 'preview-shim.js']) {
    files.set(`/${name}`, {
      body: await readFile(join(outDir, name)),
      type: types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
    });
  }
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  // A classic blocking script in <head>: window.lifeline exists before the deferred app starts.
  const withShim = html.replace('</head>', `    <script src=".${SHIM_PATH}"></script>\n  </head>`);
  if (withShim === html) throw new Error('renderer/index.html has no </head> to inject the preview shim into');
  files.set('/index.html', { body: Buffer.from(withShim), type: types['.html'] ?? 'text/html' });
  return files;
}
