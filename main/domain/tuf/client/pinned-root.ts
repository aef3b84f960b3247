// Reading the pinned root.json that every verification starts from, with one set of plain errors for
// the CLI, the preview host and the app: missing, unreadable, oversized, or not a TUF root at all.
import { readFile } from 'node:fs/promises';
import { parseMetadataFacts } from '../shared/metadata-facts.ts';
import { errnoCode, messageOf } from '../../../model/thrown.ts';
import { LifelineError } from '../../../model/errors.ts';

/** tuf-js refuses roots above this size too. */
const MAX_ROOT_BYTES = 512 * 1024;

export async function readPinnedRoot(path: string): Promise<Buffer> {
  const bytes = await readFile(path).catch((error: unknown) => {
    const code = errnoCode(error);
    const why = code === 'ENOENT' ? 'no such file (ENOENT)' : (code ?? messageOf(error));
    throw new LifelineError('pinned-root', `cannot read the root file ${path}: ${why}`);
  });
  if (bytes.length > MAX_ROOT_BYTES) throw new LifelineError('pinned-root', `${path} is too large to be a root file`);
  try {
    parseMetadataFacts('root', bytes);
  } catch (error) {
    throw new LifelineError('pinned-root', `${path} is not a TUF root.json: ${messageOf(error)}`);
  }
  return bytes;
}
