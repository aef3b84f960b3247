// Writes a file so that a crash or a full disk never leaves a half-written PDF under the chosen name:
// temp file in the same folder, fsync, rename over, fsync the folder.
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, injectable so tests can fail them (ENOSPC, EACCES). */
export interface DurableFs {
  open(path: string, flags: string): Promise<Pick<fsp.FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export const nodeDurableFs: DurableFs = { open: (p, f) => fsp.open(p, f), rename: fsp.rename, rm: fsp.rm };

async function syncDirectory(fs: DurableFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileDurably(path: string, data: Uint8Array, fs: DurableFs = nodeDurableFs): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncDirectory(fs, dir);
}
