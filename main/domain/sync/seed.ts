// What a sync starts from: the newest root we trust, and the files of the active generation.
import { join } from 'node:path';
import type { FsPort } from '../files/fs-port.ts';
import { generationDir, type StateLayout } from '../storage/layout.ts';
import type { ActiveGeneration } from '../storage/local-state.ts';
import { storedName } from '../storage/manifest.ts';
import { readReachedRoot } from '../storage/reached-root.ts';
import { parseMetadataFacts } from '../tuf/shared/metadata-facts.ts';
import { signedBundleLength } from '../storage/generation-check.ts';

/**
 * The newest of the pinned root, the root the active generation reached by rotation and, outside the
 * demo's trust domain, a root kept from a rotation whose sync failed afterwards.
 */
export async function startingRoot(
  fs: FsPort,
  layout: StateLayout,
  pinned: Buffer,
  active: ActiveGeneration | null,
  demo: boolean,
): Promise<Buffer> {
  let best = { bytes: pinned, version: parseMetadataFacts('root', pinned).version };
  const reached = demo ? null : await readReachedRoot(fs, layout);
  if (reached && reached.version > best.version) best = reached;
  if (!active) return best.bytes;
  try {
    const stored = await fs.readFile(join(generationDir(layout, active.manifest.id), storedName(active.manifest, 'root.json')));
    return parseMetadataFacts('root', stored).version > best.version ? stored : best.bytes;
  } catch {
    return best.bytes;
  }
}

export interface HeldFiles {
  timestamp?: Buffer;
  snapshot?: Buffer;
  targets?: Buffer;
  bundle?: Buffer;
}

const HELD = { timestamp: 'timestamp.json', snapshot: 'snapshot.json', targets: 'targets.json', bundle: 'bundle.json' } as const;

/**
 * The active generation's metadata and bundle, handed to the client as a cache: it trusts each only
 * after re-checking it against the fresh timestamp/snapshot/targets, and downloads whatever fails.
 * A file that cannot be read is simply left out (it is then downloaded).
 */
export async function previousMetadata(fs: FsPort, layout: StateLayout, active: ActiveGeneration | null): Promise<HeldFiles> {
  if (!active) return {};
  const dir = generationDir(layout, active.manifest.id);
  const held: HeldFiles = {};
  for (const [key, name] of Object.entries(HELD) as [keyof HeldFiles, string][]) {
    const limit = key === 'bundle' ? signedBundleLength(held.targets) : undefined;
    const bytes = await fs.readFile(join(dir, storedName(active.manifest, name)), limit).catch(() => null);
    if (bytes) held[key] = bytes;
  }
  return held;
}
