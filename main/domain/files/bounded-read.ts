// The one way local state is read: never blocks (a FIFO in place of a file), never follows a symlink
// planted in the state directory (`bundle.json -> /dev/zero`), never reads more than the caller expects.
// Anything else is corruption, reported as a state-file LifelineError naming the file, so callers fall back.
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, describeBytes } from '../net/limits.ts';
import { LifelineError, type ErrorDetails } from '../../model/errors.ts';
import { errnoCode } from '../../model/thrown.ts';

/** No state file may be larger than anything a source is ever allowed to send. */
export const STATE_FILE_MAX_BYTES = DEFAULT_LIMITS.maxBytes;

export function stateFileError(message: string, code: ErrorDetails['state-file']['code']): LifelineError<'state-file'> {
  return new LifelineError('state-file', message, { code });
}

export function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFile()) return 'a file';
  return 'not a regular file';
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The bytes of a regular file of at most `maxBytes`; errno errors (ENOENT, EACCES) pass through unchanged. */
export async function readStateFile(path: string, maxBytes: number = STATE_FILE_MAX_BYTES): Promise<Buffer> {
  const name = basename(path);
  let handle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    // O_NOFOLLOW refuses a symbolic link with ELOOP (EMLINK on some BSDs): nothing here is ever a link.
    const code = errnoCode(error);
    if (code === 'ELOOP' || code === 'EMLINK') throw stateFileError(`${name} is a symbolic link, not a regular file`, 'not-a-file');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw stateFileError(`${name} is ${kindOf(stats)}, not a regular file`, 'not-a-file');
    const tooLarge = () => stateFileError(`${name} is larger than the ${describeBytes(maxBytes)} expected`, 'too-large');
    if (stats.size > maxBytes) throw tooLarge();
    // Read at most one byte past the limit: a file growing while we read is caught without reading it all.
    const buffer = Buffer.alloc(Math.min(maxBytes, stats.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge();
    return buffer.subarray(0, length);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
