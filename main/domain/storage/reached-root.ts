// A newer root a sync verified by rotation before the rest of that sync failed (TUF 5.3.8: each new
// root is persisted as soon as it is verified). Later syncs start from it, and the floor's root version
// rises with it, so a mirror that hides the newer roots cannot bring back the keys they revoked.
import { writeFileDurable, type RetryOptions } from '../files/durable-write.ts';
import type { FsPort } from '../files/fs-port.ts';
import { parseMetadataFacts } from '../tuf/shared/metadata-facts.ts';
import { ROOT_MAX_BYTES } from '../tuf/shared/roles.ts';
import type { StateLayout } from './layout.ts';
import { saveTrusted, type TrustedState } from './trusted-state.ts';

/** Stores `root` (already verified by the client) when it is newer than every root the floor knows. */
export async function keepReachedRoot(
  fs: FsPort,
  layout: StateLayout,
  root: Buffer,
  floor: TrustedState,
  retry: RetryOptions = {},
): Promise<void> {
  const facts = parseMetadataFacts('root', root);
  if (facts.version <= floor.roles.root.version) return;
  await writeFileDurable(layout.reachedRoot, root, { ...retry, fs });
  // Newer than the floor's root (checked above): only the root's entry rises.
  await saveTrusted(fs, layout, { ...floor, roles: { ...floor.roles, root: { version: facts.version, signedHash: facts.signedHash } } });
}

/** The kept root, or null when there is none or it cannot be read as a root (a sync then starts lower and is refused by the floor). */
export async function readReachedRoot(fs: FsPort, layout: StateLayout): Promise<{ bytes: Buffer; version: number } | null> {
  try {
    const bytes = await fs.readFile(layout.reachedRoot, ROOT_MAX_BYTES);
    return { bytes, version: parseMetadataFacts('root', bytes).version };
  } catch {
    return null;
  }
}
