// Cross-process lock: only one process (app instance or CLI) writes a state directory at a time.
// O_EXCL creation of a lock file holding our pid; a lock whose pid is dead is taken over.
import { open, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { readStateFile } from './bounded-read.ts';

export interface LockOptions {
  /** How long to wait for a live holder before giving up. */
  waitMs?: number;
  pollMs?: number;
  isAlive?: (pid: number) => boolean;
}

export class LockBusyError extends Error {}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o644);
    await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Returns the pid of the holder, or null when the lock file is stale (dead pid, other host ignored). */
async function holder(path: string, isAlive: (pid: number) => boolean): Promise<number | null> {
  try {
    const info = JSON.parse((await readStateFile(path, 4096)).toString('utf8')) as { pid?: unknown; host?: unknown };
    if (typeof info.pid !== 'number') return null;
    if (info.host !== hostname()) return info.pid; // cannot check a pid on another machine: assume alive
    return isAlive(info.pid) ? info.pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return -1;
    // Empty or half-written: its creator may be between create and write, so only stale after a while.
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => Infinity);
    return age > 5_000 ? null : -1;
  }
}

export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const isAlive = options.isAlive ?? processAlive;
  for (;;) {
    if (await tryCreate(path)) return () => rm(path, { force: true });
    const pid = await holder(path, isAlive);
    if (pid === null) {
      // Move the stale file aside rather than deleting: only one contender's rename can succeed.
      await rename(path, `${path}.stale-${process.pid}`).then(
        () => rm(`${path}.stale-${process.pid}`, { force: true }),
        () => {},
      );
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(`another Lifeline process (pid ${pid}) is syncing this state directory`);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
}
