// One attempt against one source: verify into a scratch directory, check against the floor, install.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FsPort } from '../storage/fs-port.ts';
import { installGeneration } from '../storage/install.ts';
import type { StateLayout } from '../storage/layout.ts';
import type { ActiveGeneration, LocalState } from '../storage/local-state.ts';
import type { GenerationManifest } from '../storage/manifest.ts';
import type { RetryOptions } from '../storage/atomic-write.ts';
import { emptyTrustedState, mergeTrusted, saveTrusted } from '../storage/trusted-state.ts';
import { floorFromManifest } from '../storage/local-state.ts';
import { sha256 } from '../storage/checked-json.ts';
import { diffBundles } from './diff.ts';
import { previousMetadata, startingRoot } from './seed.ts';
import { effectiveNow } from './freshness.ts';
import { acceptVerified, RefusedError } from './verify-result.ts';
import { latest } from '../storage/metadata-info.ts';
import { generationDir } from '../storage/layout.ts';
import { storedName } from '../storage/manifest.ts';
import { onlyFresherMetadata, refreshActive } from './refresh-active.ts';
import type { TrustedState } from '../storage/trusted-state.ts';
import type { SourceSpec, VerifyRepository } from './verify-port.ts';
import { FetchFailure } from '../net/limits.ts';

/** Transport failures that a full verification would only hit again (and wait for again). */
const SOURCE_DOWN = new Set(['idle', 'deadline', 'unreachable']);

export interface AttemptContext {
  fs: FsPort;
  layout: StateLayout;
  verify: VerifyRepository;
  clock: () => Date;
  retry?: RetryOptions;
  /** Observes requests and bytes of each verification (benchmark, tests). */
  onTransfer?: (transfer: { requests: number; bytes: number } | undefined) => void;
}

export type AttemptResult =
  | { kind: 'installed'; manifest: GenerationManifest; previousVersion: number | null }
  /**
   * Same bundle, fresher signed metadata: a re-signed timestamp/snapshot is stored into the active
   * generation in place (no new generation); only a rotated root makes a new generation.
   */
  | { kind: 'refreshed'; manifest: GenerationManifest }
  | { kind: 'unchanged'; manifest: GenerationManifest };

/**
 * True when the source still serves, byte for byte, the timestamp we verified and hold: then nothing
 * changed and no full download is needed. The held copy is still checked for expiry (freeze attacks).
 * Any error just means "not known to be unchanged": the full verification runs and reports it.
 */
async function unchangedAtSource(ctx: AttemptContext, source: SourceSpec, active: ActiveGeneration, floor: TrustedState): Promise<boolean> {
  if (!ctx.verify.peekTimestamp) return false;
  let remote: Buffer;
  let held: Buffer;
  try {
    remote = await ctx.verify.peekTimestamp(source);
    held = await ctx.fs.readFile(join(generationDir(ctx.layout, active.manifest.id), storedName(active.manifest, 'timestamp.json')));
  } catch (error) {
    // A stalled or unreachable mirror fails now, so the next source is tried without a second wait.
    if (error instanceof FetchFailure && SOURCE_DOWN.has(error.code)) throw new Error(`timestamp.json: ${error.message}`, { cause: error });
    return false;
  }
  if (!remote.equals(held) || sha256(held) !== active.manifest.files['timestamp.json']) return false;
  const now = effectiveNow(ctx.clock(), latest([floor.highestSignedTime, active.manifest.issuedAt]));
  if (Date.parse(active.manifest.expires) <= now.getTime()) {
    throw new RefusedError(`refused: the source still serves the timestamp we hold, and it expired at ${active.manifest.expires} (frozen repository)`);
  }
  ctx.onTransfer?.({ requests: 1, bytes: remote.length });
  return true;
}

export async function attemptSource(
  ctx: AttemptContext,
  local: LocalState,
  source: SourceSpec,
  pinnedRoot: Buffer,
  demo: boolean,
): Promise<AttemptResult> {
  const { fs, layout } = ctx;
  // The demo lives in its own trust domain: it neither raises nor is checked against the real floor.
  const active = local.active && local.active.manifest.demo === demo ? local.active : null;
  const floor = demo ? emptyTrustedState() : local.trusted;
  if (active && (await unchangedAtSource(ctx, source, active, floor))) return { kind: 'unchanged', manifest: active.manifest };
  const workDir = join(layout.staging, `work-${randomBytes(4).toString('hex')}`);
  try {
    const root = await startingRoot(fs, layout, pinnedRoot, active);
    await fs.mkdir(workDir);
    const now = effectiveNow(ctx.clock(), floor.highestSignedTime);
    const held = await previousMetadata(fs, layout, active);
    const files = await ctx.verify({ source, trustedRoot: root, workDir, now, previous: held });
    ctx.onTransfer?.(files.transfer);
    const accepted = acceptVerified(files, floor, ctx.clock());
    if (active && active.manifest.signedHashes.timestamp === accepted.facts.timestamp.signedHash) {
      return { kind: 'unchanged', manifest: active.manifest };
    }
    if (active && onlyFresherMetadata(active.manifest, files)) {
      const manifest = await refreshActive(fs, layout, active.manifest, files, accepted, ctx.clock().toISOString(), ctx.retry);
      if (!demo) await saveTrusted(fs, layout, mergeTrusted(floor, floorFromManifest(manifest)));
      return { kind: 'refreshed', manifest };
    }
    const previous = local.active;
    const sameBundle = previous !== null && previous.manifest.files['bundle.json'] === sha256(files.bundle);
    const changes = sameBundle ? previous.manifest.changes : diffBundles(previous && previous.manifest.demo === demo ? previous.bundle : null, accepted.bundle);
    const at = ctx.clock().toISOString();
    const manifest = await installGeneration(
      fs,
      layout,
      { 'bundle.json': files.bundle, 'root.json': files.root, 'timestamp.json': files.timestamp, 'snapshot.json': files.snapshot, 'targets.json': files.targets },
      {
        format: 1,
        installedAt: at,
        verifiedAt: at,
        source: source.location,
        demo,
        bundle: { id: accepted.bundle.id, title: accepted.bundle.title, version: accepted.bundle.version },
        versions: { root: accepted.facts.root.version, timestamp: accepted.facts.timestamp.version, snapshot: accepted.facts.snapshot.version, targets: accepted.facts.targets.version },
        signedHashes: { root: accepted.facts.root.signedHash, timestamp: accepted.facts.timestamp.signedHash, snapshot: accepted.facts.snapshot.signedHash, targets: accepted.facts.targets.signedHash },
        expires: accepted.expires,
        issuedAt: accepted.issuedAt,
        keyIds: accepted.facts.targets.keyIds,
        changes,
      },
      ctx.retry,
    );
    if (!demo) await saveTrusted(fs, layout, mergeTrusted(floor, floorFromManifest(manifest)));
    if (sameBundle) return { kind: 'refreshed', manifest };
    return { kind: 'installed', manifest, previousVersion: previous ? previous.manifest.bundle.version : null };
  } finally {
    await fs.rm(workDir).catch(() => {});
  }
}
