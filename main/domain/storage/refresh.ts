// Stores fresher timestamp/snapshot metadata into an existing generation instead of installing a new
// one (a cron re-signed the timestamp, the bundle is the same). Crash-safe without a new directory:
// the new files get new content-addressed names, then the manifest naming them and their hashes is
// replaced atomically, so after a crash the manifest on disk always matches files that exist.
import { join } from 'node:path';
import { writeFileDurable, type RetryOptions } from '../files/durable-write.ts';
import { encodeChecked, sha256 } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import { generationDir, type StateLayout } from './layout.ts';
import { MANIFEST_FILE, storedName, type GenerationManifest } from './manifest.ts';

/** Only these may change in place: root, targets and the bundle define a generation. */
export type RefreshableFile = 'timestamp.json' | 'snapshot.json';

export interface GenerationRefresh {
  files: Partial<Record<RefreshableFile, Buffer>>;
  /** What the fresher metadata changes in the manifest. */
  manifest: Pick<GenerationManifest, 'versions' | 'signedHashes' | 'expires' | 'issuedAt' | 'verifiedAt'>;
}

/** Files we may have written into a generation directory and may therefore delete again. */
const REFRESHABLE_NAME = /^(timestamp|snapshot)(\.[0-9a-f]{16})?\.json$/;
const TEMP_NAME = /^\..+\.tmp$/;

export async function refreshGeneration(
  fs: FsPort,
  layout: StateLayout,
  current: GenerationManifest,
  refresh: GenerationRefresh,
  options: RetryOptions = {},
): Promise<GenerationManifest> {
  const dir = generationDir(layout, current.id);
  const files = { ...current.files };
  const stored = { ...current.stored };
  for (const [name, bytes] of Object.entries(refresh.files) as [RefreshableFile, Buffer][]) {
    const hash = sha256(bytes);
    if (files[name] === hash) continue;
    // Content-addressed: a name never holds two different contents, so no manifest ever sees a change.
    const fileName = `${name.replace(/\.json$/, '')}.${hash.slice(0, 16)}.json`;
    await writeFileDurable(join(dir, fileName), bytes, { ...options, fs });
    files[name] = hash;
    stored[name] = fileName;
  }
  const next: GenerationManifest = { ...current, ...refresh.manifest, files, stored };
  // The one switch: before this rename the old manifest and files are in force, after it the new ones.
  await writeFileDurable(join(dir, MANIFEST_FILE), encodeChecked(next), { ...options, fs });
  await removeSuperseded(fs, dir, [next, current]).catch(() => {});
  return next;
}

/**
 * Deletes metadata no manifest names any more. Files of the manifest just replaced are kept one more
 * round, so a reader that loaded it a moment ago (another process, no lock) still finds its files.
 */
async function removeSuperseded(fs: FsPort, dir: string, keepFor: GenerationManifest[]): Promise<void> {
  const keep = new Set(keepFor.flatMap((m) => Object.keys(m.files).map((name) => storedName(m, name))));
  for (const name of await fs.readdir(dir)) {
    if (keep.has(name) || name === MANIFEST_FILE) continue;
    if (REFRESHABLE_NAME.test(name) || TEMP_NAME.test(name)) await fs.rm(join(dir, name));
  }
}
