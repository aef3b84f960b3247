// The file-system operations storage uses, injectable so tests can fail any of them (ENOSPC, EPERM, EBUSY).
import * as fsp from 'node:fs/promises';
import { readStateFile } from './bounded-read.ts';
import { errnoCode } from '../../model/thrown.ts';

export type FsOp = 'write' | 'fsync' | 'rename' | 'mkdir' | 'rm' | 'read' | 'readdir' | 'open';

export interface FsPort {
  /** Bounded, non-blocking read of a regular file (see bounded-read.ts); at most `maxBytes`. */
  readFile(path: string, maxBytes?: number): Promise<Buffer>;
  /** Writes the whole buffer to a new or truncated file and fsyncs it. */
  writeFileSynced(path: string, data: Uint8Array): Promise<void>;
  /** fsync of a directory, so a rename inside it survives power loss. */
  fsyncDir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  rm(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

/** Called before each operation; throwing an errno error simulates a failing disk. */
export type FaultHook = (op: FsOp, path: string) => void;

export function errnoError(code: string, op: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${op} '${path}'`);
  error.code = code;
  return error;
}

const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'EISDIR', 'ENOTSUP', 'EPERM']);

export function createFsPort(fault: FaultHook = () => {}): FsPort {
  return {
    async readFile(path, maxBytes) {
      fault('read', path);
      return readStateFile(path, maxBytes);
    },
    async writeFileSynced(path, data) {
      fault('write', path);
      const handle = await fsp.open(path, 'w', 0o644);
      try {
        await handle.writeFile(data);
        fault('fsync', path);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async fsyncDir(path) {
      fault('fsync', path);
      // Windows cannot open directories for fsync; rename is durable enough there.
      if (process.platform === 'win32') return;
      const handle = await fsp.open(path, 'r');
      try {
        await handle.sync();
      } catch (error) {
        // Some file systems (network shares, FUSE) cannot fsync a directory: the rename stands as is.
        if (!DIR_SYNC_UNSUPPORTED.has(errnoCode(error) ?? '')) throw error;
      } finally {
        await handle.close();
      }
    },
    async rename(from, to) {
      fault('rename', to);
      await fsp.rename(from, to);
    },
    async mkdir(path) {
      fault('mkdir', path);
      await fsp.mkdir(path, { recursive: true });
    },
    async rm(path) {
      fault('rm', path);
      await fsp.rm(path, { recursive: true, force: true });
    },
    async readdir(path) {
      fault('readdir', path);
      try {
        return await fsp.readdir(path);
      } catch (error) {
        // Missing, or a file where a directory belongs (repaired by the next sync): nothing listed.
        if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return [];
        throw error;
      }
    },
  };
}
