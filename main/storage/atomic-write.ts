// Durable replace of a small file: write temp, fsync, rename over, fsync the directory. Never a
// non-atomic overwrite: if the rename keeps failing, the old file stays as it was.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsPort } from './fs-port.ts';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
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
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= attempts) throw error;
      await sleep((options.delayMs ?? 20) * attempt);
    }
  }
}

export async function writeFileAtomic(fs: FsPort, path: string, data: Uint8Array, options: RetryOptions = {}): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFileSynced(temp, data);
    await renameWithRetry(fs, temp, path, options);
  } catch (error) {
    await fs.rm(temp).catch(() => {});
    throw error;
  }
  await fs.fsyncDir(dir);
}
