// What the sync engine needs from the TUF verification client: given a source, a trusted root and what
// we already hold, return the verified files or throw an error naming the file that failed and why.
import type { Bundle } from '../../model/bundle.ts';
import type { LifelineError } from '../../model/errors.ts';
import type { SourceBudget } from '../net/limits.ts';

export interface SourceSpec {
  /** https URL, loopback http URL, or a local directory. */
  location: string;
  /** Plain http to a non-loopback host is allowed only when the source is marked insecure. */
  insecure: boolean;
}

export interface VerifiedFiles {
  root: Buffer;
  timestamp: Buffer;
  snapshot: Buffer;
  targets: Buffer;
  bundle: Buffer;
  /**
   * The client's own reading of `bundle` (its sha256 and the parsed, schema-checked value), so the
   * bundle is hashed and parsed once per sync; without it the offline re-check does both itself.
   */
  bundleRead?: { sha256: string; value: Bundle };
  /** Requests made and bytes received, when the client counts them. */
  transfer?: { requests: number; bytes: number };
}

/** Metadata files just fetched from the source, by name (`timestamp.json`, `N.root.json`), or its "not there" answer. */
export type Prefetched = Record<string, Buffer | LifelineError<'fetch'>>;

export interface VerifyRequest {
  source: SourceSpec;
  /** Bytes of the root to start from (the pinned root or the newest one reached by rotation). */
  trustedRoot: Buffer;
  /** A directory the client may create scratch files in (inside the state directory's staging). */
  workDir: string;
  /** Reference time for expiry checks: max(clock, highest signed time seen). */
  now: Date;
  /**
   * Files we verified before: the client applies its own rollback rules to the timestamp and snapshot,
   * and uses snapshot, targets and bundle only after re-checking them against the fresh metadata's
   * hashes (a timestamp-only refresh then downloads no targets metadata and no bundle).
   */
  previous?: { timestamp?: Buffer; snapshot?: Buffer; targets?: Buffer; bundle?: Buffer };
  /** Total time left for this source in this sync. */
  budget?: SourceBudget;
  /** Answers the cheap check already got from this source in this sync: served once instead of fetched again. */
  prefetched?: Prefetched;
  /** A newer root the client verified (rotation) before the rest of the run failed: kept so it stays in force. */
  onRootReached?: (root: Buffer) => Promise<void>;
}

export interface VerifyRepository {
  (request: VerifyRequest): Promise<VerifiedFiles>;
  /**
   * Optional cheap look at one metadata file of the source (`timestamp.json`, `N.root.json`), with the
   * same caps as the client; a fetch LifelineError (returned, not thrown) when the source does not have it (404/403, no such file). Lets a sync
   * probe for a rotated root and compare the timestamp before deciding on a full verification.
   */
  peek?: (source: SourceSpec, file: string, budget?: SourceBudget) => Promise<Buffer | LifelineError<'fetch'>>;
}
