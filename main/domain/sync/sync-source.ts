// One attempt against one source: verify into a scratch directory, check against the floor, install.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Bundle } from '../../model/bundle.ts';
import type { FsPort } from '../files/fs-port.ts';
import { installGeneration } from '../storage/install.ts';
import type { StateLayout } from '../storage/layout.ts';
import type { LocalState } from '../storage/local-state.ts';
import type { GenerationManifest } from '../storage/manifest.ts';
import type { RetryOptions } from '../files/durable-write.ts';
import { emptyTrustedState, mergeTrusted, saveTrusted } from '../storage/trusted-state.ts';
import { keepReachedRoot } from '../storage/reached-root.ts';
import { bundleFormatFingerprint } from '../storage/bundle-format.ts';
import { floorFromManifest } from '../storage/local-state.ts';
import { sha256 } from '../storage/checked-json.ts';
import { diffBundles } from './diff.ts';
import { previousMetadata, startingRoot } from './seed.ts';
import { unchangedAtSource } from './unchanged-at-source.ts';
import { DEFAULT_SOURCE_BUDGET_MS, startBudget } from '../net/limits.ts';
import { effectiveNow } from './freshness.ts';
import { acceptVerified } from './verify-result.ts';
import { onlyFresherMetadata, refreshActive } from './refresh-active.ts';
import type { SourceSpec, VerifyRepository } from './verify-port.ts';

export interface AttemptContext {
  fs: FsPort;
  layout: StateLayout;
  verify: VerifyRepository;
  clock: () => Date;
  retry?: RetryOptions;
  /** Total time one source may take in one sync before the next is tried (default 2 minutes). */
  sourceBudgetMs?: number;
  /** Observes requests and bytes of each verification (benchmark, tests). */
  onTransfer?: (transfer: { requests: number; bytes: number } | undefined) => void;
}

export type AttemptResult =
  | { kind: 'installed'; manifest: GenerationManifest; bundle: Bundle; previousVersion: number | null }
  /**
   * Same bundle, fresher signed metadata: a re-signed timestamp/snapshot is stored into the active
   * generation in place (no new generation); only a rotated root makes a new generation.
   */
  | { kind: 'refreshed'; manifest: GenerationManifest; bundle: Bundle }
  | { kind: 'unchanged'; manifest: GenerationManifest };

export async function attemptSource(
  ctx: AttemptContext,
  local: LocalState,
  source: SourceSpec,
  pinnedRoot: Buffer,
  demo: boolean,
): Promise<AttemptResult> {
  const { fs, layout } = ctx;
  const budget = startBudget(ctx.sourceBudgetMs ?? DEFAULT_SOURCE_BUDGET_MS);
  // The demo lives in its own trust domain: it neither raises nor is checked against the real floor.
  const active = local.active && local.active.manifest.demo === demo ? local.active : null;
  const floor = demo ? emptyTrustedState() : local.trusted;
  const root = await startingRoot(fs, layout, pinnedRoot, active, demo);
  const check = active ? await unchangedAtSource(ctx, source, active, floor, root, budget) : null;
  if (active && check?.unchanged) return { kind: 'unchanged', manifest: active.manifest };
  const workDir = join(layout.staging, `work-${randomBytes(4).toString('hex')}`);
  try {
    await fs.mkdir(workDir);
    const now = effectiveNow(ctx.clock(), floor.highestSignedTime);
    const held = await previousMetadata(fs, layout, active);
    const files = await ctx.verify({
      source,
      trustedRoot: root,
      workDir,
      now,
      previous: held,
      prefetched: check?.seen ?? {},
      budget,
      ...(demo ? {} : { onRootReached: (reached: Buffer) => keepReachedRoot(fs, layout, reached, floor, ctx.retry) }),
    });
    ctx.onTransfer?.(files.transfer);
    const accepted = acceptVerified(files, floor, ctx.clock());
    // A rotated root with everything else unchanged is still news: it is stored as a new generation below.
    const sameRoot = active !== null && active.manifest.signedHashes.root === accepted.facts.root.signedHash;
    if (active && sameRoot && active.manifest.signedHashes.timestamp === accepted.facts.timestamp.signedHash) {
      return { kind: 'unchanged', manifest: active.manifest };
    }
    if (active && onlyFresherMetadata(active.manifest, files)) {
      const manifest = await refreshActive(fs, layout, active.manifest, files, accepted, ctx.clock().toISOString(), ctx.retry);
      if (!demo) await saveTrusted(fs, layout, mergeTrusted(floor, floorFromManifest(manifest)));
      return { kind: 'refreshed', manifest, bundle: accepted.bundle };
    }
    const previous = local.active;
    const bundleSha256 = files.bundleRead?.sha256 ?? sha256(files.bundle);
    const sameBundle = previous !== null && previous.manifest.files['bundle.json'] === bundleSha256;
    const changes = sameBundle
      ? previous.manifest.changes
      : diffBundles(previous && previous.manifest.demo === demo ? previous.bundle : null, accepted.bundle);
    const at = ctx.clock().toISOString();
    const manifest = await installGeneration(
      fs,
      layout,
      {
        'bundle.json': files.bundle,
        'root.json': files.root,
        'timestamp.json': files.timestamp,
        'snapshot.json': files.snapshot,
        'targets.json': files.targets,
      },
      {
        format: 1,
        installedAt: at,
        verifiedAt: at,
        source: source.location,
        demo,
        bundle: { id: accepted.bundle.id, title: accepted.bundle.title, version: accepted.bundle.version },
        versions: {
          root: accepted.facts.root.version,
          timestamp: accepted.facts.timestamp.version,
          snapshot: accepted.facts.snapshot.version,
          targets: accepted.facts.targets.version,
        },
        signedHashes: {
          root: accepted.facts.root.signedHash,
          timestamp: accepted.facts.timestamp.signedHash,
          snapshot: accepted.facts.snapshot.signedHash,
          targets: accepted.facts.targets.signedHash,
        },
        expires: accepted.expires,
        issuedAt: accepted.issuedAt,
        keyIds: accepted.facts.targets.keyIds,
        changes,
        bundleFormat: bundleFormatFingerprint(),
      },
      ctx.retry,
      { 'bundle.json': bundleSha256 },
    );
    if (!demo) await saveTrusted(fs, layout, mergeTrusted(floor, floorFromManifest(manifest)));
    if (sameBundle) return { kind: 'refreshed', manifest, bundle: accepted.bundle };
    return { kind: 'installed', manifest, bundle: accepted.bundle, previousVersion: previous ? previous.manifest.bundle.version : null };
  } finally {
    await fs.rm(workDir).catch(() => {});
  }
}
