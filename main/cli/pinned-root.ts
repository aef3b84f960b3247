// The pinned root for CLI commands: any problem reading it is a one-line failure (exit 1).
import { isLifelineError, LifelineError } from '../model/errors.ts';

export { readPinnedRoot } from '../domain/tuf/client/pinned-root.ts';

export function failed(error: unknown): never {
  if (isLifelineError(error, 'pinned-root')) throw new LifelineError('failed', error.message);
  throw error;
}
