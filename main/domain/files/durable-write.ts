// The one durable write: a reader sees either the old file or the complete new one, never a mix.
// Temp file in the same directory, fsync, rename over the target, fsync the directory; if the rename
// keeps failing, the old file stays as it was (never a non-atomic overwrite).
import { randomBytes } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createFsPort, type FsPort } from './fs-port.ts';
import { errnoCode } from '../../model/thrown.ts';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DurableWriteOptions extends RetryOptions {
  /** The file system to write through (tests inject faults); the real disk by default. */
  fs?: FsPort;
  /** Create missing parent folders first (repository and key folders); off where a missing folder is an error to report. */
  makeDirs?: boolean;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** rename with a bounded retry on the transient errors virus scanners and indexers cause on Windows. */
export async function renameWithRetry(fs: FsPort, from: string, to: string, options: RetryOptions = {}): Promise<void> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error) ?? '';
      if (!RETRYABLE.has(code) || attempt >= attempts) throw error;
      await sleep((options.delayMs ?? 20) * attempt);
    }
  }
}

export async function writeFileDurable(path: string, data: Uint8Array | string, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? createFsPort();
  const dir = dirname(path);
  if (options.makeDirs === true) await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFileSynced(temp, typeof data === 'string' ? Buffer.from(data) : data);
    await renameWithRetry(fs, temp, path, options);
  } catch (error) {
    await fs.rm(temp).catch(() => {});
    throw error;
  }
  await fs.fsyncDir(dir);
}

/** Like writeFileDurable but refuses to replace an existing file (keys must never be overwritten). */
export async function createFileDurable(path: string, data: Uint8Array | string, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await createFsPort().fsyncDir(dirname(path));
}
