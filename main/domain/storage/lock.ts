// Cross-process lock: only one process (app instance or CLI) writes a state directory at a time.
// O_EXCL creation of a lock file naming us; the holder refreshes its mtime (a heartbeat) while it holds
// it, so a lock nobody refreshes is stale after a bounded age whatever pid or host it names (a crash
// followed by pid reuse, a copied state directory, another machine on a share).
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { readStateFile } from '../files/bounded-read.ts';
import { isLifelineError, LifelineError } from '../../model/errors.ts';
import { errnoCode } from '../../model/thrown.ts';

export interface LockOptions {
  /** How long to wait for a live holder before giving up. */
  waitMs?: number;
  pollMs?: number;
  /** A lock not refreshed for this long is taken over. */
  staleMs?: number;
  isAlive?: (pid: number) => boolean;
}

export const LOCK_STALE_MS = 15_000;
const MAX_LOCK_BYTES = 4096;

interface LockInfo {
  pid?: unknown;
  host?: unknown;
  token?: unknown;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function tryCreate(path: string, token: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o644);
    await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), token }));
    await handle.close();
    return true;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
}

type Holder = { kind: 'gone' } | { kind: 'stale'; token: unknown } | { kind: 'held'; pid: unknown; host: unknown; ageMs: number };

async function lockAgeMs(path: string): Promise<number> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return Infinity;
  try {
    return Date.now() - (await handle.stat()).mtimeMs;
  } finally {
    await handle.close();
  }
}

async function readHolder(path: string, staleMs: number, isAlive: (pid: number) => boolean): Promise<Holder> {
  let info: LockInfo = {};
  try {
    info = JSON.parse((await readStateFile(path, MAX_LOCK_BYTES)).toString('utf8')) as LockInfo;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { kind: 'gone' };
    // Not a file we could have written (a FIFO, a directory, a huge file): never a real holder.
    if (isLifelineError(error, 'state-file')) return { kind: 'stale', token: undefined };
    // Empty or half-written: its creator may be between create and write, so judged by age below.
  }
  const ageMs = await lockAgeMs(path);
  if (ageMs > staleMs) return { kind: 'stale', token: info.token };
  const deadHere = info.host === hostname() && typeof info.pid === 'number' && !isAlive(info.pid);
  return deadHere ? { kind: 'stale', token: info.token } : { kind: 'held', pid: info.pid, host: info.host, ageMs };
}

/** The token in a lock file; undefined when it is missing, unreadable or half-written (a holder killed mid-write). */
async function tokenAt(path: string): Promise<unknown> {
  try {
    return (JSON.parse((await readStateFile(path, MAX_LOCK_BYTES)).toString('utf8')) as LockInfo | null)?.token;
  } catch {
    return undefined;
  }
}

/** Moves a stale lock aside; if a contender replaced it with a fresh one meanwhile, puts that one back. */
async function takeOver(path: string, staleToken: unknown): Promise<boolean> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(3).toString('hex')}`;
  if (
    !(await rename(path, aside).then(
      () => true,
      () => false,
    ))
  )
    return false;
  const moved = await tokenAt(aside);
  if (moved !== staleToken && moved !== undefined) await link(aside, path).catch(() => {});
  await rm(aside, { recursive: true, force: true });
  return true;
}

function heartbeat(path: string, token: string, everyMs: number): () => void {
  const timer = setInterval(() => {
    void tokenAt(path).then((current) => {
      if (current !== token) return clearInterval(timer);
      const now = new Date();
      return utimes(path, now, now).catch(() => {});
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function describeHolder(holder: Extract<Holder, { kind: 'held' }>): string {
  const who = typeof holder.pid === 'number' ? `pid ${holder.pid}` : 'a process starting up';
  const where = typeof holder.host === 'string' && holder.host !== hostname() ? ` on ${JSON.stringify(holder.host)}` : '';
  return `another Lifeline process (${who}${where}) is syncing this state directory (lock refreshed ${Math.round(holder.ageMs / 1000)} s ago)`;
}

export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const isAlive = options.isAlive ?? processAlive;
  const token = randomBytes(12).toString('hex');
  for (;;) {
    if (await tryCreate(path, token)) {
      const stop = heartbeat(path, token, Math.max(50, Math.floor(staleMs / 5)));
      return async () => {
        stop();
        // Only remove the lock if it is still ours (it may have been taken over after a long stall).
        if ((await tokenAt(path)) === token) await rm(path, { force: true });
      };
    }
    const holder = await readHolder(path, staleMs, isAlive);
    if (holder.kind === 'gone') continue;
    if (holder.kind === 'stale' && (await takeOver(path, holder.token))) continue;
    if (Date.now() >= deadline) {
      throw new LifelineError('lock-busy', holder.kind === 'held' ? describeHolder(holder) : `the stale lock ${path} cannot be removed`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
}
