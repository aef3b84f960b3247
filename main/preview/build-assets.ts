// Builds what the preview serves: the real renderer plus the preview-only shim, injected before the app.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRenderer } from '../../scripts/build-renderer.ts';
import type { StaticFile } from './bridge.ts';

const shimEntry = join(import.meta.dirname, '..', '..', 'renderer', 'preview-shim', 'shim.ts');
const SHIM_PATH = '/preview-shim.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export async function buildPreviewAssets(outDir: string): Promise<Map<string, StaticFile>> {
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
  const files = new Map<string, StaticFile>();
  for (const name of ['main.js', 'main.css', 'preview-shim.js']) {
    files.set(`/${name}`, { body: await readFile(join(outDir, name)), type: types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' });
  }
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  // A classic blocking script in <head>: window.lifeline exists before the deferred app starts.
  const withShim = html.replace('</head>', `    <script src=".${SHIM_PATH}"></script>\n  </head>`);
  if (withShim === html) throw new Error('renderer/index.html has no </head> to inject the preview shim into');
  files.set('/index.html', { body: Buffer.from(withShim), type: types['.html'] ?? 'text/html' });
  return files;
}
