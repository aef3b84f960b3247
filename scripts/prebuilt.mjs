// Node programs built ahead of time, so nothing is compiled at run time: the CLI (dist/cli/lifeline.mjs,
// the package's `bin`, one chunk per command so a command loads only what it needs) and the preview
// host (dist/preview/preview.mjs with its search worker). Plain JavaScript on purpose: `npm run lifeline`
// and `npm run preview` check and (re)build with no TypeScript loader.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const repoRoot = join(import.meta.dirname ?? dirname(new URL(import.meta.url).pathname), '..');

/** What each program is built from and into; `sources` are the folders whose files it may import. */
export const PROGRAMS = {
  cli: { outDir: 'dist/cli', entries: { lifeline: 'main/cli/index.ts' }, sources: ['main'] },
  preview: {
    outDir: 'dist/preview',
    entries: { preview: 'main/preview/cli.ts', 'search-worker': 'main/domain/search/worker.ts' },
    sources: ['main', 'scripts', 'preload', 'renderer'],
  },
};

export const CLI_ENTRY = join(repoRoot, 'dist', 'cli', 'lifeline.mjs');
export const PREVIEW_ENTRY = join(repoRoot, 'dist', 'preview', 'preview.mjs');

function entryFile(root, program) {
  return join(root, program.outDir, `${Object.keys(program.entries)[0]}.mjs`);
}

/** Newest modification time of a program's inputs: its sources, the dependency pins and this builder. */
function newestInput(root, program) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of program.sources) visit(join(root, dir));
  for (const file of ['package.json', 'package-lock.json', 'scripts/prebuilt.mjs']) {
    if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  }
  return newest;
}

export function isStale(name, root = repoRoot) {
  const program = PROGRAMS[name];
  const entry = entryFile(root, program);
  return !existsSync(entry) || statSync(entry).mtimeMs < newestInput(root, program);
}

/**
 * Source files read their own folder through `import.meta.dirname` (resources next to the sources):
 * in the bundle that becomes the same folder of the source tree, found from dist/cli/ at run time.
 */
function sourceDirPlugin(root) {
  return {
    name: 'lifeline-source-dir',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (!args.path.startsWith(root + sep) || args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const { readFile } = await import('node:fs/promises');
        let contents = await readFile(args.path, 'utf8');
        const rel = relative(root, dirname(args.path)).split(sep).join('/');
        contents = contents.replaceAll('import.meta.dirname', `__lifelineSourceDir(${JSON.stringify(rel)})`);
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

const BANNER = [
  "import { createRequire as __lifelineRequire } from 'node:module';",
  "import { fileURLToPath as __lifelineToPath } from 'node:url';",
  'const require = __lifelineRequire(import.meta.url);',
  'const __lifelineSourceDir = (rel) => __lifelineToPath(new URL(`../../${rel}`, import.meta.url));',
].join('\n');

/** Builds into memory, then writes the chunks and finally the entry by rename: a concurrent run never sees half a program. */
export async function buildProgram(name, root = repoRoot) {
  const { build } = await import('esbuild');
  const program = PROGRAMS[name];
  const outdir = join(root, program.outDir);
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(program.entries).map(([out, src]) => [out, join(root, src)])),
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
    // Electron is never part of these programs; esbuild (the preview builds the renderer) has a native binary.
    external: ['electron', 'esbuild'],
    legalComments: 'none',
    logLevel: 'error',
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  const written = new Set();
  const entryPath = entryFile(root, program);
  const entry = result.outputFiles.find((f) => f.path === entryPath);
  for (const file of result.outputFiles) {
    written.add(file.path);
    if (file !== entry) writeFileSync(file.path, file.contents);
  }
  const temp = `${entryPath}.${process.pid}.tmp`;
  writeFileSync(temp, entry.contents, { mode: 0o755 });
  chmodSync(temp, 0o755);
  renameSync(temp, entryPath);
  // Chunks of earlier builds (content-hashed names) are no longer referenced.
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!written.has(path) && name.endsWith('.mjs')) rmSync(path, { force: true });
  }
}

export async function ensureProgram(name, root = repoRoot) {
  if (!isStale(name, root)) return false;
  await buildProgram(name, root);
  return true;
}

export const ensureCli = (root = repoRoot) => ensureProgram('cli', root);
export const buildCli = (root = repoRoot) => buildProgram('cli', root);

// `node scripts/prebuilt.mjs [cli|preview ...]`: build now.
if (process.argv[1] && join(process.argv[1]) === join(repoRoot, 'scripts', 'prebuilt.mjs')) {
  for (const name of process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PROGRAMS)) await buildProgram(name);
}
