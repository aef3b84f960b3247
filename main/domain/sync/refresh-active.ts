// A timestamp-only refresh (the publisher's cron re-signed timestamp, maybe snapshot): the verified
// result carries the very bundle, targets and root the active generation holds, so no new generation
// is made; its stored timestamp/snapshot and manifest are refreshed in place, crash-safely.
import { sha256 } from '../storage/checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import type { StateLayout } from '../storage/layout.ts';
import type { GenerationManifest } from '../storage/manifest.ts';
import type { RetryOptions } from '../files/durable-write.ts';
import { refreshGeneration } from '../storage/refresh.ts';
import type { AcceptedRepository } from './verify-result.ts';
import type { VerifiedFiles } from './verify-port.ts';

/**
 * True when only timestamp/snapshot differ: bundle, targets and root are byte-identical (so the same
 * sha256 and targets version), and the stored chain with the new timestamp/snapshot re-checks offline.
 */
export function onlyFresherMetadata(active: GenerationManifest, files: VerifiedFiles): boolean {
  const same = (name: string, bytes: Buffer) => active.files[name] === sha256(bytes);
  const sameBundle = active.files['bundle.json'] === (files.bundleRead?.sha256 ?? sha256(files.bundle));
  return sameBundle && same('targets.json', files.targets) && same('root.json', files.root);
}

export async function refreshActive(
  fs: FsPort,
  layout: StateLayout,
  active: GenerationManifest,
  files: VerifiedFiles,
  accepted: AcceptedRepository,
  verifiedAt: string,
  retry?: RetryOptions,
): Promise<GenerationManifest> {
  const { facts } = accepted;
  return refreshGeneration(
    fs,
    layout,
    active,
    {
      files: { 'timestamp.json': files.timestamp, 'snapshot.json': files.snapshot },
      manifest: {
        verifiedAt,
        versions: { ...active.versions, timestamp: facts.timestamp.version, snapshot: facts.snapshot.version },
        signedHashes: { ...active.signedHashes, timestamp: facts.timestamp.signedHash, snapshot: facts.snapshot.signedHash },
        expires: accepted.expires,
        issuedAt: accepted.issuedAt,
      },
    },
    retry,
  );
}
