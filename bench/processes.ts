// Timing whole processes as users start them: to exit, or to the first line that matches.
import { spawn, type ChildProcess } from 'node:child_process';

/** Wall time from spawn to exit; throws when the process fails. */
export function timeToExit(command: string, args: string[], options: { timeoutMs?: number } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code}: ${stderr.split('\n')[0]}`));
    });
  });
}

export interface StartedProcess {
  child: ChildProcess;
  /** Milliseconds from spawn to the matching line. */
  ms: number;
  line: string;
  stop: () => Promise<void>;
}

/** Spawns and waits for the first stdout line matching `pattern`; the caller stops the process. */
export function timeToLine(command: string, args: string[], pattern: RegExp, timeoutMs = 60_000): Promise<StartedProcess> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`));
    }, timeoutMs);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => pattern.test(l));
      if (line === undefined) return;
      clearTimeout(guard);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({ child, ms: performance.now() - started, line, stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(guard);
      reject(new Error(`${[command, ...args].join(' ')} exited with ${code} before printing ${pattern}`));
    });
  });
}
