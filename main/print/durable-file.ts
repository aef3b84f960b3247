// Saving an exported PDF: the same durable replace the bundle store uses (temp, fsync, rename, fsync
// the folder), so a failed or interrupted save leaves the previous file intact and no partial file.
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { createFsPort, type FsPort } from '../storage/fs-port.ts';

export async function writeFileDurably(path: string, data: Uint8Array, fs: FsPort = createFsPort()): Promise<void> {
  await writeFileAtomic(fs, path, data);
}
