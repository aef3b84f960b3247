// Creating the first root and rotating it: a new root is signed by the old root's threshold AND its own.
import { Metadata, type Root } from '@tufjs/models';
import { generateSigningKey, type KeySet, type SigningKey } from './keys.ts';
import { ROLES, type Role } from '../shared/roles.ts';
import { keysDirExists, loadKeysDir, writePrivateKeys, writeRootVersion } from './keys-dir.ts';
import { buildRoot, keysForRole, signWith, type Thresholds } from './metadata.ts';

export type RoleCounts = Record<Role, number>;
export const ONE_EACH: RoleCounts = { root: 1, targets: 1, snapshot: 1, timestamp: 1 };

export function generateKeySet(counts: RoleCounts): KeySet {
  const set = {} as KeySet;
  for (const role of ROLES) set[role] = Array.from({ length: counts[role] }, () => generateSigningKey());
  return set;
}

/** A self-signed version-1 root for the given keys (pure, for tests and `keys init`). */
export function createRoot(keys: KeySet, thresholds: Thresholds, expires: Date): Metadata<Root> {
  const root = new Metadata(buildRoot({ keys, thresholds, version: 1, expires }));
  return signWith(root, keys.root);
}

/**
 * The next root version listing `newKeys`; signed by `signWithOld` (keys of the current root's root role)
 * and by the new root keys. Tests pass only one of the two to produce roots clients must reject.
 */
export function signRotatedRoot(options: {
  current: Root;
  oldRootKeys: SigningKey[];
  newKeys: KeySet;
  thresholds: Thresholds;
  expires: Date;
  signWithOld?: boolean;
  signWithNew?: boolean;
}): Metadata<Root> {
  const next = new Metadata(
    buildRoot({ keys: options.newKeys, thresholds: options.thresholds, version: options.current.version + 1, expires: options.expires }),
  );
  if (options.signWithOld !== false) signWith(next, keysForRole(options.current, 'root', options.oldRootKeys));
  if (options.signWithNew !== false) signWith(next, options.newKeys.root);
  return next;
}

/** `keys init`: fresh keys and a version-1 root in an empty keys directory. */
export async function initKeysDir(options: {
  dir: string;
  counts: RoleCounts;
  thresholds: Thresholds;
  expires: Date;
}): Promise<Metadata<Root>> {
  if (await keysDirExists(options.dir)) throw new Error(`${options.dir} already holds keys; refusing to overwrite them`);
  const keys = generateKeySet(options.counts);
  const root = createRoot(keys, options.thresholds, options.expires);
  await writePrivateKeys(
    options.dir,
    ROLES.flatMap((role) => keys[role].map((key) => ({ role, key }))),
  );
  await writeRootVersion(options.dir, root);
  return root;
}

/**
 * `keys rotate`: replaces the keys of the given roles with fresh ones (`replace`), optionally changes
 * thresholds, and writes root version N+1 signed by the old and the new root keys. Publish then copies
 * it into the repository, where clients follow the chain N -> N+1.
 */
export async function rotateRoot(options: {
  dir: string;
  replace: Partial<RoleCounts>;
  thresholds?: Partial<Thresholds>;
  expires: Date;
}): Promise<Metadata<Root>> {
  const held = await loadKeysDir(options.dir);
  const current = held.root.signed;
  const fresh: { role: Role; key: SigningKey }[] = [];
  const newKeys = {} as KeySet;
  for (const role of ROLES) {
    const count = options.replace[role];
    if (count === undefined) {
      newKeys[role] = keysForRole(current, role, held.held);
      const listed = current.roles[role]?.keyIDs.length ?? 0;
      if (newKeys[role].length < listed) throw new Error(`private keys for role ${role} are missing from ${options.dir}`);
    } else {
      newKeys[role] = Array.from({ length: count }, () => generateSigningKey());
      fresh.push(...newKeys[role].map((key) => ({ role, key })));
    }
  }
  const thresholds = Object.fromEntries(
    ROLES.map((role) => [role, options.thresholds?.[role] ?? current.roles[role]?.threshold ?? 1]),
  ) as Thresholds;
  const next = signRotatedRoot({ current, oldRootKeys: held.held, newKeys, thresholds, expires: options.expires });
  await writePrivateKeys(options.dir, fresh);
  await writeRootVersion(options.dir, next);
  return next;
}
