// Bundles the renderer (React app + CSS) with esbuild into outDir: index.html, main.js, main.css.
// Used by scripts/build.ts (Electron) and by the preview host.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const rendererDir = join(import.meta.dirname, '..', 'renderer');

export interface RendererBuildOptions {
  minify?: boolean;
  sourcemap?: boolean;
}

/** Files written, relative to outDir. */
export const RENDERER_FILES = ['index.html', 'main.js', 'main.css'] as const;

export async function buildRenderer(outDir: string, options: RendererBuildOptions = {}): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { main: join(rendererDir, 'src', 'main.tsx') },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    jsx: 'automatic',
    minify: options.minify ?? true,
    sourcemap: options.sourcemap ? 'linked' : false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Fonts and images stay local: nothing may point at a remote host.
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    logLevel: 'silent',
    legalComments: 'none',
  });
  await copyFile(join(rendererDir, 'index.html'), join(outDir, 'index.html'));
}
