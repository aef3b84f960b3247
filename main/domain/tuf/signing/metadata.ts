// Building and signing the four kinds of TUF metadata for a consistent-snapshot repository.
import type { Metadata } from '@tufjs/models';
import { MetaFile, Root, Snapshot, Targets, TargetFile, Timestamp } from '@tufjs/models';
import { tufTime } from './duration.ts';
import { signerFor, tufKey, type KeySet, type SigningKey } from './keys.ts';
import { ROLES, type Role } from '../shared/roles.ts';
import { ISSUED_FIELD, sha256Hex } from '../shared/metadata-facts.ts';

export const SPEC_VERSION = '1.0.31';

export type Thresholds = Record<Role, number>;

/** Serialised metadata as written to disk: plain JSON (signatures cover the canonical form of `signed`). */
export function metadataBytes(md: Metadata<Root | Targets | Snapshot | Timestamp>): Buffer {
  return Buffer.from(`${JSON.stringify(md.toJSON(), null, 1)}\n`);
}

export function signWith<T extends Root | Targets | Snapshot | Timestamp>(md: Metadata<T>, keys: SigningKey[]): Metadata<T> {
  for (const key of keys) md.sign(signerFor(key), true);
  return md;
}

export function buildRoot(options: { keys: KeySet; thresholds: Thresholds; version: number; expires: Date }): Root {
  const keys: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  for (const role of ROLES) {
    const held = options.keys[role];
    const threshold = options.thresholds[role];
    if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`threshold for ${role} must be a whole number of at least 1`);
    if (held.length < threshold) throw new Error(`role ${role} has ${held.length} key(s), fewer than its threshold ${threshold}`);
    for (const key of held) keys[key.keyId] = tufKey(key).toJSON();
    roles[role] = { keyids: [...new Set(held.map((k) => k.keyId))], threshold };
  }
  // Built from JSON because @tufjs/models does not export Role.
  return Root.fromJSON({
    _type: 'root',
    spec_version: SPEC_VERSION,
    version: options.version,
    expires: tufTime(options.expires),
    consistent_snapshot: true,
    keys,
    roles,
  } as never);
}

export function buildTargets(options: { version: number; expires: Date; issued: Date; targetName: string; target: Uint8Array }): Targets {
  const targets = new Targets({
    version: options.version,
    specVersion: SPEC_VERSION,
    expires: tufTime(options.expires),
    unrecognizedFields: { [ISSUED_FIELD]: tufTime(options.issued) },
  });
  targets.addTarget(
    new TargetFile({ path: options.targetName, length: options.target.length, hashes: { sha256: sha256Hex(options.target) } }),
  );
  return targets;
}

function metaFile(version: number, bytes: Uint8Array): MetaFile {
  return new MetaFile({ version, length: bytes.length, hashes: { sha256: sha256Hex(bytes) } });
}

export function buildSnapshot(options: {
  version: number;
  expires: Date;
  issued: Date;
  targetsVersion: number;
  targetsBytes: Uint8Array;
}): Snapshot {
  return new Snapshot({
    version: options.version,
    specVersion: SPEC_VERSION,
    expires: tufTime(options.expires),
    meta: { 'targets.json': metaFile(options.targetsVersion, options.targetsBytes) },
    unrecognizedFields: { [ISSUED_FIELD]: tufTime(options.issued) },
  });
}

export function buildTimestamp(options: {
  version: number;
  expires: Date;
  issued: Date;
  snapshotVersion: number;
  snapshotBytes: Uint8Array;
}): Timestamp {
  return new Timestamp({
    version: options.version,
    specVersion: SPEC_VERSION,
    expires: tufTime(options.expires),
    snapshotMeta: metaFile(options.snapshotVersion, options.snapshotBytes),
    unrecognizedFields: { [ISSUED_FIELD]: tufTime(options.issued) },
  });
}

/** Signing keys of `role` as listed in `root`, picked from the keys we hold. */
export function keysForRole(root: Root, role: Role, held: SigningKey[]): SigningKey[] {
  const wanted = new Set(root.roles[role]?.keyIDs ?? []);
  const picked = new Map<string, SigningKey>();
  for (const key of held) if (wanted.has(key.keyId)) picked.set(key.keyId, key);
  return [...picked.values()];
}
