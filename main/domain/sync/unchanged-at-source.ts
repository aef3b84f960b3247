// The cheap path of a sync: when the source has no newer root and still serves, byte for byte, the
// timestamp we verified and hold, nothing changed and the full download is skipped.
import { join } from 'node:path';
import type { FsPort } from '../files/fs-port.ts';
import { generationDir, type StateLayout } from '../storage/layout.ts';
import type { ActiveGeneration } from '../storage/local-state.ts';
import { storedName } from '../storage/manifest.ts';
import { latest, parseMetadataFacts } from '../tuf/shared/metadata-facts.ts';
import { sha256 } from '../storage/checked-json.ts';
import type { TrustedState } from '../storage/trusted-state.ts';
import type { SourceBudget } from '../net/limits.ts';
import { effectiveNow } from './freshness.ts';
import type { Prefetched, SourceSpec, VerifyRepository } from './verify-port.ts';
import { isLifelineError, LifelineError } from '../../model/errors.ts';

/** Transport failures that a full verification would only hit again (and wait for again). */
const SOURCE_DOWN = new Set(['idle', 'deadline', 'unreachable']);

export interface UnchangedCheck {
  fs: FsPort;
  layout: StateLayout;
  verify: VerifyRepository;
  clock: () => Date;
  onTransfer?: (transfer: { requests: number; bytes: number } | undefined) => void;
}

/** Whether nothing changed, and what the probe downloaded (the full verification reuses it). */
export interface SourceCheck {
  unchanged: boolean;
  seen: Prefetched;
}

/**
 * TUF client workflow 5.3 first: probe `N+1.root.json` for the root we would start from. A newer root
 * (or any answer but "not there") sends the sync down the full path, which follows the rotation and
 * re-checks everything under the new keys, so a rotation takes effect on this sync however the
 * timestamp looks. Only then is the timestamp compared. The held copy is still checked for expiry
 * (freeze attacks). Any other error means "not known to be unchanged": the full path reports it.
 */
export async function unchangedAtSource(
  ctx: UnchangedCheck,
  source: SourceSpec,
  active: ActiveGeneration,
  floor: TrustedState,
  startRoot: Buffer,
  budget?: SourceBudget,
): Promise<SourceCheck> {
  const seen: Prefetched = {};
  const peek = ctx.verify.peek;
  // The held timestamp proves nothing under another root (a kept newer one may revoke its key), and a
  // start below the root floor (its kept copy lost) is refused: both are for the full path to say.
  const start = parseMetadataFacts('root', startRoot);
  if (!peek || start.signedHash !== active.manifest.signedHashes.root || start.version < floor.roles.root.version) {
    return { unchanged: false, seen };
  }
  let remote: Buffer | LifelineError<'fetch'>;
  let held: Buffer;
  let file = `${start.version + 1}.root.json`;
  try {
    const nextRoot = (seen[file] = await peek(source, file, budget));
    if (!isLifelineError(nextRoot, 'fetch')) return { unchanged: false, seen };
    file = 'timestamp.json';
    remote = seen[file] = await peek(source, file, budget);
    held = await ctx.fs.readFile(join(generationDir(ctx.layout, active.manifest.id), storedName(active.manifest, 'timestamp.json')));
  } catch (error) {
    // A stalled or unreachable mirror fails now, so the next source is tried without a second wait.
    if (isLifelineError(error, 'fetch') && SOURCE_DOWN.has(error.detail.code))
      throw new Error(`${file}: ${error.message}`, { cause: error });
    return { unchanged: false, seen };
  }
  if (isLifelineError(remote, 'fetch') || !remote.equals(held) || sha256(held) !== active.manifest.files['timestamp.json'])
    return { unchanged: false, seen };
  const now = effectiveNow(ctx.clock(), latest([floor.highestSignedTime, active.manifest.issuedAt]));
  if (Date.parse(active.manifest.expires) <= now.getTime()) {
    throw new LifelineError(
      'refused',
      `refused: the source still serves the timestamp we hold, and it expired at ${active.manifest.expires} (frozen repository)`,
    );
  }
  // The root probe answered "not there": its body carries nothing we count.
  ctx.onTransfer?.({ requests: 2, bytes: remote.length });
  return { unchanged: true, seen };
}
