// The CLI built ahead of time: dist/cli/lifeline.mjs (the package's `bin`) plus one chunk per command,
// so `lifeline <command>` loads only what that command needs and nothing is compiled at run time.
// Plain JavaScript on purpose: `npm run lifeline` checks and (re)builds with no TypeScript loader.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const repoRoot = join(import.meta.dirname ?? dirname(new URL(import.meta.url).pathname), '..');
const OUT_DIR = 'dist/cli';
export const CLI_ENTRY = join(repoRoot, OUT_DIR, 'lifeline.mjs');

/** Newest modification time of the CLI's inputs: its sources, the dependency pins and this builder. */
function newestInput(root) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(join(root, 'main'));
  for (const file of ['package.json', 'package-lock.json', 'scripts/cli-build.mjs']) {
    if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  }
  return newest;
}

export function cliIsStale(root = repoRoot) {
  const entry = join(root, OUT_DIR, 'lifeline.mjs');
  return !existsSync(entry) || statSync(entry).mtimeMs < newestInput(root);
}

/**
 * Source files read their own folder through `import.meta.dirname` (resources next to the sources):
 * in the bundle that becomes the same folder of the source tree, found from dist/cli/ at run time.
 */
function sourceDirPlugin(root) {
  return {
    name: 'lifeline-source-dir',
    setup(build) {
      build.onLoad({ filter: /[\\/]main[\\/].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        let contents = await readFile(args.path, 'utf8');
        const rel = relative(root, dirname(args.path)).split(sep).join('/');
        contents = contents.replaceAll('import.meta.dirname', `__lifelineSourceDir(${JSON.stringify(rel)})`);
        return { contents, loader: 'ts' };
      });
    },
  };
}

const BANNER = [
  "import { createRequire as __lifelineRequire } from 'node:module';",
  "import { fileURLToPath as __lifelineToPath } from 'node:url';",
  'const require = __lifelineRequire(import.meta.url);',
  "const __lifelineSourceDir = (rel) => __lifelineToPath(new URL(`../../${rel}`, import.meta.url));",
].join('\n');

/** Builds into memory, then writes the chunks and finally the entry by rename: a concurrent run never sees half a CLI. */
export async function buildCli(root = repoRoot) {
  const { build } = await import('esbuild');
  const outdir = join(root, OUT_DIR);
  const result = await build({
    entryPoints: { lifeline: join(root, 'main', 'cli', 'index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    banner: { js: BANNER },
    plugins: [sourceDirPlugin(root)],
    // The Electron adapters are never part of the CLI; keep it out if anything names it.
    external: ['electron'],
    legalComments: 'none',
    logLevel: 'error',
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  const written = new Set();
  const entry = result.outputFiles.find((f) => f.path === join(outdir, 'lifeline.mjs'));
  for (const file of result.outputFiles) {
    written.add(file.path);
    if (file !== entry) writeFileSync(file.path, file.contents);
  }
  const temp = `${join(outdir, 'lifeline.mjs')}.${process.pid}.tmp`;
  writeFileSync(temp, entry.contents, { mode: 0o755 });
  chmodSync(temp, 0o755);
  renameSync(temp, join(outdir, 'lifeline.mjs'));
  // Chunks of earlier builds (content-hashed names) are no longer referenced.
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!written.has(path) && name.endsWith('.mjs')) rmSync(path, { force: true });
  }
}

export async function ensureCli(root = repoRoot) {
  if (!cliIsStale(root)) return false;
  await buildCli(root);
  return true;
}

// `node scripts/cli-build.mjs`: build now (npm run build, test set-up).
if (process.argv[1] && join(process.argv[1]) === join(repoRoot, 'scripts', 'cli-build.mjs')) {
  await buildCli();
}
