// What a verification returns: the trusted metadata tuf-js settled on and the bundle, parsed once and
// checked against the caller's version floor, the expiry format and the targets version it claims.
import type { Timestamp } from '@tufjs/models';
import { BUNDLE_TARGET_NAME, BundleSchema, type Bundle } from '../../../model/bundle.ts';
import { ISSUED_FIELD, sha256Hex } from '../shared/metadata-facts.ts';
import { parseRootBytes, parseSnapshotBytes, parseTargetsBytes, parseTimestampBytes } from '../shared/parse.ts';
import { verifyError } from './errors.ts';
import { checkDistinctRoleKeys } from './root-keys-check.ts';
import type { LifelineFetcher } from './fetcher.ts';
import { describeSource, type Source } from './source.ts';

/** Version floors kept by the caller: anything older is a rollback; same version must be same bundle. */
export interface VersionFloor {
  timestamp?: number;
  snapshot?: number;
  targets?: number;
  bundleSha256AtTargets?: string;
}

export type TrustedMetadata = Record<'root' | 'timestamp' | 'snapshot' | 'targets', Buffer>;

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

/** tuf-js trusts a local snapshot without hashing it against the timestamp: do that check here. */
function checkSnapshotAgainstTimestamp(timestamp: Timestamp, snapshotBytes: Buffer): void {
  try {
    timestamp.snapshotMeta.verify(snapshotBytes);
  } catch {
    const file = `${timestamp.snapshotMeta.version}.snapshot.json`;
    throw verifyError(file, 'does not match the hash timestamp.json gives for it (same version, different content)', 'mismatch');
  }
}

export function inspect(
  source: Source,
  metadata: TrustedMetadata,
  bundleBytes: Buffer,
  fetcher: LifelineFetcher,
  floor: VersionFloor | undefined,
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
    throw verifyError(targetsFile, `same version ${targets.version} as the trusted copy but different content`, 'rollback');
  }
  let json: unknown;
  try {
    json = JSON.parse(bundleBytes.toString('utf8'));
  } catch {
    throw verifyError(bundleFile, 'the signed bundle is not valid JSON', 'bundle');
  }
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw verifyError(
      bundleFile,
      `the signed bundle does not match the bundle format at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? ''}`,
      'bundle',
    );
  }
  if (parsed.data.version !== targets.version) {
    throw verifyError(bundleFile, `bundle version ${parsed.data.version} differs from targets version ${targets.version}`, 'mismatch');
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
      throw verifyError(
        files[role] ?? role,
        `absurd expiry ${JSON.stringify(value).slice(0, 40)}: it must be a real date and time such as 2027-01-31T00:00:00Z`,
        'malformed',
      );
    }
  }
}

function checkFloor(floor: VersionFloor | undefined, got: { timestamp: number; snapshot: number; targets: number }): void {
  if (!floor) return;
  const files = { timestamp: 'timestamp.json', snapshot: `${got.snapshot}.snapshot.json`, targets: `${got.targets}.targets.json` };
  for (const role of ['timestamp', 'snapshot', 'targets'] as const) {
    const min = floor[role];
    if (min !== undefined && got[role] < min) {
      throw verifyError(files[role], `rollback: version ${got[role]} is older than the trusted version ${min}`, 'rollback');
    }
  }
}
