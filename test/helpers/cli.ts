// Runs the real CLI as a child process, the way users run it (the package's built `bin`), and captures
// its output. The build is brought up to date once per test process, before the first run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLI_ENTRY, ensureCli } from '../../scripts/prebuilt.mjs';

await ensureCli();

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The argv that starts the built CLI, for tests that spawn it themselves. */
export const LIFELINE_COMMAND = [process.execPath, CLI_ENTRY] as const;

export function runLifeline(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    // A hung child may ignore SIGTERM (blocked in open() on a FIFO): the test must still end.
    killSignal: 'SIGKILL',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
