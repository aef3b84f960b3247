// npm start: build, then run the desktop app; without an Electron binary, say so in one line and
// start the preview host instead, so the command always does something useful.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './app-bundles.ts';
import { buildApp } from './build.ts';
import { findElectronBinary } from './electron-binary.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const args = process.argv.slice(2);
try {
  await buildApp();
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const electron = findElectronBinary();
if (electron !== null) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process
  run(electron, ['.', ...args], env);
} else {
  console.log('No Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD?); starting the preview host instead.');
  run(process.execPath, [join(repoRoot, 'scripts', 'preview.mjs'), ...args], process.env);
}
