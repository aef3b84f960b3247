// Crash-safe file writes: a reader sees either the old file or the complete new one, never a mix.
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { createFsPort } from '../storage/fs-port.ts';

const disk = createFsPort();

/** Write temp in the same directory, fsync, rename over the target, fsync the directory. */
export async function writeFileDurable(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(disk, path, typeof data === 'string' ? Buffer.from(data) : data);
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
  await disk.fsyncDir(dirname(path));
}
