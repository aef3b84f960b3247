// What a sync starts from: the newest root we trust, and the metadata of the active generation.
import { join } from 'node:path';
import type { FsPort } from '../storage/fs-port.ts';
import { generationDir, type StateLayout } from '../storage/layout.ts';
import type { ActiveGeneration } from '../storage/local-state.ts';
import { parseMetadataFacts } from '../storage/metadata-info.ts';

/** The newer of the pinned root and the root the active generation reached by rotation. */
export async function startingRoot(fs: FsPort, layout: StateLayout, pinned: Buffer, active: ActiveGeneration | null): Promise<Buffer> {
  if (!active) return pinned;
  try {
    const stored = await fs.readFile(join(generationDir(layout, active.manifest.id), 'root.json'));
    return parseMetadataFacts('root', stored).version > parseMetadataFacts('root', pinned).version ? stored : pinned;
  } catch {
    return pinned;
  }
}

export async function previousMetadata(fs: FsPort, layout: StateLayout, active: ActiveGeneration | null): Promise<{ timestamp?: Buffer; snapshot?: Buffer }> {
  if (!active) return {};
  const dir = generationDir(layout, active.manifest.id);
  try {
    return { timestamp: await fs.readFile(join(dir, 'timestamp.json')), snapshot: await fs.readFile(join(dir, 'snapshot.json')) };
  } catch {
    return {}; // the client then downloads everything
  }
}
