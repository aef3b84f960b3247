// Plain-words messages for why a file could not be saved, by errno code.
import { IpcFailure } from '../../model/errors.ts';

export function saveFailure(path: string, error: unknown): IpcFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new IpcFailure('failed', `The disk is full: could not save ${path}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new IpcFailure('failed', `Cannot write to ${path}: permission denied or read-only`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new IpcFailure('failed', `The folder for ${path} does not exist`);
    case 'EISDIR':
      return new IpcFailure('failed', `${path} is a folder, not a file`);
    default:
      return new IpcFailure('failed', `Could not save ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
