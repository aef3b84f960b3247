// Transactional install: write everything into a private staging directory, fsync it, rename it into
// generations/, then swap the pointer. A crash at any step leaves the old generation active.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { renameWithRetry, type RetryOptions } from '../files/durable-write.ts';
import { encodeChecked, sha256 } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import { collectGarbage, listManifests, nextGenerationId, writePointer } from './generations.ts';
import { generationDir, type StateLayout } from './layout.ts';
import { MANIFEST_FILE, type GenerationManifest } from './manifest.ts';

export type ManifestDraft = Omit<GenerationManifest, 'id' | 'sequence' | 'files'>;

export async function ensureLayout(fs: FsPort, layout: StateLayout): Promise<void> {
  await fs.mkdir(layout.generations);
  await fs.mkdir(layout.staging);
}

export async function installGeneration(
  fs: FsPort,
  layout: StateLayout,
  files: Record<string, Buffer>,
  draft: ManifestDraft,
  options: RetryOptions = {},
  /** sha256 of some of `files`, computed by the caller from these very bytes (the bundle is hashed once). */
  knownHashes: Record<string, string> = {},
): Promise<GenerationManifest> {
  await ensureLayout(fs, layout);
  const random = randomBytes(4).toString('hex');
  const { id, sequence } = nextGenerationId(await listManifests(fs, layout), draft.bundle.version, random);
  const staging = join(layout.staging, id);
  await fs.mkdir(staging);
  try {
    const hashes: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      await fs.writeFileSynced(join(staging, name), bytes);
      hashes[name] = knownHashes[name] ?? sha256(bytes);
    }
    const manifest: GenerationManifest = { ...draft, id, sequence, files: hashes };
    // The manifest is written last: a generation without an intact manifest is never used.
    await fs.writeFileSynced(join(staging, MANIFEST_FILE), encodeChecked(manifest));
    await fs.fsyncDir(staging);
    await renameWithRetry(fs, staging, generationDir(layout, id), options);
    await fs.fsyncDir(layout.generations);
    await writePointer(fs, layout, id);
    return manifest;
  } catch (error) {
    await fs.rm(staging).catch(() => {});
    throw error;
  }
}

export { collectGarbage };
