// The pinned root for CLI commands: any problem reading it is a one-line failure (exit 1).
import { PinnedRootError } from '../domain/tuf/client/pinned-root.ts';
import { FailedError } from './command.ts';

export { readPinnedRoot } from '../domain/tuf/client/pinned-root.ts';

export function failed(error: unknown): never {
  if (error instanceof PinnedRootError) throw new FailedError(error.message);
  throw error;
}
