// The verification client the CLI and the app's sync engine share: tuf-js's Updater over our fetcher,
// then the bundle target parsed with BundleSchema and tied to the targets version that signed it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetFile } from '@tufjs/models';
import { Updater } from 'tuf-js';
import { BUNDLE_TARGET_NAME } from '../../../model/bundle.ts';
import type { FetchFn } from '../../net/bounded-fetch.ts';
import { DEFAULT_LIMITS, type FetchLimits, type SourceBudget } from '../../net/limits.ts';
import { isLifelineError, type LifelineError } from '../../../model/errors.ts';
import { messageOf } from '../../../model/thrown.ts';
import { parseRootBytes, parseTimestampBytes } from '../shared/parse.ts';
import { toVerifyError, verifyError } from './errors.ts';
import { checkDistinctRoleKeys } from './root-keys-check.ts';
import { DIR_BASE, LifelineFetcher } from './fetcher.ts';
import { loadTarget, targetUrl } from './target.ts';
import { inspect, type TrustedMetadata, type VerifiedRepository, type VersionFloor } from './inspect.ts';
import { parseSource, type Source } from './source.ts';

export interface VerifyOptions {
  /** URL or directory (string, parsed with parseSource) or an already parsed Source. */
  source: string | Source;
  /** Bytes of the trusted root: the pinned root.json, or the newest root verified before. */
  trustedRoot: Uint8Array;
  /** A directory we may create a temporary working folder in (removed afterwards). */
  workDir: string;
  fetch?: FetchFn;
  limits?: Partial<FetchLimits>;
  /** Reference time for expiry checks (default: the clock). Pass max(clock, highest signed time seen). */
  now?: Date;
  /** Allow plain http to a non-loopback host (signatures still apply). */
  insecure?: boolean;
  /**
   * Files trusted in a previous run. Timestamp and snapshot give tuf-js its rollback rules; snapshot,
   * targets and bundle are a cache it uses only after re-checking them against the fresh metadata
   * (hashes, length, version, signatures, expiry), downloading whatever fails the check.
   */
  previous?: { timestamp?: Uint8Array; snapshot?: Uint8Array; targets?: Uint8Array; bundle?: Uint8Array };
  /** Metadata files (by name, e.g. `timestamp.json`) already fetched from this source, or how it refused them. */
  prefetched?: Record<string, Uint8Array | LifelineError<'fetch'>>;
  /** Total time allowed for everything fetched from this source (the per-file limits still apply). */
  budget?: SourceBudget;
  floor?: VersionFloor;
  /**
   * Called with a newer root that tuf-js verified (rotation followed) when the rest of this run fails
   * afterwards: TUF 5.3.8 persists each new root at once, so a mirror that later hides the newer roots
   * cannot take the client back to keys that root revoked.
   */
  onRootReached?: (root: Buffer) => Promise<void>;
}

function setReferenceTime(updater: Updater, now: Date): void {
  // tuf-js reads the clock once when it builds its trusted set; this is the one place to move it.
  const internal = updater as unknown as { trustedSet?: { referenceTime?: Date } };
  if (!internal.trustedSet || !(internal.trustedSet.referenceTime instanceof Date)) {
    throw new Error('tuf-js internals changed: cannot set the reference time');
  }
  internal.trustedSet.referenceTime = now;
}

function resolveSource(options: VerifyOptions): Source {
  if (typeof options.source !== 'string') return options.source;
  try {
    return parseSource(options.source, { insecure: options.insecure ?? false });
  } catch (error) {
    if (isLifelineError(error, 'source')) throw verifyError(options.source, error.message, 'source');
    throw error;
  }
}

export async function verifyRepository(options: VerifyOptions): Promise<VerifiedRepository> {
  const source = resolveSource(options);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  await mkdir(options.workDir, { recursive: true });
  const work = await mkdtemp(join(options.workDir, 'tuf-verify-'));
  try {
    const metaDir = join(work, 'metadata');
    const targetDir = join(work, 'targets');
    await mkdir(metaDir);
    await mkdir(targetDir);
    await writeFile(join(metaDir, 'root.json'), options.trustedRoot);
    await seedCache(metaDir, options.previous);
    const fetcher = new RecordingFetcher(source, {
      fetch: options.fetch ?? fetch,
      limits,
      prefetched: prefixed('metadata/', options.prefetched),
      ...(options.budget ? { budget: options.budget } : {}),
    });
    const base = source.kind === 'http' ? source.url : DIR_BASE;
    let updater: Updater;
    try {
      updater = new Updater({
        metadataDir: metaDir,
        metadataBaseUrl: `${base}/metadata`,
        targetDir,
        targetBaseUrl: `${base}/targets`,
        fetcher,
      });
    } catch (error) {
      throw verifyError('root.json (trusted)', `the trusted root is not valid: ${messageOf(error)}`, 'malformed');
    }
    checkDistinctRoleKeys(parseRootBytes(options.trustedRoot, 'root.json').signed, 'root.json (trusted)');
    if (options.now) setReferenceTime(updater, options.now);
    try {
      return await refresh(updater, source, base, metaDir, fetcher, options);
    } catch (error) {
      await reportReachedRoot(metaDir, options);
      throw error;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function refresh(
  updater: Updater,
  source: Source,
  base: string,
  metaDir: string,
  fetcher: RecordingFetcher,
  options: VerifyOptions,
): Promise<VerifiedRepository> {
  let info: TargetFile | undefined;
  try {
    info = await updater.getTargetInfo(BUNDLE_TARGET_NAME);
  } catch (error) {
    throw toVerifyError(error, fetcher);
  }
  if (!info) throw verifyError('targets.json', `lists no ${BUNDLE_TARGET_NAME}`, 'missing-target');
  const metadata = await readTrustedMetadata(metaDir);
  const url = targetUrl(`${base}/targets`, info, parseRootBytes(metadata.root, 'root.json').signed.consistentSnapshot);
  let bundleBytes: Buffer;
  try {
    // The bundle stays in memory from download to install: hashed here once, parsed once below.
    bundleBytes = await loadTarget(info, options.previous?.bundle, fetcher, url);
  } catch (error) {
    throw toVerifyError(error, fetcher);
  }
  const verified = inspect(source, metadata, bundleBytes, fetcher, options.floor);
  checkEqualVersionTimestamp(fetcher.timestamp, verified.metadata.timestamp);
  return verified;
}

/** tuf-js writes root.json to its metadata directory only after verifying each new version. */
async function reportReachedRoot(metaDir: string, options: VerifyOptions): Promise<void> {
  if (!options.onRootReached) return;
  const reached = await readFile(join(metaDir, 'root.json')).catch(() => null);
  // The refusal is what the user must read; a root that could not be kept is followed again next sync.
  if (reached && !reached.equals(options.trustedRoot)) await options.onRootReached(reached).catch(() => undefined);
}

function prefixed(prefix: string, files: VerifyOptions['prefetched']): Map<string, Uint8Array | LifelineError<'fetch'>> {
  return new Map(Object.entries(files ?? {}).map(([name, bytes]) => [`${prefix}${name}`, bytes]));
}

/** Keeps the timestamp.json the source served: tuf-js drops one of the same version without a word. */
class RecordingFetcher extends LifelineFetcher {
  timestamp: Buffer | null = null;
  override async downloadBytes(url: string, maxLength: number): Promise<Buffer> {
    const bytes = await super.downloadBytes(url, maxLength);
    if (url.endsWith('/timestamp.json')) this.timestamp = bytes;
    return bytes;
  }
}

/**
 * tuf-js keeps the trusted timestamp when the served one has the same version (after checking its
 * signatures). Same version with other signed content is a repository that re-used a version: refuse.
 */
function checkEqualVersionTimestamp(served: Buffer | null, trusted: Uint8Array): void {
  if (!served || Buffer.compare(served, trusted) === 0) return;
  const got = parseTimestampBytes(served, 'timestamp.json').signed;
  const kept = parseTimestampBytes(trusted, 'timestamp.json').signed;
  if (got.version === kept.version && !got.equals(kept)) {
    throw verifyError('timestamp.json', `same version ${got.version} as the trusted copy but different content`, 'rollback');
  }
}

/**
 * Writes the metadata we held into tuf-js's local metadata directory (the held bundle is matched in
 * memory, see target.ts). tuf-js loads local
 * targets.json through the same checks as a download (hash and version from the snapshot, signatures,
 * expiry) and falls back to downloading it; a local snapshot is signature- and version-checked, and its
 * hash against the timestamp is re-checked in inspect().
 */
async function seedCache(metaDir: string, previous: VerifyOptions['previous']): Promise<void> {
  if (!previous) return;
  const files: [string, Uint8Array | undefined][] = [
    [join(metaDir, 'timestamp.json'), previous.timestamp],
    [join(metaDir, 'snapshot.json'), previous.snapshot],
    [join(metaDir, 'targets.json'), previous.targets],
  ];
  for (const [path, bytes] of files) if (bytes) await writeFile(path, bytes);
}

async function readTrustedMetadata(metaDir: string): Promise<TrustedMetadata> {
  const read = (name: string) => readFile(join(metaDir, name));
  return {
    root: await read('root.json'),
    timestamp: await read('timestamp.json'),
    snapshot: await read('snapshot.json'),
    targets: await read('targets.json'),
  };
}
