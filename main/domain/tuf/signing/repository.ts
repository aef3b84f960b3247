// The repository writer: consistent snapshots, so every file except metadata/timestamp.json is immutable.
//   <repo>/metadata/N.root.json  N.targets.json  N.snapshot.json  timestamp.json
//   <repo>/targets/<sha256>.bundle.json
// Order matters for clients reading mid-publish: target, targets, snapshot, and timestamp last.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Metadata, type Root, type Timestamp } from '@tufjs/models';
import { writeFileDurable } from '../../files/durable-write.ts';
import type { KeysDir } from './keys-dir.ts';
import type { SigningKey } from './keys.ts';
import type { Role } from '../shared/roles.ts';
import { buildSnapshot, buildTargets, buildTimestamp, keysForRole, metadataBytes, signWith } from './metadata.ts';
import { sha256Hex } from '../shared/metadata-facts.ts';
import { parseTimestampBytes } from '../shared/parse.ts';
import { errnoCode } from '../../../model/thrown.ts';

type RepoWrite = (path: string, data: Uint8Array) => Promise<void>;
/** Repository files are written durably, creating metadata/ and targets/ on the first publish. */
const writeRepoFile: RepoWrite = (path, data) => writeFileDurable(path, data, { makeDirs: true });

export const metadataDir = (repo: string) => join(repo, 'metadata');
export const targetsDir = (repo: string) => join(repo, 'targets');

export interface RepoScan {
  rootVersions: number[];
  /** Highest version number present, even one a crashed publish left unreferenced (never reuse it). */
  maxTargets: number;
  maxSnapshot: number;
  timestamp: Metadata<Timestamp> | null;
}

export async function scanRepo(repo: string): Promise<RepoScan> {
  const names = await readdir(metadataDir(repo)).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return [] as string[];
    throw error;
  });
  const versionsOf = (role: string) =>
    names.flatMap((n) => {
      const m = new RegExp(`^(\\d+)\\.${role}\\.json$`).exec(n);
      return m ? [Number(m[1])] : [];
    });
  let timestamp: Metadata<Timestamp> | null = null;
  if (names.includes('timestamp.json')) {
    timestamp = parseTimestampBytes(await readFile(join(metadataDir(repo), 'timestamp.json')), 'metadata/timestamp.json');
    saneVersion(timestamp.signed.version, 'metadata/timestamp.json');
  }
  const scan = {
    rootVersions: versionsOf('root').sort((a, b) => a - b),
    maxTargets: Math.max(0, ...versionsOf('targets')),
    maxSnapshot: Math.max(0, ...versionsOf('snapshot')),
    timestamp,
  };
  saneVersion(Math.max(scan.maxTargets, scan.maxSnapshot, ...scan.rootVersions), 'metadata/');
  return scan;
}

/** Versions grow by one per publish; anything near 2^31 means a damaged or hostile repository. */
const MAX_VERSION = 2 ** 31 - 2;

function saneVersion(version: number, where: string): void {
  if (!Number.isSafeInteger(version) || version < 0 || version > MAX_VERSION) {
    throw new Error(`${where} holds an absurd version number (${version}); refusing to continue that repository`);
  }
}

function signersFor(root: Root, role: Role, held: SigningKey[]): SigningKey[] {
  const keys = keysForRole(root, role, held);
  const threshold = root.roles[role]?.threshold ?? 1;
  if (keys.length < threshold)
    throw new Error(`only ${keys.length} of the ${threshold} ${role} key(s) the root requires are in the keys directory`);
  return keys;
}

/** Copies root versions the repository lacks; refuses a repository signed under a different root. */
export async function syncRoots(repo: string, keys: KeysDir, scan: RepoScan): Promise<void> {
  const newest = scan.rootVersions.at(-1) ?? 0;
  if (newest > keys.root.signed.version) {
    throw new Error(`the repository already has root version ${newest}, newer than the keys directory's ${keys.root.signed.version}`);
  }
  for (const { version, bytes } of keys.roots) {
    const path = join(metadataDir(repo), `${version}.root.json`);
    if (scan.rootVersions.includes(version)) {
      const existing = await readFile(path);
      if (!existing.equals(bytes))
        throw new Error(`metadata/${version}.root.json in the repository differs from the keys directory's: wrong keys or repository?`);
    } else {
      await writeRepoFile(path, bytes);
    }
  }
}

export interface PublishResult {
  version: number;
  snapshotVersion: number;
  timestampVersion: number;
  rootVersion: number;
  targetFile: string;
  sha256: string;
  expires: { targets: string; snapshot: string; timestamp: string };
}

export interface ExpiresIn {
  targets: number;
  snapshot: number;
  timestamp: number;
}

/**
 * Publishes one target as the next version. `makeTarget` receives the new targets version (the bundle
 * records it) and returns the target bytes.
 */
export async function publishTarget(options: {
  repo: string;
  keys: KeysDir;
  targetName: string;
  makeTarget: (version: number) => Uint8Array;
  now: Date;
  expiresIn: ExpiresIn;
  /** Tests only: sign with exactly these keys instead of the root's (forged or short-of-threshold metadata). */
  signers?: Partial<Record<Role, SigningKey[]>>;
  /** Tests only: the durable write, replaced to simulate a crash between two files. */
  write?: RepoWrite;
}): Promise<PublishResult> {
  const { repo, keys, now } = options;
  const write = options.write ?? writeRepoFile;
  const root = keys.root.signed;
  const targetsKeys = options.signers?.targets ?? signersFor(root, 'targets', keys.held);
  const snapshotKeys = options.signers?.snapshot ?? signersFor(root, 'snapshot', keys.held);
  const timestampKeys = options.signers?.timestamp ?? signersFor(root, 'timestamp', keys.held);
  const scan = await scanRepo(repo);
  if (!scan.timestamp && scan.maxSnapshot > 0) {
    // Restarting timestamp versions at 1 would look like a rollback to every client.
    throw new Error(
      `metadata/timestamp.json is missing although ${scan.maxSnapshot}.snapshot.json exists: restore it from a backup or mirror`,
    );
  }
  await syncRoots(repo, keys, scan);
  const version = Math.max(scan.maxTargets, scan.maxSnapshot) + 1;
  const target = options.makeTarget(version);
  const sha256 = sha256Hex(target);
  const targetFile = `${sha256}.${options.targetName}`;
  await write(join(targetsDir(repo), targetFile), target);

  const at = (ms: number) => new Date(now.getTime() + ms);
  const targets = signWith(
    new Metadata(buildTargets({ version, expires: at(options.expiresIn.targets), issued: now, targetName: options.targetName, target })),
    targetsKeys,
  );
  const targetsBytes = metadataBytes(targets);
  await write(join(metadataDir(repo), `${version}.targets.json`), targetsBytes);

  const snapshot = signWith(
    new Metadata(buildSnapshot({ version, expires: at(options.expiresIn.snapshot), issued: now, targetsVersion: version, targetsBytes })),
    snapshotKeys,
  );
  const snapshotBytes = metadataBytes(snapshot);
  await write(join(metadataDir(repo), `${version}.snapshot.json`), snapshotBytes);

  const timestamp = await writeTimestamp(repo, timestampKeys, write, {
    version: (scan.timestamp?.signed.version ?? 0) + 1,
    expires: at(options.expiresIn.timestamp),
    issued: now,
    snapshotVersion: version,
    snapshotBytes,
  });
  return {
    version,
    snapshotVersion: version,
    timestampVersion: timestamp.signed.version,
    rootVersion: root.version,
    targetFile: `targets/${targetFile}`,
    sha256,
    expires: { targets: targets.signed.expires, snapshot: snapshot.signed.expires, timestamp: timestamp.signed.expires },
  };
}

async function writeTimestamp(
  repo: string,
  signers: SigningKey[],
  write: RepoWrite,
  fields: Parameters<typeof buildTimestamp>[0],
): Promise<Metadata<Timestamp>> {
  const timestamp = signWith(new Metadata(buildTimestamp(fields)), signers);
  await write(join(metadataDir(repo), 'timestamp.json'), metadataBytes(timestamp));
  return timestamp;
}

/** A fresh timestamp for the current snapshot (the cron job that keeps clients from seeing a freeze). */
export async function resignTimestamp(options: {
  repo: string;
  keys: KeysDir;
  now: Date;
  expiresIn: number;
}): Promise<Metadata<Timestamp>> {
  const scan = await scanRepo(options.repo);
  if (!scan.timestamp) throw new Error(`${options.repo} holds no metadata/timestamp.json: publish first`);
  const snapshotVersion = scan.timestamp.signed.snapshotMeta.version;
  const snapshotPath = join(metadataDir(options.repo), `${snapshotVersion}.snapshot.json`);
  const snapshotBytes = await readFile(snapshotPath).catch(() => {
    throw new Error(`metadata/${snapshotVersion}.snapshot.json named by timestamp.json is missing`);
  });
  await syncRoots(options.repo, options.keys, scan);
  const signers = signersFor(options.keys.root.signed, 'timestamp', options.keys.held);
  return writeTimestamp(options.repo, signers, writeRepoFile, {
    version: scan.timestamp.signed.version + 1,
    expires: new Date(options.now.getTime() + options.expiresIn),
    issued: options.now,
    snapshotVersion,
    snapshotBytes,
  });
}
