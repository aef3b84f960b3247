// The verification client the CLI and the app's sync engine share: tuf-js's Updater over our fetcher,
// then the bundle target parsed with BundleSchema and tied to the targets version that signed it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetFile, Timestamp } from '@tufjs/models';
import { Updater } from 'tuf-js';
import { BUNDLE_TARGET_NAME, BundleSchema, type Bundle } from '../../../model/bundle.ts';
import type { FetchFn } from '../../net/bounded-fetch.ts';
import { DEFAULT_LIMITS, type FetchFailure, type FetchLimits, type SourceBudget } from '../../net/limits.ts';
import { ISSUED_FIELD, sha256Hex } from '../shared/metadata-facts.ts';
import { parseRootBytes, parseSnapshotBytes, parseTargetsBytes, parseTimestampBytes } from '../shared/parse.ts';
import { toVerifyError, VerifyError } from './errors.ts';
import { checkDistinctRoleKeys } from './root-keys-check.ts';
import { DIR_BASE, LifelineFetcher } from './fetcher.ts';
import { loadTarget, targetUrl } from './target.ts';
import { describeSource, parseSource, SourceError, type Source } from './source.ts';

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
  prefetched?: Record<string, Uint8Array | FetchFailure>;
  /** Total time allowed for everything fetched from this source (the per-file limits still apply). */
  budget?: SourceBudget;
  /** Version floors kept by the caller: anything older is a rollback; same version must be same bundle. */
  floor?: { timestamp?: number; snapshot?: number; targets?: number; bundleSha256AtTargets?: string };
}

export interface VerifiedRepository {
  source: string;
  bundle: Bundle;
  bundleBytes: Uint8Array;
  bundleSha256: string;
  versions: { root: number; timestamp: number; snapshot: number; targets: number };
  expires: { root: string; timestamp: string; snapshot: string; targets: string };
  /** The earliest of the four expiry times: when this copy turns stale. */
  earliestExpiry: string;
  /** Signed issue times (x-lifeline-issued) and the highest of them, for clock-set-back checks. */
  issued: { timestamp: string | null; snapshot: string | null; targets: string | null };
  highestIssued: string | null;
  /** Key ids that validly listed as targets signers and signed this targets metadata. */
  targetsKeyIds: string[];
  /** The trusted metadata bytes after this run, for the caller to persist (root may have rotated). */
  metadata: { root: Uint8Array; timestamp: Uint8Array; snapshot: Uint8Array; targets: Uint8Array };
  /** Requests made and bytes received (benchmarks, no-change syncs). */
  transfer: { requests: number; bytes: number };
}

function issuedOf(fields: Record<string, unknown>): string | null {
  const value = fields[ISSUED_FIELD];
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
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
    if (error instanceof SourceError) throw new VerifyError(options.source, error.message, 'source');
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
      throw new VerifyError('root.json (trusted)', `the trusted root is not valid: ${(error as Error).message}`, 'malformed');
    }
    checkDistinctRoleKeys(parseRootBytes(options.trustedRoot, 'root.json').signed, 'root.json (trusted)');
    if (options.now) setReferenceTime(updater, options.now);
    let info: TargetFile | undefined;
    try {
      info = await updater.getTargetInfo(BUNDLE_TARGET_NAME);
    } catch (error) {
      throw toVerifyError(error, fetcher);
    }
    if (!info) throw new VerifyError('targets.json', `lists no ${BUNDLE_TARGET_NAME}`, 'missing-target');
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
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function prefixed(prefix: string, files: VerifyOptions['prefetched']): Map<string, Uint8Array | FetchFailure> {
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
    throw new VerifyError('timestamp.json', `same version ${got.version} as the trusted copy but different content`, 'rollback');
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

/** tuf-js trusts a local snapshot without hashing it against the timestamp: do that check here. */
function checkSnapshotAgainstTimestamp(timestamp: Timestamp, snapshotBytes: Buffer): void {
  try {
    timestamp.snapshotMeta.verify(snapshotBytes);
  } catch {
    const file = `${timestamp.snapshotMeta.version}.snapshot.json`;
    throw new VerifyError(file, 'does not match the hash timestamp.json gives for it (same version, different content)', 'mismatch');
  }
}

type TrustedMetadata = Record<'root' | 'timestamp' | 'snapshot' | 'targets', Buffer>;

async function readTrustedMetadata(metaDir: string): Promise<TrustedMetadata> {
  const read = (name: string) => readFile(join(metaDir, name));
  return {
    root: await read('root.json'),
    timestamp: await read('timestamp.json'),
    snapshot: await read('snapshot.json'),
    targets: await read('targets.json'),
  };
}

function inspect(
  source: Source,
  metadata: TrustedMetadata,
  bundleBytes: Buffer,
  fetcher: LifelineFetcher,
  floor: VerifyOptions['floor'],
): VerifiedRepository {
  const root = parseRootBytes(metadata.root, 'root.json').signed;
  checkDistinctRoleKeys(root, `${root.version}.root.json`);
  const timestamp = parseTimestampBytes(metadata.timestamp, 'timestamp.json').signed;
  const snapshot = parseSnapshotBytes(metadata.snapshot, 'snapshot.json').signed;
  checkSnapshotAgainstTimestamp(timestamp, metadata.snapshot);
  const targetsMd = parseTargetsBytes(metadata.targets, 'targets.json');
  const targets = targetsMd.signed;
  const targetsFile = `${targets.version}.targets.json`;
  checkFloor(floor, { timestamp: timestamp.version, snapshot: snapshot.version, targets: targets.version });

  const bundleSha256 = sha256Hex(bundleBytes);
  const bundleFile = `targets/${bundleSha256}.${BUNDLE_TARGET_NAME}`;
  if (floor?.targets === targets.version && floor.bundleSha256AtTargets && floor.bundleSha256AtTargets !== bundleSha256) {
    throw new VerifyError(targetsFile, `same version ${targets.version} as the trusted copy but different content`, 'rollback');
  }
  let json: unknown;
  try {
    json = JSON.parse(bundleBytes.toString('utf8'));
  } catch {
    throw new VerifyError(bundleFile, 'the signed bundle is not valid JSON', 'bundle');
  }
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new VerifyError(
      bundleFile,
      `the signed bundle does not match the bundle format at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? ''}`,
      'bundle',
    );
  }
  if (parsed.data.version !== targets.version) {
    throw new VerifyError(bundleFile, `bundle version ${parsed.data.version} differs from targets version ${targets.version}`, 'mismatch');
  }
  const expires = { root: root.expires, timestamp: timestamp.expires, snapshot: snapshot.expires, targets: targets.expires };
  checkExpiries(expires, {
    root: `${root.version}.root.json`,
    timestamp: 'timestamp.json',
    snapshot: `${snapshot.version}.snapshot.json`,
    targets: targetsFile,
  });
  const issued = {
    timestamp: issuedOf(timestamp.unrecognizedFields),
    snapshot: issuedOf(snapshot.unrecognizedFields),
    targets: issuedOf(targets.unrecognizedFields),
  };
  const issuedTimes = Object.values(issued).filter((v): v is string => v !== null);
  const listed = new Set(root.roles.targets?.keyIDs ?? []);
  return {
    source: describeSource(source),
    bundle: parsed.data,
    bundleBytes,
    bundleSha256,
    versions: { root: root.version, timestamp: timestamp.version, snapshot: snapshot.version, targets: targets.version },
    expires,
    earliestExpiry: Object.values(expires).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)),
    issued,
    highestIssued: issuedTimes.length ? issuedTimes.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null,
    targetsKeyIds: Object.keys(targetsMd.signatures)
      .filter((id) => listed.has(id))
      .sort(),
    metadata,
    transfer: { requests: fetcher.requests, bytes: fetcher.bytes },
  };
}

/** TUF expiries are RFC 3339 UTC times; year 99999 parses to nothing, and nothing never expires. */
const EXPIRY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

function checkExpiries(expires: Record<string, string>, files: Record<string, string>): void {
  for (const [role, value] of Object.entries(expires)) {
    if (!EXPIRY.test(value) || !Number.isFinite(Date.parse(value))) {
      throw new VerifyError(
        files[role] ?? role,
        `absurd expiry ${JSON.stringify(value).slice(0, 40)}: it must be a real date and time such as 2027-01-31T00:00:00Z`,
        'malformed',
      );
    }
  }
}

function checkFloor(floor: VerifyOptions['floor'], got: { timestamp: number; snapshot: number; targets: number }): void {
  if (!floor) return;
  const files = { timestamp: 'timestamp.json', snapshot: `${got.snapshot}.snapshot.json`, targets: `${got.targets}.targets.json` };
  for (const role of ['timestamp', 'snapshot', 'targets'] as const) {
    const min = floor[role];
    if (min !== undefined && got[role] < min) {
      throw new VerifyError(files[role], `rollback: version ${got[role]} is older than the trusted version ${min}`, 'rollback');
    }
  }
}
