// Reading a repository from a local directory (file share, USB stick) with the same caps as HTTP:
// regular files only (no FIFO, device, /dev/zero), never outside the directory (symlinks resolved first).
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { describeBytes, fetchFailure } from './limits.ts';
import { messageOf, errnoCode } from '../../model/thrown.ts';

async function resolveReal(path: string, what: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fetchFailure(`${what} does not exist`, 'not-found', 404);
    if (code === 'ELOOP') throw fetchFailure(`${what}: symbolic link loop`, 'escape');
    throw fetchFailure(`${what}: cannot read (${code ?? messageOf(error)})`, 'io');
  }
}

/** The directory's real path; fails clearly when it is missing or not a directory. */
export async function realDirectory(dir: string): Promise<string> {
  const real = await resolveReal(dir, dir);
  if (!(await stat(real)).isDirectory()) throw fetchFailure(`${dir} is not a directory`, 'not-a-file');
  return real;
}

/** Bytes of `relPath` inside `baseDir`, at most `maxBytes`. */
export async function readConfined(baseDir: string, relPath: string, maxBytes: number): Promise<Buffer> {
  if (relPath.includes('\0') || relPath.includes('\\') || isAbsolute(relPath) || relPath.split('/').some((s) => s === '..' || s === '')) {
    throw fetchFailure(`refusing the path ${JSON.stringify(relPath)}`, 'escape');
  }
  const base = await realDirectory(baseDir);
  const real = await resolveReal(join(base, relPath), relPath);
  if (!real.startsWith(base + sep)) throw fetchFailure(`${relPath} leads outside the repository directory`, 'escape');
  const info = await stat(real);
  if (!info.isFile()) throw fetchFailure(`${relPath} is not a regular file`, 'not-a-file');
  if (info.size > maxBytes) throw fetchFailure(`the file is larger than the ${describeBytes(maxBytes)} allowed`, 'too-large');
  // O_NONBLOCK: if a FIFO is swapped in after the check, open must not hang; O_NOFOLLOW: no late symlink.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw fetchFailure(`${relPath} is not a regular file`, 'not-a-file');
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= buffer.length) break;
    }
    if (length > maxBytes) throw fetchFailure(`the file is larger than the ${describeBytes(maxBytes)} allowed`, 'too-large');
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
