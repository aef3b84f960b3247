// Plain-words messages for why a file could not be saved, by errno code.
import { ipcFailure, type LifelineError } from '../../model/errors.ts';
import { errnoCode, messageOf } from '../../model/thrown.ts';

export function saveFailure(path: string, error: unknown): LifelineError<'ipc'> {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ipcFailure('failed', `The disk is full: could not save ${path}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ipcFailure('failed', `Cannot write to ${path}: permission denied or read-only`);
    case 'ENOENT':
    case 'ENOTDIR':
      return ipcFailure('failed', `The folder for ${path} does not exist`);
    case 'EISDIR':
      return ipcFailure('failed', `${path} is a folder, not a file`);
    default:
      return ipcFailure('failed', `Could not save ${path}: ${messageOf(error)}`);
  }
}
