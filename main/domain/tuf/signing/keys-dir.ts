// The publisher's keys directory: private keys (owner-only files) and every signed root version.
//   <dir>/root.json               latest signed root (what clients pin; copy it into the app build)
//   <dir>/roots/<N>.root.json     every root version, published into the repository as metadata/N.root.json
//   <dir>/private/<role>-<id>.pem  PKCS#8 Ed25519 private keys, mode 0600 (directory 0700)
import { chmod, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from '@tufjs/models';
import { type Root } from '@tufjs/models';
import { createFileDurable, writeFileDurable } from '../../files/durable-write.ts';
import { privatePem, signingKeyFromPem, type SigningKey } from './keys.ts';
import type { Role } from '../shared/roles.ts';
import { metadataBytes } from './metadata.ts';
import { parseRootBytes } from '../shared/parse.ts';
import { errnoCode, messageOf } from '../../../model/thrown.ts';

export interface KeysDir {
  root: Metadata<Root>;
  rootBytes: Buffer;
  /** Every root version held, oldest first. */
  roots: { version: number; bytes: Buffer }[];
  /** All private keys found; which role each serves is read from the root. */
  held: SigningKey[];
}

export const privateDir = (dir: string) => join(dir, 'private');

export async function keysDirExists(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.includes('root.json') || names.includes('roots')) return true;
  const priv = await readdir(privateDir(dir)).catch(() => [] as string[]);
  return priv.some((n) => n.endsWith('.pem'));
}

/** Writes new private keys; never overwrites an existing file. */
export async function writePrivateKeys(dir: string, keys: { role: Role; key: SigningKey }[]): Promise<void> {
  await mkdir(privateDir(dir), { recursive: true, mode: 0o700 });
  await chmod(privateDir(dir), 0o700);
  for (const { role, key } of keys) {
    await createFileDurable(join(privateDir(dir), `${role}-${key.keyId.slice(0, 16)}.pem`), privatePem(key), 0o600);
  }
}

export async function writeRootVersion(dir: string, root: Metadata<Root>): Promise<void> {
  const bytes = metadataBytes(root);
  await writeFileDurable(join(dir, 'roots', `${root.signed.version}.root.json`), bytes, { makeDirs: true });
  await writeFileDurable(join(dir, 'root.json'), bytes, { makeDirs: true });
}

export async function loadKeysDir(dir: string): Promise<KeysDir> {
  const rootBytes = await readFile(join(dir, 'root.json')).catch((error: unknown) => {
    throw new Error(
      errnoCode(error) === 'ENOENT'
        ? `${dir} holds no root.json (run "lifeline keys init --dir ${dir}")`
        : `cannot read ${join(dir, 'root.json')}: ${messageOf(error)}`,
    );
  });
  const root = parseRootBytes(rootBytes, 'root.json');
  const roots: KeysDir['roots'] = [];
  for (const name of await readdir(join(dir, 'roots')).catch(() => [] as string[])) {
    const match = /^(\d+)\.root\.json$/.exec(name);
    if (match) roots.push({ version: Number(match[1]), bytes: await readFile(join(dir, 'roots', name)) });
  }
  if (!roots.some((r) => r.version === root.signed.version)) roots.push({ version: root.signed.version, bytes: rootBytes });
  roots.sort((a, b) => a.version - b.version);
  const held: SigningKey[] = [];
  for (const name of await readdir(privateDir(dir)).catch(() => [] as string[])) {
    if (!name.endsWith('.pem')) continue;
    try {
      held.push(signingKeyFromPem(await readFile(join(privateDir(dir), name), 'utf8')));
    } catch (error) {
      throw new Error(`private key ${name} is unreadable: ${messageOf(error)}`, { cause: error });
    }
  }
  return { root, rootBytes, roots, held };
}

/** Private key files others can read (e.g. after a copy or a git checkout); POSIX only. */
export async function looseKeyFiles(dir: string): Promise<string[]> {
  if (process.platform === 'win32') return [];
  const loose: string[] = [];
  for (const name of await readdir(privateDir(dir)).catch(() => [] as string[])) {
    if (name.endsWith('.pem') && ((await stat(join(privateDir(dir), name))).mode & 0o077) !== 0) loose.push(name);
  }
  return loose;
}
